export type ViewMode = 'mjpeg' | 'snapshots' | 'paused';

export interface ViewInputs {
  paused: boolean;
  /** The tab is in the background: showing nothing frees the camera's few stream slots. */
  hidden: boolean;
  /** The stream needs credentials an <img> cannot send (a password is set, public viewing off). */
  needsAuth: boolean;
  /** The MJPEG <img> failed, e.g. 503 when the camera already serves its maximum of streams. */
  mjpegFailed: boolean;
}

/**
 * How the live view gets its pictures. MJPEG in an <img> is cheapest, but cannot carry the login
 * token (and a 401 would pop the browser's password dialog), so then snapshots fetched with the
 * token are shown one after another instead.
 */
export function viewMode(v: ViewInputs): ViewMode {
  if (v.paused || v.hidden) return 'paused';
  return v.needsAuth || v.mjpegFailed ? 'snapshots' : 'mjpeg';
}
