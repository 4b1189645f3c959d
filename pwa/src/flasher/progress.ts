/**
 * Turns "n of m bytes done at time t" samples into a progress report with speed and time left.
 * Pure: the caller supplies the clock, so tests can feed any timeline.
 */
import type { Progress } from './states.ts';

/**
 * Speed is measured over this window: long enough to smooth the per-block bursts of a 16 KiB
 * write, short enough to follow a baud change or a slow flash sector within a few seconds.
 */
export const SPEED_WINDOW_MS = 3000;
/** Below this much elapsed time a speed figure is noise (one block), so none is shown. */
const MIN_SPAN_MS = 250;

export class ProgressMeter {
  private samples: { t: number; done: number }[] = [];

  constructor(
    readonly total: number,
    private readonly now: () => number,
  ) {}

  /** Record that `done` bytes are finished; returns the report to show. */
  update(done: number): Progress {
    const t = this.now();
    const clamped = Math.max(0, Math.min(done, this.total));
    this.samples.push({ t, done: clamped });
    while (this.samples.length > 2 && t - this.samples[1].t >= SPEED_WINDOW_MS) this.samples.shift();
    const first = this.samples[0];
    const span = t - first.t;
    const bytesPerSecond = span >= MIN_SPAN_MS ? ((clamped - first.done) * 1000) / span : 0;
    const left = this.total - clamped;
    return {
      done: clamped,
      total: this.total,
      bytesPerSecond,
      secondsLeft: left === 0 ? 0 : bytesPerSecond > 0 ? left / bytesPerSecond : undefined,
    };
  }
}

/** "1.2 MB", "340 kB", "512 B" — decimal units, as people read download sizes. */
export function formatBytes(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} kB`;
  return `${Math.round(n)} B`;
}

/** "1 min 05 s", "12 s", or "" while unknown. */
export function formatSeconds(s: number | undefined): string {
  if (s === undefined || !Number.isFinite(s)) return '';
  const whole = Math.ceil(s);
  if (whole < 60) return `${whole} s`;
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}
