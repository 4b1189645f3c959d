import type { Summary } from './stats.ts';

/**
 * The common interface of every benchmark in benchmarks/. A benchmark measures and judges; the
 * runner (run.ts) times it, catches its errors and hands the lines to the report.
 */
export interface Benchmark {
  /** Short, stable id for `--only`, e.g. `ui-bytes`. */
  name: string;
  title: string;
  /** The targets, as their issues state them, for `--help` and the report. */
  target: string;
  run(ctx: BenchContext): Promise<BenchOutput>;
}

export interface BenchContext {
  /** How many times to repeat each timed measurement (benchmarks that are slow may take fewer). */
  repeat: number;
  /** Progress for the console; not part of the report. */
  log(message: string): void;
}

export interface BenchOutput {
  lines: Line[];
  /** How the figures were obtained, what they do not cover: shown under the benchmark's table. */
  notes?: string[];
}

/**
 * - met / not met: judged on the median against the target.
 * - info: a figure without a target of its own (e.g. a reference anchor or a ratio).
 * - not yet available: the feature it measures has not landed; `note` says what is missing.
 * - error: the benchmark broke; `note` has the message.
 */
export type Verdict = 'met' | 'not met' | 'info' | 'not yet available' | 'error';

export interface Line {
  metric: string;
  unit: string;
  /** The median for repeated figures, the exact value for deterministic ones. */
  value: number | null;
  summary?: Summary;
  target?: string;
  verdict: Verdict;
  note?: string;
}

export interface BenchmarkResult {
  name: string;
  title: string;
  target: string;
  durationMs: number;
  lines: Line[];
  notes: string[];
}

export interface Target {
  text: string;
  holds(value: number): boolean;
}

const n = (v: number) => v.toLocaleString('en-US');
const u = (unit: string) => (unit ? ` ${unit}` : '');

export const atMost = (limit: number, unit: string): Target => ({
  text: `≤ ${n(limit)}${u(unit)}`,
  holds: (v) => v <= limit,
});
export const below = (limit: number, unit: string): Target => ({
  text: `< ${n(limit)}${u(unit)}`,
  holds: (v) => v < limit,
});
export const atLeast = (limit: number, unit: string): Target => ({
  text: `≥ ${n(limit)}${u(unit)}`,
  holds: (v) => v >= limit,
});

/** A measured line: pass a Summary for repeated samples, a number for an exact figure. */
export function measured(
  metric: string,
  unit: string,
  figure: number | Summary,
  target?: Target,
  note?: string,
): Line {
  const summary = typeof figure === 'number' ? undefined : figure;
  const value = typeof figure === 'number' ? figure : figure.median;
  return {
    metric,
    unit,
    value,
    summary,
    target: target?.text,
    verdict: target ? (target.holds(value) ? 'met' : 'not met') : 'info',
    note,
  };
}

/** A line whose feature has not landed: it says why instead of failing. */
export function notYetAvailable(metric: string, reason: string, target?: Target | string): Line {
  return {
    metric,
    unit: '',
    value: null,
    target: typeof target === 'string' ? target : target?.text,
    verdict: 'not yet available',
    note: reason,
  };
}
