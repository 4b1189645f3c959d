/** What the wall page and its MJPEG worker (mjpeg-worker.ts) say to each other. */

/**
 * How a frame reaches the page: decoded to an ImageBitmap in the worker and transferred, or as
 * the JPEG Blob for the page to turn into one. Chromium decodes off the main thread either way;
 * the Blob path still costs the main thread about a quarter more CPU per frame (the stream-wall
 * benchmark, a 15 fps SVGA stream: 3.6 % against 2.8 %), so the wall uses `bitmap`. `blob` stays
 * selectable (`?mjpeg-delivery=blob`) so the benchmark keeps comparing the two.
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
