/**
 * The one module that talks to cameras: device-ui's typed client (`createApi`), one per camera,
 * plus what that client cannot do (an opaque probe, image URLs). Everything else asks here.
 */
import {
  type Api,
  ApiError,
  createApi,
  type Info,
  isAbort,
  type Peer,
  type Status,
} from '@device-ui/api/index.ts';
import type { ProbeObservation } from '../reach/probe.ts';

/** A camera on Wi-Fi answers in well under a second; a dead IP makes the browser wait far longer. */
export const PROBE_TIMEOUT_MS = 6000;

const clients = new Map<string, Api>();

/** The API client for a camera, shared by every screen that shows it (one login token each). */
export function apiFor(origin: string): Api {
  let api = clients.get(origin);
  if (!api) {
    api = createApi(origin, { timeoutMs: PROBE_TIMEOUT_MS });
    clients.set(origin, api);
  }
  return api;
}

/** Asks `/api/info` and reports what the browser saw, for reach/probe.ts to classify. */
export async function observeInfo(origin: string, signal?: AbortSignal): Promise<ProbeObservation> {
  try {
    return { type: 'info', body: await apiFor(origin).info(signal) };
  } catch (err) {
    if (isAbort(err) || signal?.aborted) throw err;
    if (!(err instanceof ApiError)) throw err;
    if (err.code === 'timeout') return { type: 'timeout' };
    if (err.status === 0)
      return { type: 'failed', answersWithoutCors: await answersWithoutCors(origin, signal) };
    // The client names the server's error code when the body was the contract's JSON.
    return { type: 'error', status: err.status, printcamError: err.code !== `http_${err.status}` };
  }
}

/** An opaque (no-cors) request succeeds when any web server answers, whatever its CORS headers. */
async function answersWithoutCors(origin: string, signal?: AbortSignal): Promise<boolean> {
  const timeout = AbortSignal.timeout(PROBE_TIMEOUT_MS);
  try {
    await fetch(`${origin}/`, {
      mode: 'no-cors',
      cache: 'no-store',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    return true;
  } catch {
    return false;
  }
}

export const getInfo = (origin: string, signal?: AbortSignal): Promise<Info> => apiFor(origin).info(signal);
export const getStatus = (origin: string, signal?: AbortSignal): Promise<Status> =>
  apiFor(origin).status(signal);
export async function getPeers(origin: string): Promise<Peer[]> {
  const body = await apiFor(origin).peers();
  return Array.isArray(body?.peers) ? body.peers : [];
}

/** A fresh-frame URL; `nonce` defeats every cache between here and the camera. */
export function snapshotUrl(origin: string, nonce: number): string {
  return `${origin}/snapshot.jpg?t=${nonce}`;
}

export function streamUrl(origin: string): string {
  return `${origin}/stream.mjpg`;
}
