import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { countFrame } from './frame-counter.ts';
import { newClock, onFailure, onFrame, type TileClock } from './tile-clock.ts';
import {
  DECODE_TURNED,
  type FrameDelivery,
  type FromWorker,
  type ToWorker,
  type WorkerJob,
} from './tile-worker-messages.ts';

/** The worker's hashed file name, written in by the build (build/lib/pwa.ts). */
declare const __PRINTCAM_TILE_WORKER__: string;

/** How often the tile's label follows the stream: a label redrawn per frame would cost the page more. */
const LABEL_TICK_MS = 1000;

export interface WorkerFrames {
  clock: TileClock;
  /** Why the camera will not serve this page's scripts; the tile then shows it another way. */
  refused?: string;
}

/**
 * Runs `job` (a camera's stream or snapshots) in a worker and draws its frames into `canvas`,
 * counting each on `counter` (`data-frames`, read by the e2e tests and the stream-wall
 * benchmark). No job, no worker: ending it aborts its request.
 */
export function useWorkerFrames(
  job: WorkerJob | undefined,
  delivery: FrameDelivery,
  canvas: RefObject<HTMLCanvasElement | null>,
  counter: RefObject<HTMLElement | null>,
): WorkerFrames {
  const [clock, setClock] = useState(newClock);
  const [refused, setRefused] = useState<string>();
  const kind = job?.kind;
  const url = job?.url;
  const fps = job?.kind === 'snapshots' ? job.fps : 0;
  // Asked again each time the job starts: the camera's settings may have changed.
  useEffect(() => {
    if (!kind) setRefused(undefined);
  }, [kind]);
  useEffect(() => {
    if (!job || refused) return;
    // A new job starts a new count: the last frame of an earlier one says nothing now.
    let current = newClock();
    setClock(current);
    const worker = new Worker(new URL(__PRINTCAM_TILE_WORKER__, document.baseURI));
    const send = (msg: ToWorker) => worker.postMessage(msg);
    const draw = (image: ImageBitmap) => {
      const el = canvas.current;
      if (el) {
        if (el.width !== image.width || el.height !== image.height) {
          el.width = image.width;
          el.height = image.height;
        }
        // Hands the decoded bitmap to the canvas without a copy.
        el.getContext('bitmaprenderer')?.transferFromImageBitmap(image);
      } else {
        image.close();
      }
      current = onFrame(current, performance.now());
      countFrame(counter.current);
      send({ type: 'drawn' });
    };
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'frame') {
        if (data.image instanceof Blob)
          createImageBitmap(data.image, DECODE_TURNED).then(draw, () => send({ type: 'drawn' }));
        else draw(data.image);
      } else if (data.type === 'failure') {
        current = onFailure(current);
        setClock(current);
      } else {
        setRefused(data.message);
      }
    };
    send({ type: 'start', job, delivery });
    const ticker = setInterval(() => setClock(current), LABEL_TICK_MS);
    return () => {
      worker.terminate();
      clearInterval(ticker);
    };
  }, [kind, url, fps, delivery, refused]);
  return { clock, refused };
}
