/**
 * The stream-wall benchmark's arithmetic, kept pure so it is tested in Node: per-tile delivered
 * rates from two readings of the tiles' own frame counters, and the main thread's busy fraction
 * from two readings of Chromium's performance metrics.
 */

/** One tile as the page shows it: `data-frames`, `data-state`, `data-source`, `data-focused`. */
export interface TileReading {
  frames: number;
  /** `paused` when off-screen or the page is hidden; otherwise waiting/live/stalled/offline/streaming. */
  state: string;
  source: string;
  focused: boolean;
}

export interface TileRate {
  index: number;
  fps: number;
  focused: boolean;
  source: string;
}

/**
 * Frames per second of each tile that was visible (not paused) at both readings, in tile order.
 * A tile whose counter went down was re-created in between: the readings are not comparable.
 */
export function tileRates(before: TileReading[], after: TileReading[], seconds: number): TileRate[] {
  if (before.length !== after.length)
    throw new Error(`the wall had ${before.length} tiles, then ${after.length}`);
  if (!(seconds > 0)) throw new Error(`a measuring window must last, got ${seconds} s`);
  return after.flatMap((a, index) => {
    const b = before[index];
    if (a.state === 'paused' || b.state === 'paused') return [];
    if (a.frames < b.frames) throw new Error(`tile ${index + 1}'s frame counter went back`);
    return [{ index, fps: (a.frames - b.frames) / seconds, focused: a.focused, source: a.source }];
  });
}

/** The CDP `Performance.getMetrics` figures the page's costs are read from, all in seconds. */
export interface MainThreadReading {
  /** `TaskDuration`: wall time the renderer's main thread spent running tasks, cumulative. */
  taskSeconds: number;
  /** `DevToolsCommandDuration`: the part of it spent answering this benchmark's own CDP calls. */
  devtoolsSeconds: number;
  /** `ThreadTime`: CPU time of the main thread. */
  threadSeconds: number;
  /** `ProcessTime`: CPU time of the whole renderer process, workers and compositor included. */
  processSeconds: number;
  /** `Timestamp`: the monotonic clock the metrics were taken at. */
  timestamp: number;
}

/** The page's costs over one window, each as a fraction of the window's wall time. */
export interface PageCost {
  /** Main thread busy running tasks (the measure); waits for a core on a loaded machine count. */
  busy: number;
  /** Main thread on a CPU: what the page's own work costs, whatever else the machine runs. */
  mainCpu: number;
  /** The renderer's CPU on all its threads, in cores: what moving work to a worker does not save. */
  rendererCpu: number;
}

export function pageCost(before: MainThreadReading, after: MainThreadReading): PageCost {
  const wall = after.timestamp - before.timestamp;
  if (!(wall > 0)) throw new Error('the main-thread readings are not in time order');
  const delta = (k: keyof MainThreadReading) => after[k] - before[k];
  return {
    busy: (delta('taskSeconds') - delta('devtoolsSeconds')) / wall,
    mainCpu: delta('threadSeconds') / wall,
    rendererCpu: delta('processSeconds') / wall,
  };
}

/** Picks the figures out of a `Performance.getMetrics` answer. */
export function mainThreadReading(metrics: { name: string; value: number }[]): MainThreadReading {
  const get = (name: string) => {
    const m = metrics.find((x) => x.name === name);
    if (!m) throw new Error(`Chromium reported no ${name} metric`);
    return m.value;
  };
  return {
    taskSeconds: get('TaskDuration'),
    devtoolsSeconds: get('DevToolsCommandDuration'),
    threadSeconds: get('ThreadTime'),
    processSeconds: get('ProcessTime'),
    timestamp: get('Timestamp'),
  };
}

/**
 * Each visible streaming tile's drawn rate over the rate its camera sent at: 1 when the page
 * keeps up, lower when it skips frames (the worker hands on only the newest). Tiles whose camera
 * sent nothing are left out: there was nothing to keep up with.
 */
export function drawnOfSent(rates: TileRate[], sentFps: number[]): number[] {
  return rates.flatMap((r) => {
    const sent = sentFps[r.index];
    if (sent === undefined) throw new Error(`no camera rate for tile ${r.index + 1}`);
    return sent > 0 ? [r.fps / sent] : [];
  });
}
