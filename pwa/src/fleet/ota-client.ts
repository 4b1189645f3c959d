/**
 * The OTA calls device-ui's client does not have (`GET /api/ota`, `POST /api/ota/url`), made with
 * that client's address and login token (api/camera-client.ts) so a camera's one login serves all.
 * The upload itself is the client's own `ota()` (XMLHttpRequest, for upload progress).
 * `cameraOta()` bundles what fleet/update-camera.ts needs.
 */
import type { Api } from '@device-ui/api/client.ts';
import { ApiError, errorFromBody } from '@device-ui/api/errors.ts';
import { PROBE_TIMEOUT_MS } from '../api/camera-client.ts';
import type { OtaSnapshot } from './progress.ts';
import { loadAppImage } from './releases.ts';
import type { CameraOta } from './update-camera.ts';

async function call<T>(api: Api, method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(api.url(path), {
      method,
      cache: 'no-store',
      headers: body === undefined ? api.headers() : { ...api.headers(), 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
    throw new ApiError(0, timedOut ? 'timeout' : 'network', String(err));
  }
  const json = (res.headers.get('Content-Type') ?? '').includes('json')
    ? await res.json().catch(() => null)
    : null;
  if (!res.ok) throw errorFromBody(res.status, json);
  // A camera that restarts while answering cuts the body off: as good as no answer.
  if (json === null) throw new ApiError(0, 'network', 'the answer was cut off');
  return json as T;
}

export const getOta = (api: Api): Promise<OtaSnapshot> => call<OtaSnapshot>(api, 'GET', '/api/ota');

/** Asks the camera to download and install the release at `manifestUrl` itself (202 = started). */
export const startUrlOta = (api: Api, manifestUrl: URL): Promise<OtaSnapshot> =>
  call<OtaSnapshot>(api, 'POST', '/api/ota/url', { manifest: manifestUrl.href });

/** The calls an update makes on one camera, through its shared client (and login token). */
export function cameraOta(api: Api): CameraOta {
  return {
    getOta: () => getOta(api),
    startUrl: (manifestUrl) => startUrlOta(api, manifestUrl),
    upload: (image, progress) =>
      api.ota(new Blob([image as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }), progress),
    version: async () => (await api.info()).firmware.version,
    loadImage: loadAppImage,
  };
}
