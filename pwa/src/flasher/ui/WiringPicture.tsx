import type { WiringKind } from '../board-guides.ts';

const TITLES: Record<WiringKind, string> = {
  'cam-mb': 'ESP32-CAM seated on an ESP32-CAM-MB programmer, USB cable to the computer',
  'devkit-usb': 'Development board with its own USB socket, USB cable to the computer',
  'native-usb': 'ESP32-S3 board, USB cable from its own USB port to the computer',
};

/** A schematic picture of how the board connects, with the BOOT button marked. */
export function WiringPicture({ kind }: { kind: WiringKind }) {
  return (
    <svg class="wiring" viewBox="0 0 240 120" width="240" height="120" role="img" aria-label={TITLES[kind]}>
      <title>{TITLES[kind]}</title>
      {/* the computer */}
      <rect x="4" y="30" width="56" height="40" rx="4" fill="none" stroke="currentColor" />
      <rect x="14" y="72" width="36" height="6" fill="currentColor" opacity="0.4" />
      <text x="32" y="54" font-size="9" text-anchor="middle" fill="currentColor">
        computer
      </text>
      {/* the cable */}
      <path d="M60 50 C 90 50, 90 60, 120 60" fill="none" stroke="currentColor" stroke-width="2" />
      {kind === 'cam-mb' && (
        <g>
          <rect x="120" y="40" width="100" height="44" rx="3" fill="none" stroke="currentColor" />
          <text x="170" y="78" font-size="8" text-anchor="middle" fill="currentColor">
            ESP32-CAM-MB
          </text>
          <rect
            x="132"
            y="14"
            width="76"
            height="40"
            rx="2"
            fill="currentColor"
            opacity="0.15"
            stroke="currentColor"
          />
          <circle cx="190" cy="34" r="9" fill="none" stroke="currentColor" />
          <text x="158" y="30" font-size="8" text-anchor="middle" fill="currentColor">
            ESP32-CAM
          </text>
          <rect x="196" y="62" width="14" height="8" fill="var(--accent, #e05a00)" />
          <text x="203" y="96" font-size="8" text-anchor="middle" fill="currentColor">
            IO0/BOOT
          </text>
        </g>
      )}
      {kind !== 'cam-mb' && (
        <g>
          <rect x="120" y="30" width="100" height="56" rx="3" fill="none" stroke="currentColor" />
          <rect
            x="150"
            y="40"
            width="40"
            height="26"
            fill="currentColor"
            opacity="0.15"
            stroke="currentColor"
          />
          <text x="170" y="56" font-size="8" text-anchor="middle" fill="currentColor">
            {kind === 'native-usb' ? 'ESP32-S3' : 'ESP32'}
          </text>
          <rect x="200" y="70" width="14" height="8" fill="var(--accent, #e05a00)" />
          <text x="207" y="98" font-size="8" text-anchor="middle" fill="currentColor">
            BOOT
          </text>
          <text x="126" y="98" font-size="8" fill="currentColor">
            {kind === 'native-usb' ? 'USB (native)' : 'USB-UART'}
          </text>
        </g>
      )}
    </svg>
  );
}
