/** The boundary named by a `multipart/x-mixed-replace; boundary=…` Content-Type (quotes allowed). */
export function boundaryOf(contentType: string): string {
  const m = /^multipart\/[\w.+-]+\s*;.*?\bboundary=(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  if (!m) throw new Error(`not a multipart Content-Type with a boundary: '${contentType}'`);
  return m[1] ?? m[2];
}

const CRLF2 = Buffer.from('\r\n\r\n');

/**
 * Counts the frames of an MJPEG (multipart) stream as its bytes arrive, in chunks of any size.
 * A part with Content-Length counts once that many body bytes arrived; one without counts when
 * the next delimiter arrives. `onFrame` receives each body (a view into the received bytes).
 */
export class MultipartFrameCounter {
  frames = 0;
  bodyBytes = 0;
  private buf: Buffer = Buffer.alloc(0);
  private state: 'delimiter' | 'headers' | 'body' = 'delimiter';
  private length: number | null = null;
  private closed = false;
  private readonly delimiter: Buffer;
  private readonly nextDelimiter: Buffer;

  constructor(
    boundary: string,
    private readonly onFrame?: (body: Buffer) => void,
  ) {
    this.delimiter = Buffer.from(`--${boundary}`);
    this.nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  }

  push(chunk: Buffer): void {
    if (this.closed) return;
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    while (this.step()) {
      // each step consumes one delimiter, header block or body
    }
  }

  private step(): boolean {
    if (this.state === 'delimiter') {
      const at = this.buf.indexOf(this.delimiter);
      if (at < 0 || this.buf.length < at + this.delimiter.length + 2) return false;
      const after = this.buf.subarray(at + this.delimiter.length, at + this.delimiter.length + 2).toString();
      if (after === '--') {
        this.closed = true;
        return false;
      }
      this.buf = this.buf.subarray(at + this.delimiter.length);
      this.state = 'headers';
      return true;
    }
    if (this.state === 'headers') {
      const end = this.buf.indexOf(CRLF2);
      if (end < 0) return false;
      this.length = contentLength(this.buf.subarray(0, end).toString('latin1'));
      this.buf = this.buf.subarray(end + CRLF2.length);
      this.state = 'body';
      return true;
    }
    const end = this.length ?? this.buf.indexOf(this.nextDelimiter);
    if (end < 0 || this.buf.length < end) return false;
    this.frames += 1;
    this.bodyBytes += end;
    this.onFrame?.(this.buf.subarray(0, end));
    this.buf = this.buf.subarray(end);
    this.state = 'delimiter';
    return true;
  }
}

function contentLength(headers: string): number | null {
  const m = /^content-length:\s*(.*?)\s*$/im.exec(headers);
  if (!m) return null;
  if (!/^\d+$/.test(m[1])) throw new Error(`multipart part has a bad Content-Length: '${m[1]}'`);
  return Number(m[1]);
}
