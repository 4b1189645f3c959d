/**
 * How an image reaches a camera: the camera downloads it itself (OTA from URL, no load on this
 * device or its link) when it can reach the address, else this device uploads the bytes. Pure.
 */
import type { Method } from './progress.ts';

/** The screen's choice: let the app decide, or force one way. */
export type MethodChoice = 'auto' | Method;

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Whether a camera at `cameraOrigin` can download `imageUrl`. It cannot when the address is this
 * computer's own loopback (the app served from localhost) unless the camera runs on this computer
 * too (the simulated camera), nor over https when it is the simulated camera (plain http only,
 * API.md §OTA); a real camera checks https with its certificate bundle.
 */
export function cameraCanReach(imageUrl: URL, cameraOrigin: string): boolean {
  const camera = new URL(cameraOrigin);
  const cameraLocal = LOOPBACK.test(camera.hostname);
  if (imageUrl.protocol !== 'http:' && imageUrl.protocol !== 'https:') return false;
  if (LOOPBACK.test(imageUrl.hostname) && !cameraLocal) return false;
  if (imageUrl.protocol === 'https:' && cameraLocal) return false;
  return true;
}

export function chooseMethod(choice: MethodChoice, imageUrl: URL, cameraOrigin: string): Method {
  if (choice !== 'auto') return choice;
  return cameraCanReach(imageUrl, cameraOrigin) ? 'url' : 'upload';
}

/**
 * Refusals that mean "the camera could not get or read the file", not "the file is bad": with
 * "auto" the app then uploads the same image itself.
 */
const FALLBACK_CODES = new Set(['download_failed', 'invalid_url', 'bad_manifest']);

export const shouldFallBack = (choice: MethodChoice, code: string | undefined): boolean =>
  choice === 'auto' && code !== undefined && FALLBACK_CODES.has(code);
