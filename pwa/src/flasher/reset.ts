/**
 * Reset sequences done by us, on the port itself. esptool-js 0.7.0's after('hard_reset') can do
 * nothing after a baud change that reopened the port: its Transport only records DTR when it is set
 * true, so it keeps re-sending DTR=true and EN never goes low (esp-rom README, "quirks"). We set both
 * lines in one setSignals call each time (esptool-js#222: sequential changes upset some circuits).
 *
 * Auto-program circuit (esptool docs, boot-mode-selection): RTS asserted with DTR released pulls EN
 * low (reset); DTR asserted with RTS released pulls GPIO0 low; both equal is neutral.
 */
import type { SerialPortLike } from './transports/serial-port.ts';

/** How long EN is held low: esptool's HardReset uses 100 ms, ample for the RC on EN to discharge. */
export const RESET_PULSE_MS = 100;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Pulse EN low with GPIO0 released, so the chip boots the firmware in flash. */
export async function resetIntoApp(port: SerialPortLike): Promise<void> {
  await port.setSignals({ dataTerminalReady: false, requestToSend: true });
  await sleep(RESET_PULSE_MS);
  await port.setSignals({ dataTerminalReady: false, requestToSend: false });
}
