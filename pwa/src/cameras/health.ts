/** One line about a camera's health from its probe outcome and status. Pure. */
import type { Status } from '@device-ui/api/index.ts';
import type { ProbeOutcome } from '../reach/probe.ts';

export interface Health {
  online: boolean;
  /** "online", "offline", "older firmware", … — what the row shows first. */
  state: string;
  version?: string;
  upload?: string;
  signal?: string;
}

/** RSSI bands most Wi-Fi tools use; below −80 dBm an ESP32 drops frames and uploads. */
const SIGNAL_BANDS: [number, string][] = [
  [-60, 'good'],
  [-70, 'fair'],
  [-80, 'weak'],
];

export function describeHealth(outcome: ProbeOutcome, status?: Status): Health {
  switch (outcome.kind) {
    case 'printcam':
      return {
        online: true,
        state: 'online',
        version: outcome.info.firmware.version,
        upload: describeUpload(status),
        signal: describeSignal(status?.wifi?.rssi),
      };
    case 'needs-login':
      return { online: true, state: 'online, needs password' };
    case 'old-firmware':
      return { online: true, state: 'online, older firmware', version: outcome.version };
    case 'not-printcam':
      return { online: false, state: 'not a printcam API' };
    case 'unreachable':
      return { online: false, state: outcome.reason === 'offline' ? 'this device is offline' : 'offline' };
  }
}

function describeUpload(status?: Status): string | undefined {
  const u = status?.upload;
  if (!u) return undefined;
  if (u.state === 'disabled') return 'upload off';
  if (u.last_attempt && !u.last_attempt.ok) return `upload failing: ${u.last_attempt.message}`;
  return u.last_success ? 'upload ok' : undefined;
}

export function describeSignal(rssi: number | undefined): string | undefined {
  if (rssi === undefined) return undefined;
  const band = SIGNAL_BANDS.find(([floor]) => rssi >= floor)?.[1] ?? 'poor';
  return `signal ${band} (${rssi} dBm)`;
}
