import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { streamUrl } from '../api/camera-client.ts';
import { countFrame } from './frame-counter.ts';
import type { FrameDelivery, FromWorker, ToWorker } from './mjpeg-messages.ts';
import { newClock, onFailure, onFrame, type TileClock } from './tile-clock.ts';

/** The worker's hashed file name, written in by the build (build/lib/pwa.ts). */
declare const __PRINTCAM_MJPEG_WORKER__: string;

/** How often the tile's label follows the stream: a label redrawn per frame would cost the page more. */
const LABEL_TICK_MS = 1000;

export interface MjpegTile {
  clock: TileClock;
  /** Why the camera will not stream to this page; the tile then shows the stream another way. */
  refused?: string;
}

/**
 * Streams a camera into `canvas` through the MJPEG worker while `active`, counting each frame
 * drawn on `counter` (`data-frames`, read by the e2e tests and the stream-wall benchmark). The
 * worker is ended when the tile goes inactive, which aborts its request.
 */
export function useMjpegStream(
  origin: string,
  active: boolean,
  delivery: FrameDelivery,
  canvas: RefObject<HTMLCanvasElement | null>,
  counter: RefObject<HTMLElement | null>,
): MjpegTile {
  const [clock, setClock] = useState(newClock);
  const [refused, setRefused] = useState<string>();
  // Asked again each time the tile starts streaming: the camera's settings may have changed.
  useEffect(() => {
    if (!active) setRefused(undefined);
  }, [active]);
  useEffect(() => {
    if (!active || refused) return;
    // A new connection starts a new count: the last frame of an earlier one says nothing now.
    let current = newClock();
    setClock(current);
    const worker = new Worker(new URL(__PRINTCAM_MJPEG_WORKER__, document.baseURI));
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
          createImageBitmap(data.image).then(draw, () => send({ type: 'drawn' }));
        else draw(data.image);
      } else if (data.type === 'failure') {
        current = onFailure(current);
        setClock(current);
      } else {
        setRefused(data.message);
      }
    };
    send({ type: 'start', url: streamUrl(origin), delivery });
    const ticker = setInterval(() => setClock(current), LABEL_TICK_MS);
    return () => {
      worker.terminate();
      clearInterval(ticker);
    };
  }, [origin, active, delivery, refused]);
  return { clock, refused };
}
