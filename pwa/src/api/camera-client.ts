/**
 * The one module that talks to cameras. Everything else asks it. When device-ui's typed client
 * (`createApi(baseUrl)`) lands, its internals switch to that client and nothing else changes.
 */
import { isLoopbackPage, isMixedContent } from '../reach/browser.ts';
import type { ProbeObservation } from '../reach/probe.ts';
import { type CameraInfo, type CameraPeer, type CameraStatus, isCameraInfo } from './types.ts';

/** A camera on Wi-Fi answers in well under a second; a dead IP makes the browser wait far longer. */
export const PROBE_TIMEOUT_MS = 6000;

/** Chrome's fetch option that declares a local target (LNA, embedded-ui.md §7); not in lib.dom yet. */
interface LocalRequestInit extends RequestInit {
  targetAddressSpace?: 'local';
}

function init(origin: string, signal: AbortSignal, extra: RequestInit = {}): LocalRequestInit {
  const base: LocalRequestInit = { ...extra, signal, cache: 'no-store' };
  // From an https page, declaring the target local lets Chrome ask for (and then allow) the
  // request to an http camera by name, which mixed-content rules would block otherwise.
  if (isMixedContent(location.href, origin) && !isLoopbackPage(location.href))
    base.targetAddressSpace = 'local';
  return base;
}

function withTimeout(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const timeout = AbortSignal.timeout(ms);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

/** Asks `/api/info` and reports what the browser saw, for reach/probe.ts to classify. */
export async function observeInfo(origin: string, signal?: AbortSignal): Promise<ProbeObservation> {
  const s = withTimeout(signal, PROBE_TIMEOUT_MS);
  try {
    const res = await fetch(`${origin}/api/info`, init(origin, s));
    return {
      type: 'response',
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      body: await res.text(),
    };
  } catch (err) {
    signal?.throwIfAborted();
    if (err instanceof DOMException && err.name === 'TimeoutError') return { type: 'timeout' };
    return { type: 'failed', answersWithoutCors: await answersWithoutCors(origin, s) };
  }
}

/** An opaque (no-cors) request succeeds when any web server answers, whatever its CORS headers. */
async function answersWithoutCors(origin: string, signal: AbortSignal): Promise<boolean> {
  try {
    await fetch(`${origin}/`, init(origin, signal, { mode: 'no-cors' }));
    return true;
  } catch {
    return false;
  }
}

async function getJson(origin: string, path: string, signal?: AbortSignal): Promise<unknown> {
  const res = await fetch(`${origin}${path}`, init(origin, withTimeout(signal, PROBE_TIMEOUT_MS)));
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return res.json();
}

export async function getInfo(origin: string, signal?: AbortSignal): Promise<CameraInfo> {
  const body = await getJson(origin, '/api/info', signal);
  if (!isCameraInfo(body)) throw new Error('/api/info did not describe a printcam camera');
  return body;
}

export async function getStatus(origin: string, signal?: AbortSignal): Promise<CameraStatus> {
  return (await getJson(origin, '/api/status', signal)) as CameraStatus;
}

export async function getPeers(origin: string, signal?: AbortSignal): Promise<CameraPeer[]> {
  const body = (await getJson(origin, '/api/peers', signal)) as { peers?: unknown };
  return Array.isArray(body.peers) ? (body.peers as CameraPeer[]) : [];
}

/** A fresh-frame URL; `nonce` defeats every cache between here and the camera. */
export function snapshotUrl(origin: string, nonce: number): string {
  return `${origin}/snapshot.jpg?t=${nonce}`;
}

export function streamUrl(origin: string): string {
  return `${origin}/stream.mjpg`;
}
