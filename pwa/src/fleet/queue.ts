/**
 * Runs one job per camera, at most `parallel` at once, in list order. With `stopOnFailure`, the
 * first failure lets the running jobs finish but starts no new one; the rest are reported skipped.
 * `stop()` does the same on request. Pure scheduling: the jobs themselves do the network work.
 */

export interface QueueOptions {
  /** How many cameras update at the same time (1 = one after another). */
  parallel: number;
  stopOnFailure: boolean;
}

/** What a job reports back: only `ok: false` counts as a failure for stopOnFailure. */
export interface JobResult {
  ok: boolean;
}

export interface QueueRun<T> {
  /** Resolves when every started job has finished, with each item's result or `skipped`. */
  done: Promise<Map<T, JobResult | 'skipped'>>;
  /** Starts no further job; the running ones finish. */
  stop(): void;
}

/** The parallel counts offered on the screen: more than a few slows every camera's Wi-Fi. */
export const PARALLEL_CHOICES = [1, 2, 3, 4, 6, 8];

export function runQueue<T>(
  items: readonly T[],
  opts: QueueOptions,
  job: (item: T) => Promise<JobResult>,
  onSkip: (item: T) => void = () => {},
): QueueRun<T> {
  const results = new Map<T, JobResult | 'skipped'>();
  const width = Math.max(1, Math.floor(opts.parallel));
  let next = 0;
  let halted = false;

  async function lane(): Promise<void> {
    while (!halted && next < items.length) {
      const item = items[next++];
      let result: JobResult;
      try {
        result = await job(item);
      } catch {
        // A job is expected to report its own failure; one that throws still counts as failed.
        result = { ok: false };
      }
      results.set(item, result);
      if (!result.ok && opts.stopOnFailure) halted = true;
    }
  }

  const done = Promise.all(Array.from({ length: Math.min(width, items.length) }, lane)).then(() => {
    for (const item of items.slice(next)) {
      results.set(item, 'skipped');
      onSkip(item);
    }
    return results;
  });
  return {
    done,
    stop() {
      halted = true;
    },
  };
}
