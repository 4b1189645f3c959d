import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { snapshotUrl } from '../api/camera-client.ts';
import { countFrame } from './frame-counter.ts';
import { newClock, nextDelay, onFailure, onFrame, type TileClock } from './tile-clock.ts';

/** A snapshot that has not arrived by now is a failure: a dead IP can hang a request far longer. */
const REQUEST_TIMEOUT_MS = 10_000;
/** How often the tile's label is re-evaluated, so a stall shows even when no event arrives. */
const LABEL_TICK_MS = 1000;

/**
 * Fetches snapshots at `fps` while `active`, one request at a time, backing off when the camera
 * stops answering and recovering by itself when it answers again. Each frame is decoded in an
 * off-screen Image first, so the tile never flashes an empty box. Each frame is counted on
 * `counter` (`data-frames`).
 */
export function useSnapshots(
  origin: string,
  fps: number,
  active: boolean,
  counter: RefObject<HTMLElement | null>,
): { src?: string; clock: TileClock } {
  const [src, setSrc] = useState<string>();
  const [clock, setClock] = useState(newClock);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    let current = clock;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let deadline: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const img = new Image();
    const settle = (ok: boolean, started: number) => {
      clearTimeout(deadline);
      if (stopped) return;
      const now = performance.now();
      current = ok ? onFrame(current, now) : onFailure(current);
      if (ok) {
        setSrc(img.src);
        countFrame(counter.current);
      }
      setClock(current);
      timer = setTimeout(request, nextDelay(current, fps, started, now));
    };
    const request = () => {
      const started = performance.now();
      img.onload = () => settle(true, started);
      img.onerror = () => settle(false, started);
      deadline = setTimeout(() => {
        img.onload = img.onerror = null;
        img.src = '';
        settle(false, started);
      }, REQUEST_TIMEOUT_MS);
      img.src = snapshotUrl(origin, Date.now());
    };
    request();
    const ticker = setInterval(() => setTick((t) => t + 1), LABEL_TICK_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(deadline);
      clearInterval(ticker);
      img.onload = img.onerror = null;
      img.src = '';
    };
  }, [origin, fps, active]);
  return { src, clock };
}
