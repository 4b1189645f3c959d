/**
 * The flasher's failures as stable string codes, each with a message that says what happened and
 * what to do next, and the one function that turns whatever esptool-js or the port threw into a
 * code. No failure leaves the person without a way forward: every message names one.
 */

export type ErrorCode =
  | 'no-port-selected'
  | 'port-busy'
  | 'no-bootloader'
  | 'wrong-chip'
  | 'flash-too-small'
  | 'firmware-unavailable'
  | 'firmware-corrupt'
  | 'cable-pulled'
  | 'timeout'
  | 'verify-failed'
  | 'write-failed'
  | 'backup-failed'
  | 'unknown';

/** A failure the procedure raises itself, already knowing what it means. */
export class FlashError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FlashError';
  }
}

/** The board is never bricked: the ROM bootloader lives in mask ROM, so a retry always has a chance. */
const SAFE = 'Nothing is lost for good: the board can always be flashed again.';

export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  'no-port-selected': 'No serial port was chosen. Plug the board in and press Connect again.',
  'port-busy':
    'The serial port is in use by another program or tab (a serial monitor, Arduino IDE, another flasher). Close it and press Try again.',
  'no-bootloader':
    'The board did not answer. Hold BOOT (GPIO0 to GND), press and release RESET, let go of BOOT, then press Try again. Check that the cable carries data and that TX/RX are crossed.',
  'wrong-chip':
    'This firmware is for a different chip than the one on the cable. Go back and pick the board you actually have.',
  'flash-too-small': 'The flash on this board is smaller than this firmware needs. Pick the board you have.',
  'firmware-unavailable':
    'The firmware could not be loaded. Check the connection to the internet (or use the copy bundled with the app) and press Try again.',
  'firmware-corrupt':
    'The downloaded firmware does not match its checksum. Press Try again to download it again.',
  'cable-pulled': `The USB connection was lost. Plug the board back in and press Try again. ${SAFE}`,
  timeout: `The board stopped answering. Press Try again; if it happens again, use a shorter cable or a USB port on the computer itself. ${SAFE}`,
  'verify-failed': `What was written does not match the firmware (checksum mismatch). Press Try again; if it keeps failing, the flash chip or the power supply may be weak. ${SAFE}`,
  'write-failed': `Writing to the flash failed. Press Try again. ${SAFE}`,
  'backup-failed':
    'The settings could not be read back. Press Try again, or continue without a backup (the settings will be erased).',
  unknown: `Something unexpected went wrong. Press Try again. ${SAFE}`,
};

/** Is this the port's "device lost" signal? Chrome rejects with a NetworkError DOMException. */
function isLostDevice(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'NetworkError';
}

/**
 * Maps any failure to a code. `portLost` is the procedure's own observation (the port's streams
 * went away), needed because esptool-js reports a pulled cable only as a timeout and never calls
 * its device-lost callback (esp-rom README, "quirks").
 */
export function classifyError(err: unknown, portLost: boolean): ErrorCode {
  if (err instanceof FlashError) return err.code;
  if (portLost || isLostDevice(err)) return 'cable-pulled';
  const text = err instanceof Error ? err.message : String(err);
  if (err instanceof DOMException && err.name === 'InvalidStateError' && /open/i.test(text))
    return 'port-busy';
  if (err instanceof DOMException && err.name === 'NotFoundError') return 'no-port-selected';
  if (/Failed to open serial port|port is already open/i.test(text)) return 'port-busy';
  if (/MD5 of file does not match|md5sum/i.test(text)) return 'verify-failed';
  if (/Failed to connect|Wrong boot mode|no sync reply/i.test(text)) return 'no-bootloader';
  if (/Unexpected CHIP magic|Unexpected chip id|Unexpected chip ID/i.test(text)) return 'wrong-chip';
  if (/Timeout|timed out|stream stopped|No serial data received/i.test(text)) return 'timeout';
  if (/Failed to write|flash write|status 0x?c/i.test(text)) return 'write-failed';
  return 'unknown';
}

/** The detail line under the message: the raw error text, for a bug report. */
export function errorDetail(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

export function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
