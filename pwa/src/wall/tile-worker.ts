/**
 * A wall tile's dedicated worker: keeps one camera's MJPEG stream (mjpeg-stream.ts) or snapshots
 * (snapshot-loop.ts) flowing, and hands the page only the newest JPEG, decoded, once the page drew
 * the one before. The page stops it with `terminate()`, which also aborts the request.
 */

import { type FrameEvents, keepStreaming } from './mjpeg-stream.ts';
import { keepSnapshotting } from './snapshot-loop.ts';
import { DECODE_TURNED, type FrameDelivery, type FromWorker, type ToWorker } from './tile-worker-messages.ts';

/**
 * pwa/tsconfig.json checks this file with the DOM library, where `self` is a Window; here it is a
 * DedicatedWorkerGlobalScope. This is the part of it the worker uses.
 */
interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

let delivery: FrameDelivery = 'bitmap';
let inFlight = false;
let newest: Uint8Array<ArrayBuffer> | undefined;

const events: FrameEvents = {
  frame: offer,
  failure: (message, retryMs) => scope.postMessage({ type: 'failure', message, retryMs }),
  refused: (message) => scope.postMessage({ type: 'refused', message }),
};
const deps = {
  fetch: (url: string, init: RequestInit) => fetch(url, init),
  sleep: (ms: number) => new Promise<void>((done) => setTimeout(done, ms)),
  now: () => performance.now(),
};

scope.addEventListener('message', (e) => {
  const msg = e.data;
  if (msg.type === 'start') {
    delivery = msg.delivery;
    const { job } = msg;
    void (job.kind === 'stream'
      ? keepStreaming(job.url, events, deps)
      : keepSnapshotting(job.url, job.fps, events, deps));
  } else if (msg.type === 'drawn') {
    inFlight = false;
    sendNewest();
  }
});

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
  createImageBitmap(blob, DECODE_TURNED).then(
    (image) => scope.postMessage({ type: 'frame', image }, [image]),
    () => {
      // A part that is not a decodable JPEG is skipped; the next one may be fine.
      inFlight = false;
      sendNewest();
    },
  );
}
