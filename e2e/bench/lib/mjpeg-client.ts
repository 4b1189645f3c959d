import { createHash } from 'node:crypto';
import { type ClientRequest, get } from 'node:http';
import { boundaryOf, MultipartFrameCounter } from './multipart.ts';

/** Status of a GET, without reading the body: how the benchmarks find out whether a route exists. */
export function probeStatus(url: string, timeoutMs = 5_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent: false, timeout: timeoutMs }, (res) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)));
    req.on('error', reject);
  });
}

/** One viewer of an MJPEG stream: counts whole frames and remembers a hash of each. */
export class StreamClient {
  readonly hashes: string[] = [];
  private counter: MultipartFrameCounter | null = null;
  private req: ClientRequest | null = null;

  get frames(): number {
    return this.counter?.frames ?? 0;
  }

  /**
   * Resolves 'streaming' once the camera answered 200 with a multipart Content-Type, 'refused' on
   * a 503 (the camera's client limit); anything else is an error.
   */
  open(url: string): Promise<'streaming' | 'refused'> {
    return new Promise((resolve, reject) => {
      this.req = get(url, { agent: false }, (res) => {
        if (res.statusCode === 503) {
          this.close();
          resolve('refused');
          return;
        }
        try {
          if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}`);
          this.counter = new MultipartFrameCounter(boundaryOf(res.headers['content-type'] ?? ''), (body) =>
            this.hashes.push(createHash('sha1').update(body).digest('hex')),
          );
        } catch (err) {
          this.close();
          reject(err);
          return;
        }
        res.on('data', (chunk: Buffer) => this.counter?.push(chunk));
        resolve('streaming');
      });
      this.req.on('error', reject);
    });
  }

  close(): void {
    this.req?.destroy();
  }
}
