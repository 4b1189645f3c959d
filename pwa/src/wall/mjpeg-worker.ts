/**
 * A dedicated worker that keeps one camera's MJPEG stream flowing to a wall tile: it fetches
 * /stream.mjpg, parses the parts as they arrive, and hands the page only the newest JPEG, decoded,
 * once the page drew the one before. A stream that fails, ends or goes quiet is reopened with the
 * tile clock's backoff. The page stops it with `terminate()`, which also aborts the fetch.
 */
import type { FrameDelivery, FromWorker, ToWorker } from './mjpeg-messages.ts';
import { boundaryOf, MjpegParser } from './mjpeg-parser.ts';
import { backoff } from './tile-clock.ts';

/** The camera ends a stream that had no frame for 10 s (firmware/API.md); a link quiet that long is dead. */
const QUIET_LIMIT_MS = 10_000;
/** How long the reachability probe after a failed first connection may take. */
const PROBE_TIMEOUT_MS = 6_000;

/**
 * pwa/tsconfig.json checks this file with the DOM library, where `self` is a Window; here it is a
 * DedicatedWorkerGlobalScope. This is the part of it the worker uses.
 */
interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

/** The camera answered, but not with a stream this page may read: trying again will not help. */
class Refused extends Error {}

let delivery: FrameDelivery = 'bitmap';
let framesSeen = 0;
let inFlight = false;
let newest: Uint8Array<ArrayBuffer> | undefined;

scope.addEventListener('message', (e) => {
  const msg = e.data;
  if (msg.type === 'start') {
    delivery = msg.delivery;
    void keepStreaming(msg.url);
  } else if (msg.type === 'drawn') {
    inFlight = false;
    sendNewest();
  }
});

async function keepStreaming(url: string): Promise<void> {
  let failures = 0;
  for (;;) {
    const before = framesSeen;
    let message: string;
    try {
      await streamOnce(url);
      message = 'the stream ended';
    } catch (err) {
      if (err instanceof Refused) {
        scope.postMessage({ type: 'refused', message: err.message });
        return;
      }
      message = err instanceof Error ? err.message : String(err);
    }
    failures = framesSeen > before ? 1 : failures + 1;
    const retryMs = backoff(failures);
    scope.postMessage({ type: 'failure', message, retryMs });
    await new Promise((done) => setTimeout(done, retryMs));
  }
}

/** One connection: resolves when the stream ends, rejects when it fails or goes quiet. */
async function streamOnce(url: string): Promise<void> {
  const controller = new AbortController();
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const stillAlive = () => {
    clearTimeout(quiet);
    quiet = setTimeout(
      () => controller.abort(new Error(`no frame for ${QUIET_LIMIT_MS / 1000} s`)),
      QUIET_LIMIT_MS,
    );
  };
  stillAlive();
  try {
    const res = await connect(url, controller.signal);
    if (!res.ok) throw new Refused(`the camera answered ${res.status} to the stream`);
    const boundary = boundaryOf(res.headers.get('Content-Type'));
    if (!boundary || !res.body) throw new Refused('the camera did not answer with an MJPEG stream');
    const parser = new MjpegParser(boundary);
    const reader = res.body.getReader();
    while (!parser.closed) {
      const { done, value } = await reader.read();
      if (done) return;
      for (const jpeg of parser.push(value)) {
        framesSeen += 1;
        stillAlive();
        offer(jpeg);
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

/**
 * fetch() fails the same way for a camera that is off and for one that does not let this origin
 * read it (CORS). Before the first frame, an opaque request tells them apart: it succeeds
 * whenever a web server answers at all.
 */
async function connect(url: string, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, { cache: 'no-store', signal });
  } catch (err) {
    if (framesSeen > 0 || signal.aborted) throw err;
    const answers = await fetch(new URL('/', url), {
      mode: 'no-cors',
      cache: 'no-store',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    }).then(
      () => true,
      () => false,
    );
    if (answers) throw new Refused('the camera does not let this app read its stream (allowed web origins)');
    throw new Error('the camera does not answer');
  }
}

/** Keeps only the newest frame while the page is still drawing: a slow page skips frames, never lags. */
function offer(jpeg: Uint8Array<ArrayBuffer>): void {
  newest = jpeg;
  sendNewest();
}

function sendNewest(): void {
  if (inFlight || !newest) return;
  const jpeg = newest;
  newest = undefined;
  inFlight = true;
  const blob = new Blob([jpeg], { type: 'image/jpeg' });
  if (delivery === 'blob') {
    scope.postMessage({ type: 'frame', image: blob });
    return;
  }
  createImageBitmap(blob).then(
    (image) => scope.postMessage({ type: 'frame', image }, [image]),
    () => {
      // A part that is not a decodable JPEG is skipped; the next one may be fine.
      inFlight = false;
      sendNewest();
    },
  );
}
