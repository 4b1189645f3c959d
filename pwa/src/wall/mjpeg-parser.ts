/**
 * An incremental parser for MJPEG streams (`multipart/x-mixed-replace`), fed the bytes of a
 * ReadableStream in chunks of any size. Pure, so it is tested in Node; the worker drives it.
 *
 * The camera's framing (firmware/API.md, core/media/mjpeg.hpp) is `--B\r\n`, then per frame the
 * part headers with Content-Length, a blank line, the JPEG and at once `\r\n--B\r\n`. Other
 * cameras put the delimiter before each part only, or leave Content-Length out; both parse. A part
 * is handed out only once the delimiter after it has arrived and is where Content-Length said, so
 * a length that lies costs that one frame and the parser resyncs at the next delimiter.
 */

/** ESP32 frame buffers hold a JPEG of at most a few hundred KB; this leaves room and bounds memory. */
export const MAX_PART_BYTES = 2 * 1024 * 1024;
/** Part headers are a few short lines; a "header block" this long is garbage, not a part. */
export const MAX_HEADER_BYTES = 8 * 1024;

export interface ParserStats {
  frames: number;
  /** Bytes thrown away while looking for a delimiter (garbage, or a part that was dropped). */
  skippedBytes: number;
  /** Parts dropped for being over the size cap. */
  oversizeParts: number;
  /** Parts dropped because their Content-Length did not end where the next delimiter began. */
  badParts: number;
}

const CRLF = [13, 10];
const HEADER_END = [13, 10, 13, 10];

type State = 'seek' | 'headers' | 'body' | 'closed';

export class MjpegParser {
  readonly stats: ParserStats = { frames: 0, skippedBytes: 0, oversizeParts: 0, badParts: 0 };
  private buf: Uint8Array<ArrayBuffer> = new Uint8Array(64 * 1024);
  private start = 0;
  private end = 0;
  private state: State = 'seek';
  /** Content-Length of the current part, or null to find its end by the next delimiter. */
  private length: number | null = null;
  /** Where the search for the delimiter after the current part resumes (relative to start). */
  private scanned = 0;
  private readonly dash: Uint8Array;
  private readonly next: Uint8Array;

  constructor(
    boundary: string,
    private readonly maxPartBytes = MAX_PART_BYTES,
  ) {
    if (!boundary) throw new Error('an MJPEG stream needs a boundary');
    this.dash = new TextEncoder().encode(`--${boundary}`);
    this.next = new TextEncoder().encode(`\r\n--${boundary}`);
  }

  /** True once the closing delimiter (`--B--`) arrived: nothing after it is read. */
  get closed(): boolean {
    return this.state === 'closed';
  }

  /** Bytes held while waiting for more: bounded by the part cap, whatever the stream sends. */
  get buffered(): number {
    return this.end - this.start;
  }

  /** Feeds the next chunk and returns the frames it completed, each a copy the caller may keep. */
  push(chunk: Uint8Array): Uint8Array<ArrayBuffer>[] {
    if (this.state === 'closed') return [];
    this.append(chunk);
    const frames: Uint8Array<ArrayBuffer>[] = [];
    for (;;) {
      const frame = this.step();
      if (frame === false) break;
      if (frame) frames.push(frame);
    }
    this.stats.frames += frames.length;
    return frames;
  }

  /** One transition: false when more bytes are needed, a frame when one completed, else null. */
  private step(): Uint8Array<ArrayBuffer> | null | false {
    switch (this.state) {
      case 'seek':
        return this.seekDelimiter();
      case 'headers':
        return this.readHeaders();
      case 'body':
        return this.readBody();
      case 'closed':
        return false;
    }
  }

  /** Finds `--B`, then its line end (or `--`, the close); everything before it is skipped. */
  private seekDelimiter(): null | false {
    const at = this.find(this.dash, 0);
    if (at < 0) {
      // Keep a tail that may be the start of a delimiter split across chunks.
      this.skip(Math.max(0, this.end - this.start - (this.dash.length - 1)));
      return false;
    }
    this.skip(at);
    const after = this.start + this.dash.length;
    if (this.end - after < 2) return false;
    if (this.buf[after] === 45 && this.buf[after + 1] === 45) {
      this.state = 'closed';
      return false;
    }
    // RFC 2046 allows transport padding (spaces) before the line break.
    const eol = this.find(CRLF, this.dash.length);
    if (eol < 0) {
      if (this.end - this.start > MAX_HEADER_BYTES) this.skip(this.dash.length);
      return false;
    }
    const line = this.buf.subarray(after, this.start + eol);
    if (!line.every((b) => b === 32 || b === 9)) {
      this.skip(this.dash.length); // `--B` followed by something else is data, not a delimiter
      return null;
    }
    this.consume(eol + CRLF.length);
    this.state = 'headers';
    return null;
  }

