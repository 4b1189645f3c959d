/**
 * The camera's text console, client side: quoting values for `set KEY=VALUE` and reading reply
 * lines. Every command gets exactly one reply, `ok <cmd>[ <json>]` or `err <cmd> <code> <message>`;
 * lines starting `# ` are for people and any other line is a log (firmware/API.md, Serial console).
 */

export type ConsoleReply =
  | { ok: true; command: string; json: unknown }
  | { ok: false; command: string; code: string; message: string };

/** Quotes a value so spaces, quotes and backslashes reach the camera as typed. */
export function quoteValue(value: string): string {
  // The console refuses control bytes (firmware/API.md); say so here instead of sending them.
  if ([...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    throw new Error('Values cannot contain control characters.');
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The reply to `command` if this line is one, else undefined (a log line or another reply). */
export function parseReply(line: string, command: string): ConsoleReply | undefined {
  const ok = /^ok (\S+)(?: (.*))?$/.exec(line);
  if (ok && ok[1] === command) {
    let json: unknown;
    if (ok[2] !== undefined) {
      try {
        json = JSON.parse(ok[2]);
      } catch {
        return { ok: false, command, code: 'bad_reply', message: `unreadable reply: ${ok[2]}` };
      }
    }
    return { ok: true, command, json };
  }
  const err = /^err (\S+) (\S+) ?(.*)$/.exec(line);
  if (err && (err[1] === command || err[1] === '?')) {
    return { ok: false, command, code: err[2], message: err[3] };
  }
  return undefined;
}

/** Splits a byte stream into lines at CR, LF or CRLF, keeping the unfinished tail. */
export class LineSplitter {
  private tail = '';
  private readonly decoder = new TextDecoder();

  push(bytes: Uint8Array): string[] {
    const text = this.tail + this.decoder.decode(bytes, { stream: true });
    const parts = text.split(/\r\n|\r|\n/);
    this.tail = parts.pop() ?? '';
    return parts.filter((l) => l !== '');
  }
}
