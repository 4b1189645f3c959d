/** What the wall page and its MJPEG worker (mjpeg-worker.ts) say to each other. */

/**
 * How a frame reaches the page: decoded to an ImageBitmap in the worker and transferred, or as
 * the JPEG Blob for the page to decode. The wall uses `bitmap`: it costs the main thread less
 * (figures in e2e/bench/results, stream-wall); `blob` stays selectable to keep measuring it.
 */
export type FrameDelivery = 'bitmap' | 'blob';

export type ToWorker =
  | { type: 'start'; url: string; delivery: FrameDelivery }
  /** The page drew the last frame: the worker may send the next (only the newest is kept). */
  | { type: 'drawn' };

export type FromWorker =
  | { type: 'frame'; image: ImageBitmap | Blob }
  /** The stream failed or ended; the worker tries again in `retryMs`. */
  | { type: 'failure'; message: string; retryMs: number }
  /**
   * The camera answers but will not stream to this page (an HTTP error, not MJPEG, or no CORS
   * for this origin): the worker stops, and the tile shows the stream another way.
   */
  | { type: 'refused'; message: string };
