/**
 * Keeps one camera's MJPEG stream flowing: fetches it, parses the parts as they arrive, and
 * reopens it with the tile clock's backoff when it fails, ends or goes quiet. Runs in the wall's
 * worker (tile-worker.ts); fetch and sleep are passed in, so it is tested in Node.
 */
import { type FetchDeps, fetchFromCamera, Refused } from './camera-fetch.ts';
import { boundaryOf, MjpegParser } from './mjpeg-parser.ts';
import { backoff } from './tile-clock.ts';

/** The camera ends a stream that had no frame for 10 s (firmware/API.md); a link quiet that long is dead. */
export const QUIET_LIMIT_MS = 10_000;

/** What the stream and snapshot loops report (tile-worker.ts passes it on to the page). */
export interface FrameEvents {
  frame(jpeg: Uint8Array<ArrayBuffer>): void;
  /** The request failed or the stream ended; the next attempt comes after `retryMs`. */
  failure(message: string, retryMs: number): void;
  /** The camera answers but will not serve this page: nothing more is tried. */
  refused(message: string): void;
}

export interface StreamDeps extends FetchDeps {
  quietLimitMs?: number;
}

/** Streams until refused or `stop` is aborted; never rejects. */
export async function keepStreaming(
  url: string,
  events: FrameEvents,
  deps: StreamDeps,
  stop?: AbortSignal,
): Promise<void> {
  let failures = 0;
  let everStreamed = false;
  while (!stop?.aborted) {
    let frames = 0;
    let message: string;
    try {
      await streamOnce(url, deps, everStreamed, (jpeg) => {
        frames += 1;
        everStreamed = true;
        events.frame(jpeg);
      });
      message = 'the stream ended';
    } catch (err) {
      if (err instanceof Refused) {
        events.refused(err.message);
        return;
      }
      message = err instanceof Error ? err.message : String(err);
    }
    if (stop?.aborted) return;
    // A connection that delivered frames was working: its drop starts the backoff afresh.
    failures = frames > 0 ? 1 : failures + 1;
    const retryMs = backoff(failures);
    events.failure(message, retryMs);
    await deps.sleep(retryMs);
  }
}

/** One connection: resolves when the stream ends, rejects when it fails or goes quiet. */
async function streamOnce(
  url: string,
  deps: StreamDeps,
  everStreamed: boolean,
  onFrame: (jpeg: Uint8Array<ArrayBuffer>) => void,
): Promise<void> {
  const quietLimit = deps.quietLimitMs ?? QUIET_LIMIT_MS;
  const controller = new AbortController();
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const stillAlive = () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => controller.abort(new Error(`no frame for ${quietLimit / 1000} s`)), quietLimit);
  };
  stillAlive();
  try {
    const res = await fetchFromCamera(url, { signal: controller.signal }, deps, everStreamed);
    if (!res.ok) throw new Refused(`the camera answered ${res.status} to the stream`);
    const boundary = boundaryOf(res.headers.get('Content-Type'));
    if (!boundary || !res.body) throw new Refused('the camera did not answer with an MJPEG stream');
    const parser = new MjpegParser(boundary);
    const reader = res.body.getReader();
    // fetch() ties its body to the signal; a body from elsewhere is cut off here all the same.
    controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => {}));
    while (!parser.closed) {
      const { done, value } = await reader.read();
      if (done && controller.signal.aborted) throw controller.signal.reason;
      if (done) return;
      for (const jpeg of parser.push(value)) {
        stillAlive();
        onFrame(jpeg);
      }
    }
  } catch (err) {
    // An abort's own error says only "aborted"; the reason says why (the stream went quiet).
    throw controller.signal.aborted && !(err instanceof Refused) ? controller.signal.reason : err;
  } finally {
    clearTimeout(quiet);
    controller.abort();
  }
}
