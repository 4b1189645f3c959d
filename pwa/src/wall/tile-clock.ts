/**
 * The timing of one wall tile, kept pure so it is tested in Node: when to ask for the next
 * snapshot, how fast frames are arriving, when a tile counts as stalled, and how long to back off
 * from a camera that stopped answering.
 */

/** The first retry after a failure comes quickly: most drops are one lost request. */
export const BACKOFF_FIRST_MS = 1000;
/** A camera off for the night is still retried twice a minute, so it comes back by itself. */
export const BACKOFF_MAX_MS = 30_000;
/** Frame rate is averaged over this many recent frames: steady at any rate, quick to react. */
export const FPS_SAMPLES = 6;
/** A tile is stalled once no frame arrived for this many intervals (and at least STALL_MIN_MS). */
export const STALL_INTERVALS = 3;
export const STALL_MIN_MS = 3000;

export interface TileClock {
  frames: number[];
  failures: number;
  lastFrameAt?: number;
}

export const newClock = (): TileClock => ({ frames: [], failures: 0 });

export function onFrame(clock: TileClock, now: number): TileClock {
  const frames = [...clock.frames.slice(1 - FPS_SAMPLES), now];
  return { frames, failures: 0, lastFrameAt: now };
}

export function onFailure(clock: TileClock): TileClock {
  return { ...clock, failures: clock.failures + 1 };
}

/** Delay before the next request: the rest of the frame interval, or the backoff after failures. */
export function nextDelay(clock: TileClock, fps: number, requestStartedAt: number, now: number): number {
  if (clock.failures > 0) return backoff(clock.failures);
  return Math.max(0, 1000 / fps - (now - requestStartedAt));
}

export function backoff(failures: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, failures - 1));
}

/** Frames per second over the recent frames; 0 until there are two. A stall is tileHealth's job. */
export function frameRate(clock: TileClock): number {
  const f = clock.frames;
  if (f.length < 2) return 0;
  return (f.length - 1) / ((f[f.length - 1] - f[0]) / 1000);
}

export type TileHealth =
  | { kind: 'waiting' }
  | { kind: 'live'; fps: number }
  | { kind: 'stalled'; forMs: number }
  | { kind: 'offline'; retryMs: number };

export function tileHealth(clock: TileClock, fps: number, now: number): TileHealth {
  if (clock.failures > 0) return { kind: 'offline', retryMs: backoff(clock.failures) };
  if (clock.lastFrameAt === undefined) return { kind: 'waiting' };
  const quiet = now - clock.lastFrameAt;
  const stallAfter = Math.max(STALL_MIN_MS, (STALL_INTERVALS * 1000) / fps);
  if (quiet > stallAfter) return { kind: 'stalled', forMs: quiet };
  return { kind: 'live', fps: frameRate(clock) };
}

export function describeTileHealth(h: TileHealth): string {
  switch (h.kind) {
    case 'waiting':
      return 'connecting…';
    case 'live':
      return h.fps > 0 ? `${h.fps.toFixed(1)} fps` : 'first frame';
    case 'stalled':
      return `stalled ${Math.round(h.forMs / 1000)} s`;
    case 'offline':
      return `offline, retrying every ${Math.round(h.retryMs / 1000)} s`;
  }
}
