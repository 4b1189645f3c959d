/** Sends console commands over an open port and waits for each one's reply line. */
import type { SerialPortLike } from '../transports/serial-port.ts';
import { type ConsoleReply, LineSplitter, parseReply } from './console-lines.ts';

/** Console commands answer at once except `wifi`; 5 s covers a camera busy logging its boot. */
export const CONSOLE_REPLY_TIMEOUT_MS = 5000;

export class ConsoleClient {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly splitter = new LineSplitter();
  private pending: string[] = [];

  constructor(private readonly port: SerialPortLike) {
    if (!port.readable || !port.writable) throw new Error('The serial port is not open.');
    this.reader = port.readable.getReader();
  }

  async run(line: string, timeoutMs = CONSOLE_REPLY_TIMEOUT_MS): Promise<ConsoleReply> {
    const command = line.split(' ')[0];
    const writer = this.port.writable!.getWriter();
    try {
      await writer.write(new TextEncoder().encode(`${line}\n`));
    } finally {
      writer.releaseLock();
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      while (this.pending.length > 0) {
        const reply = parseReply(this.pending.shift()!, command);
        if (reply) return reply;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`The camera did not answer "${command}".`);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const chunk = await Promise.race([
        this.reader.read(),
        new Promise<'timeout'>((r) => {
          timer = setTimeout(() => r('timeout'), left);
        }),
      ]).finally(() => clearTimeout(timer));
      if (chunk === 'timeout') continue;
      if (chunk.done) throw new Error('The serial port closed.');
      this.pending.push(...this.splitter.push(chunk.value));
    }
  }

  async release(): Promise<void> {
    await this.reader.cancel().catch(() => {});
    this.reader.releaseLock();
  }
}
