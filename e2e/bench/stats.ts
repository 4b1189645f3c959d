/** Median and spread of repeated samples: the numbers every benchmark line reports. */
export interface Summary {
  n: number;
  median: number;
  /** 10th and 90th percentiles: the spread, robust to the odd outlier a shared machine produces. */
  p10: number;
  p90: number;
  min: number;
  max: number;
}

/** Quantile q (0..1) of an ascending list, linearly interpolated between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error('quantile of no samples');
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile must be within 0..1, got ${q}`);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('cannot summarize zero samples');
  const bad = samples.find((s) => !Number.isFinite(s));
  if (bad !== undefined) throw new Error(`sample is not a finite number: ${bad}`);
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p10: quantile(sorted, 0.1),
    p90: quantile(sorted, 0.9),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/**
 * Ratios of samples taken in pairs (a[i] measured right beside b[i]). On a shared, noisy machine
 * the two halves of a pair see the same background load, so their ratio is steadier than the
 * ratio of two medians taken minutes apart.
 */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`paired samples differ in length: ${a.length} vs ${b.length}`);
  return a.map((x, i) => {
    if (b[i] === 0) throw new Error(`paired sample ${i} divides by zero`);
    return x / b[i];
  });
}
