/**
 * How to get each board into its ROM bootloader: which programmer or cable, how it is wired, how to
 * hold BOOT (GPIO0). The board table (firmware/boards/boards.json) says what the board is; this says
 * how a person connects it, which is the flasher's concern only. Checked against the table by test.
 */

/** Which wiring picture to draw (WiringPicture.tsx). */
export type WiringKind = 'cam-mb' | 'devkit-usb' | 'native-usb';

export interface BoardGuide {
  wiring: WiringKind;
  /** What sits between the board and the USB cable. */
  programmer: string;
  /** Steps into download mode when the automatic reset does not work. */
  bootSteps: string[];
  /** USB-serial chip the programmer usually carries, for the Android driver choice. */
  usbChip: 'CH340' | 'CP210x' | 'FTDI' | 'native USB (CDC-ACM)';
}

const HOLD_BOOT = [
  'Hold the BOOT button (it pulls GPIO0 to GND).',
  'Press and release RESET (EN) while still holding BOOT.',
  'Let go of BOOT, then press Connect.',
];

export const GUIDES: Record<string, BoardGuide> = {
  'ai-thinker-esp32-cam': {
    wiring: 'cam-mb',
    programmer:
      'Seat the ESP32-CAM on its ESP32-CAM-MB programmer board (camera up, antenna away from the USB socket) and plug the MB into the computer. Without an MB: a 3.3 V USB-serial adapter with TX→U0R, RX→U0T, GND→GND, 5 V→5V, and a wire from IO0 to GND while flashing.',
    bootSteps: [
      'The MB resets the board into download mode by itself.',
      'If Connect fails: hold IO0/BOOT on the MB, press RST on the ESP32-CAM, let go of BOOT.',
    ],
    usbChip: 'CH340',
  },
  'freenove-esp32-wrover-dev': {
    wiring: 'devkit-usb',
    programmer: 'Plug a USB data cable straight into the board; it has its own USB-serial chip.',
    bootSteps: [
      'The board resets into download mode by itself.',
      ...HOLD_BOOT.map((s) => `If that fails: ${s}`),
    ],
    usbChip: 'CH340',
  },
  'seeed-xiao-esp32s3-sense': {
    wiring: 'native-usb',
    programmer: 'Plug a USB-C data cable into the XIAO; the ESP32-S3 talks USB itself.',
    bootSteps: [
      'Hold the B (BOOT) button while plugging the cable in, then let go.',
      'Press Connect and pick "USB JTAG/serial debug unit".',
    ],
    usbChip: 'native USB (CDC-ACM)',
  },
  'esp32-s3-eye': {
    wiring: 'native-usb',
    programmer: 'Plug a USB data cable into the board; the ESP32-S3 talks USB itself.',
    bootSteps: ['Hold BOOT while plugging the cable in (or press RST while holding BOOT), then let go.'],
    usbChip: 'native USB (CDC-ACM)',
  },
  'freenove-esp32-s3-wroom': {
    wiring: 'devkit-usb',
    programmer: 'Plug a USB data cable into the socket marked UART (not USB/OTG).',
    bootSteps: [
      'The board resets into download mode by itself.',
      ...HOLD_BOOT.map((s) => `If that fails: ${s}`),
    ],
    usbChip: 'CH340',
  },
};

/** The fallback for a board added to the table before its guide was written. */
export const GENERIC_GUIDE: BoardGuide = {
  wiring: 'devkit-usb',
  programmer: 'Connect the board to the computer with a USB data cable (or a 3.3 V USB-serial adapter).',
  bootSteps: HOLD_BOOT,
  usbChip: 'CH340',
};

export const guideFor = (boardId: string): BoardGuide => GUIDES[boardId] ?? GENERIC_GUIDE;
