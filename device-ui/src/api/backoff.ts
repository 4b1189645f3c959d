/** First retry soon: a camera that restarts is usually back within a few seconds. */
const FIRST_MS = 500;
/** Never wait longer than this, so a camera that comes back is seen within half a minute. */
const MAX_MS = 30_000;

/** Delay before reconnect attempt `n` (0-based): doubling from FIRST_MS, capped at MAX_MS. */
export const backoffMs = (n: number) => Math.min(MAX_MS, FIRST_MS * 2 ** Math.min(n, 16));
