/** What the wall page and a tile's worker (tile-worker.ts) say to each other. */

/**
 * How a frame reaches the page: decoded to an ImageBitmap in the worker and transferred, or as
 * the JPEG Blob for the page to turn into one. Chromium decodes off the main thread either way;
 * the Blob path still costs the main thread 10–35 % more CPU (the stream-wall benchmark, a 15 fps
 * SVGA stream, paired Blob ÷ ImageBitmap ratios of 1.1–1.35× over four runs; about 3 % of the main
 * thread either way), so the wall uses `bitmap`. `blob` stays selectable (`?mjpeg-delivery=blob`) so the benchmark keeps
 * comparing the two.
 */
export type FrameDelivery = 'bitmap' | 'blob';

/**
 * How either side decodes a frame: turned as its EXIF orientation says, which is how a camera
 * with `camera.rotation` set marks its JPEGs (it never turns the pixels), so the canvas shows what
 * an `<img>` of the same JPEG shows. Current Chromium turns it whatever this says; it is spelled
 * out for browsers that follow the older spec, whose default drew the pixels as stored.
 */
export const DECODE_TURNED: ImageBitmapOptions = { imageOrientation: 'from-image' };

/** What a tile's worker fetches: the camera's MJPEG stream, or its snapshots at `fps`. */
export type WorkerJob = { kind: 'stream'; url: string } | { kind: 'snapshots'; url: string; fps: number };

export type ToWorker =
  | { type: 'start'; job: WorkerJob; delivery: FrameDelivery }
  /** The page drew the last frame: the worker may send the next (only the newest is kept). */
  | { type: 'drawn' };

export type FromWorker =
  | { type: 'frame'; image: ImageBitmap | Blob }
  /** A request failed or the stream ended; the worker tries again in `retryMs`. */
  | { type: 'failure'; message: string; retryMs: number }
  /**
   * The camera answers but will not serve this page's scripts (an HTTP error, not MJPEG or JPEG,
   * or no CORS for this origin): the worker stops, and the tile shows the camera another way.
   */
  | { type: 'refused'; message: string };