  private readHeaders(): null | false {
    const at = this.find(HEADER_END, 0);
    // A part may have no headers at all: then its blank line comes first.
    const empty = this.startsWith(CRLF, 0);
    if (at < 0 && !empty) {
      if (this.end - this.start > MAX_HEADER_BYTES) this.resync();
      return false;
    }
    const headerEnd = empty ? 0 : at;
    const text = new TextDecoder('latin1').decode(this.buf.subarray(this.start, this.start + headerEnd));
    this.consume(headerEnd + (empty ? CRLF.length : HEADER_END.length));
    this.length = contentLength(text);
    this.scanned = 0;
    if (this.length !== null && this.length > this.maxPartBytes) {
      // Not buffered: the boundary never occurs inside a JPEG, so seeking the next delimiter
      // drops exactly this part, and a Content-Length that lies cannot swallow the stream.
      this.stats.oversizeParts += 1;
      this.state = 'seek';
      return null;
    }
    this.state = 'body';
    return null;
  }

  /**
   * A part ends where the next delimiter begins. With Content-Length, bytes between its end and
   * the delimiter are skipped, and a delimiter inside it means the length lied: the part is dropped
   * and parsing resumes at that delimiter, without waiting for the claimed length to arrive.
   */
  private readBody(): Uint8Array<ArrayBuffer> | null | false {
    const at = this.find(this.next, this.scanned);
    if (at < 0) return this.keepScanning();
    const length = this.length ?? at;
    if (at < length) {
      this.stats.badParts += 1;
      this.state = 'seek';
      return null;
    }
    return this.takeFrame(length, at);
  }

  /** No delimiter yet: resume the search where it stopped, and give up on a part past the cap. */
  private keepScanning(): false {
    const available = this.end - this.start;
    this.scanned = Math.max(0, available - (this.next.length - 1));
    if (available > this.maxPartBytes) {
      this.stats.oversizeParts += 1;
      this.resync();
    }
    return false;
  }

  /**
   * Hands out the first `length` bytes as a frame and skips what lies between them and the
   * delimiter at `delimiterAt`; the CRLF before `--B` belongs to the delimiter.
   */
  private takeFrame(length: number, delimiterAt: number): Uint8Array<ArrayBuffer> {
    const frame = this.buf.slice(this.start, this.start + length);
    this.consume(length);
    this.skip(delimiterAt - length);
    this.consume(CRLF.length);
    this.state = 'seek';
    return frame;
  }

  /** Gives up on the current part: skip to the next delimiter. */
  private resync(): void {
    this.skip(Math.max(0, this.end - this.start - (this.dash.length - 1)));
    this.state = 'seek';
  }

  /** Moves past bytes that belong to the framing. */
  private consume(n: number): void {
    this.start += n;
  }

  /** Moves past bytes that are thrown away, and counts them. */
  private skip(n: number): void {
    this.stats.skippedBytes += n;
    this.start += n;
  }

  /** Appends a chunk, first moving the live bytes to the front or into a bigger buffer. */
  private append(chunk: Uint8Array): void {
    const live = this.end - this.start;
    if (this.end + chunk.length > this.buf.length) {
      if (live + chunk.length > this.buf.length) {
        const bigger = new Uint8Array(Math.max(this.buf.length * 2, live + chunk.length));
        bigger.set(this.buf.subarray(this.start, this.end));
        this.buf = bigger;
      } else {
        this.buf.copyWithin(0, this.start, this.end);
      }
      this.start = 0;
      this.end = live;
    }
    this.buf.set(chunk, this.end);
    this.end += chunk.length;
  }

  /** Index (relative to start) of `needle` at or after `from`, or -1. */
  private find(needle: Uint8Array | number[], from: number): number {
    const first = needle[0];
    // Only the live bytes: the buffer's spare capacity past `end` holds stale data.
    const live = this.buf.subarray(0, this.end);
    let i = this.start + from;
    const last = this.end - needle.length;
    while (i <= last) {
      i = live.indexOf(first, i);
      if (i < 0 || i > last) return -1;
      if (this.startsWith(needle, i - this.start)) return i - this.start;
      i += 1;
    }
    return -1;
  }

  private startsWith(needle: Uint8Array | number[], at: number): boolean {
    const base = this.start + at;
    if (base + needle.length > this.end) return false;
    for (let k = 0; k < needle.length; k++) if (this.buf[base + k] !== needle[k]) return false;
    return true;
  }
}

/** The Content-Length of a part, or null when it is missing or not a plain number. */
function contentLength(headers: string): number | null {
  const m = /^content-length[ \t]*:[ \t]*(\d{1,10})[ \t]*$/im.exec(headers);
  return m ? Number(m[1]) : null;
}

/** The boundary named by a `multipart/x-mixed-replace; boundary=…` Content-Type (quotes allowed). */
export function boundaryOf(contentType: string | null): string | null {
  const m = /^multipart\/[\w.+-]+\s*;.*?\bboundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2]) : null;
}
