import { probeStatus, StreamClient } from './mjpeg-client.ts';

/** The camera's own stream counters, from `GET /api/status` → `stream` (firmware/core/media). */
export interface StreamCounters {
  captures: number;
  delivered: number;
  bytesCopied: number;
}

export interface StreamWindow {
  /** Clients the camera admitted; the others were refused with 503 (its client limit). */
  admitted: number;
  perClientFps: number[];
  /** Distinct frames (by hash) across all clients per second: captures, when frames differ. */
  distinctPerSecond: number;
  /** The first client saw the same frame again and again: distinct frames cannot count captures. */
  repeatedFrames: boolean;
  /** Per second and per delivered frame, from the camera's counters when it has them. */
  capturesPerSecond: number | null;
  bytesCopiedPerFrame: number | null;
}

/** Frames before this are dropped: connection set-up and the first capture are not steady state. */
export const WARMUP_MS = 1_000;
/** Long enough for tens of frames per client at the simulator's default 10 fps. */
export const WINDOW_MS = 5_000;
/** A closed stream frees its slot when the camera's sender notices; the next window waits for it. */
const RELEASE_MS = 500;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function readCounters(statusUrl: string): Promise<StreamCounters | null> {
  if ((await probeStatus(statusUrl)) !== 200) return null;
  const body = (await (await fetch(statusUrl)).json()) as { stream?: Record<string, unknown> };
  const s = body.stream ?? {};
  const { captures, frames_delivered: delivered, bytes_copied: bytesCopied } = s;
  if (typeof captures !== 'number' || typeof delivered !== 'number' || typeof bytesCopied !== 'number')
    return null;
  return { captures, delivered, bytesCopied };
}

/** `clients` viewers at once; frames counted only inside the window, after the warm-up. */
export async function measureWindow(
  streamUrl: string,
  statusUrl: string,
  clients: number,
): Promise<StreamWindow> {
  const viewers = Array.from({ length: clients }, () => new StreamClient());
  try {
    const answers = await Promise.all(viewers.map((v) => v.open(streamUrl)));
    const watching = viewers.filter((_, i) => answers[i] === 'streaming');
    if (watching.length === 0) throw new Error('the camera refused every stream client');
    await sleep(WARMUP_MS);
    const start = watching.map((v) => v.frames);
    const before = await readCounters(statusUrl);
    const t0 = performance.now();
    await sleep(WINDOW_MS);
    const seconds = (performance.now() - t0) / 1000;
    const after = before && (await readCounters(statusUrl));
    const inWindow = watching.map((v, i) => v.hashes.slice(start[i]));
    const delivered = after && before ? after.delivered - before.delivered : 0;
    return {
      admitted: watching.length,
      perClientFps: inWindow.map((h) => h.length / seconds),
      distinctPerSecond: new Set(inWindow.flat()).size / seconds,
      repeatedFrames: inWindow[0].length > 1 && new Set(inWindow[0]).size < inWindow[0].length / 2,
      capturesPerSecond: after && before ? (after.captures - before.captures) / seconds : null,
      bytesCopiedPerFrame:
        after && before && delivered > 0 ? (after.bytesCopied - before.bytesCopied) / delivered : null,
    };
  } finally {
    for (const v of viewers) v.close();
    await sleep(RELEASE_MS);
  }
}
