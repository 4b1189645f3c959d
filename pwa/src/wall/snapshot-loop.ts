/**
 * Fetches a camera's snapshots at a chosen rate, one request at a time, backing off when the
 * camera stops answering. The worker's snapshot mode: the page only draws the decoded picture,
 * which costs its main thread about 2.6× less CPU than an `<img>` per snapshot (stream-wall
 * benchmark, 24 tiles at 2/s: 4.5 % against 11.8 %).
 */
import { type FetchDeps, fetchFromCamera, Refused } from './camera-fetch.ts';
import type { FrameEvents } from './mjpeg-stream.ts';
import { backoff } from './tile-clock.ts';

/** A snapshot that has not arrived by now is a failure: a dead IP can hang a request far longer. */
export const REQUEST_TIMEOUT_MS = 10_000;

export interface SnapshotDeps extends FetchDeps {
  now: () => number;
}

/**
 * Until refused or `stop` is aborted; never rejects. `url` is fetched as it is, with the HTTP
 * cache bypassed, so every answer is a fresh picture.
 */
export async function keepSnapshotting(
  url: string,
  fps: number,
  events: FrameEvents,
  deps: SnapshotDeps,
  stop?: AbortSignal,
): Promise<void> {
  let failures = 0;
  let answered = false;
  while (!stop?.aborted) {
    const started = deps.now();
    let delay: number;
    try {
      const jpeg = await fetchSnapshot(url, deps, answered);
      answered = true;
      failures = 0;
      events.frame(jpeg);
      // The rest of the frame interval: a slow answer means asking again at once.
      delay = Math.max(0, 1000 / fps - (deps.now() - started));
    } catch (err) {
      if (err instanceof Refused) {
        events.refused(err.message);
        return;
      }
      failures += 1;
      delay = backoff(failures);
      events.failure(err instanceof Error ? err.message : String(err), delay);
    }
    await deps.sleep(delay);
  }
}

async function fetchSnapshot(
  url: string,
  deps: FetchDeps,
  answered: boolean,
): Promise<Uint8Array<ArrayBuffer>> {
  const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const res = await fetchFromCamera(url, { signal }, deps, answered);
  // A camera that is busy or rebooting answers 5xx for a while; any other error will not change.
  if (res.status >= 500) throw new Error(`the camera answered ${res.status}`);
  if (!res.ok) throw new Refused(`the camera answered ${res.status} to a snapshot`);
  if (!res.headers.get('Content-Type')?.startsWith('image/jpeg'))
    throw new Refused('the camera did not answer with a JPEG');
  return new Uint8Array(await res.arrayBuffer());
}
