/**
 * Every state of the flashing procedure, as one discriminated union on `step`. The procedure
 * (procedure.ts) reports each one through a single `onEvent(state)` callback; the UI only renders.
 */
import type { ErrorCode } from './errors.ts';

/** What the flasher learned about the board on the cable. */
export interface DetectedChip {
  /** esptool-js' chip family name, e.g. "ESP32" or "ESP32-S3" (the manifest's chipFamily). */
  family: string;
  /** Full description, e.g. "ESP32-D0WDQ6 (revision 1)". */
  description: string;
  mac: string;
  /** Flash size in bytes from the JEDEC ID, or undefined when the ID is not a known size. */
  flashBytes: number | undefined;
  /** The baud rate the session runs at after the speed ladder. */
  baud: number;
}

/** Progress of a long transfer, in the image's own (uncompressed) bytes. */
export interface Progress {
  done: number;
  total: number;
  /** Bytes per second over the recent past; 0 until there is enough to say. */
  bytesPerSecond: number;
  /** Seconds left at that speed; undefined until known. */
  secondsLeft: number | undefined;
}

export type InstallMode = 'install' | 'update';

/** What the person chose after detection. */
export interface FlashPlan {
  mode: InstallMode;
  /** Install only: read the settings partition first and write it back after the new image. */
  keepSettingsBackup: boolean;
}

export interface FlashSummary {
  mode: InstallMode;
  chip: DetectedChip;
  /** Bytes written to flash (all parts). */
  bytesWritten: number;
  seconds: number;
  /** The settings partition as read before installing, when a backup was made. */
  settingsBackup: Uint8Array | undefined;
}

export type FlashState =
  | { step: 'connecting'; attempt: number }
  | { step: 'detected'; chip: DetectedChip }
  | { step: 'backing-up'; progress: Progress }
  | { step: 'preparing' }
  | { step: 'writing'; progress: Progress; baud: number }
  | { step: 'resetting' }
  | { step: 'flashed'; summary: FlashSummary }
  | { step: 'error'; code: ErrorCode; message: string; detail: string };

export type FlashStep = FlashState['step'];
