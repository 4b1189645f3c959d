/**
 * The whole flashing procedure, from a chosen port to a board running the new firmware, free of UI:
 * connect and detect → (the person chooses) → check the firmware fits → load and check images →
 * back up settings → write and verify → reset into the app. Progress goes through one
 * `onEvent(state)`; the result is the final state (flashed or error). Cancelling through the
 * AbortSignal rejects with an AbortError and reports nothing. The port is released in one place.
 */
import type { FlasherBoard } from '../generated/boards.ts';
import { classifyError, ERROR_MESSAGES, errorDetail, FlashError } from './errors.ts';
import { BAUD_LADDER, EspSession, ROM_BAUD } from './esp-session.ts';
import type { Firmware } from './firmware.ts';
import { checkCompatibility } from './manifest.ts';
import { neededParts, planWrites } from './plan.ts';
import { ProgressMeter } from './progress.ts';
import { resetIntoApp } from './reset.ts';
import type { DetectedChip, FlashPlan, FlashState } from './states.ts';
import type { SerialPortLike } from './transports/serial-port.ts';
import { WatchedPort } from './watched-port.ts';

export interface FlashRequest {
  port: SerialPortLike;
  board: FlasherBoard;
  firmware: Firmware;
  /** Asked once the chip is known and checked; resolves with what the person chose. */
  choose(chip: DetectedChip): Promise<FlashPlan>;
  onEvent(state: FlashState): void;
  signal: AbortSignal;
  ladder?: readonly number[];
  now?: () => number;
  log?: (line: string) => void;
}

export async function runFlash(req: FlashRequest): Promise<FlashState> {
  const { board, firmware, signal, onEvent } = req;
  const port = new WatchedPort(req.port);
  const now = req.now ?? (() => performance.now());
  const log = req.log ?? (() => {});
  let session: EspSession | undefined;
  const stopOnAbort = () => void session?.close().catch(() => {});
  signal.addEventListener('abort', stopOnAbort);
  try {
    signal.throwIfAborted();
    onEvent({ step: 'connecting', attempt: 1 });
    session = await EspSession.open(port, req.ladder ?? BAUD_LADDER, log);
    const chip = session.chip;
    checkCompatibility(firmware.manifest, board, chip);
    onEvent({ step: 'detected', chip });
    const plan = await req.choose(chip);
    signal.throwIfAborted();

    onEvent({ step: 'preparing' });
    const images = new Map<string, Uint8Array>();
    for (const part of neededParts(firmware.manifest, plan)) images.set(part.path, await firmware.load(part));
    signal.throwIfAborted();

    let settingsBackup: Uint8Array | undefined;
    if (plan.mode === 'install' && plan.keepSettingsBackup) {
      const meter = new ProgressMeter(board.nvs.size, now);
      onEvent({ step: 'backing-up', progress: meter.update(0) });
      settingsBackup = await session.read(board.nvs.offset, board.nvs.size, (done) =>
        onEvent({ step: 'backing-up', progress: meter.update(done) }),
      );
    }

    const writes = planWrites(board, firmware.manifest, images, plan, settingsBackup);
    const total = writes.reduce((n, w) => n + w.data.length, 0);
    const meter = new ProgressMeter(total, now);
    const started = now();
    onEvent({ step: 'writing', progress: meter.update(0), baud: chip.baud });
    await session.write(writes, (done) =>
      onEvent({ step: 'writing', progress: meter.update(done), baud: chip.baud }),
    );
    const seconds = (now() - started) / 1000;
    signal.throwIfAborted();

    onEvent({ step: 'resetting' });
    // Reset on a port reopened at the ROM's rate: the reset returns the chip to 115200, and the
    // firmware's first words (and Improv, next) then arrive readable.
    await session.close();
    session = undefined;
    await port.open({ baudRate: ROM_BAUD });
    try {
      await resetIntoApp(port);
    } finally {
      await port.close();
    }
    const done: FlashState = {
      step: 'flashed',
      summary: { mode: plan.mode, chip, bytesWritten: total, seconds, settingsBackup },
    };
    onEvent(done);
    return done;
  } catch (err) {
    if (signal.aborted) throw signal.reason ?? new DOMException('Cancelled', 'AbortError');
    const code = classifyError(err, port.lost);
    log(`failed: ${errorDetail(err)}`);
    const failed: FlashState = {
      step: 'error',
      code,
      message: err instanceof FlashError ? `${err.message}` : ERROR_MESSAGES[code],
      detail: errorDetail(err),
    };
    onEvent(failed);
    return failed;
  } finally {
    signal.removeEventListener('abort', stopOnAbort);
    await session?.close().catch(() => {});
    if (port.isOpen) await port.close().catch(() => {});
  }
}
