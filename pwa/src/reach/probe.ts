/**
 * Decides what is at an address from what the browser saw when it asked for /api/info. The
 * fetching is in api/camera-client.ts; this is pure so every case is tested in Node.
 */
import { type CameraInfo, isApiErrorBody, isCameraInfo } from '../api/types.ts';
import type { BrowserReach } from './browser.ts';

/** The oldest device API this app works with (firmware/API.md "v1"). */
export const MIN_API_VERSION = 1;

/** What the browser saw. `failed` is a fetch that threw (network error, CORS, blocked). */
export type ProbeObservation =
  | { type: 'response'; status: number; contentType: string; body: string }
  | { type: 'failed'; answersWithoutCors: boolean }
  | { type: 'timeout' };

export interface ProbeContext {
  online: boolean;
  reach: BrowserReach;
  /** The request was https page → http camera. */
  mixedContent: boolean;
  /** The Local Network Access permission, where the browser has one. */
  lna: 'granted' | 'denied' | 'prompt' | 'unsupported';
}

export type UnreachableReason = 'offline' | 'lna-denied' | 'mixed-content' | 'no-answer' | 'timeout';

export type ProbeOutcome =
  | { kind: 'printcam'; info: CameraInfo }
  | { kind: 'needs-login' }
  | { kind: 'old-firmware'; api?: number; version?: string }
  | { kind: 'not-printcam'; detail: string }
  | { kind: 'unreachable'; reason: UnreachableReason };

export function classifyProbe(seen: ProbeObservation, ctx: ProbeContext): ProbeOutcome {
  if (seen.type === 'timeout') return { kind: 'unreachable', reason: ctx.online ? 'timeout' : 'offline' };
  if (seen.type === 'failed') return classifyFailure(seen.answersWithoutCors, ctx);
  const body = parseJson(seen.body);
  if (seen.status === 200) {
    if (isCameraInfo(body)) {
      return body.api >= MIN_API_VERSION
        ? { kind: 'printcam', info: body }
        : { kind: 'old-firmware', api: body.api, version: body.firmware.version };
    }
    return { kind: 'not-printcam', detail: describeBody(seen.contentType) };
  }
  if (isApiErrorBody(body)) {
    if (seen.status === 401) return { kind: 'needs-login' };
    // A printcam error body for /api/info itself: firmware from before the API existed.
    if (seen.status === 404) return { kind: 'old-firmware' };
  }
  return { kind: 'not-printcam', detail: `it answered ${seen.status} ${describeBody(seen.contentType)}` };
}

function classifyFailure(answersWithoutCors: boolean, ctx: ProbeContext): ProbeOutcome {
  // Something answered, but not with the CORS headers every printcam API answer carries.
  if (answersWithoutCors) {
    return { kind: 'not-printcam', detail: 'it answers, but does not let apps read its answers (no CORS)' };
  }
  if (!ctx.online) return { kind: 'unreachable', reason: 'offline' };
  if (ctx.lna === 'denied') return { kind: 'unreachable', reason: 'lna-denied' };
  if (ctx.mixedContent && ctx.reach !== 'lna') return { kind: 'unreachable', reason: 'mixed-content' };
  return { kind: 'unreachable', reason: 'no-answer' };
}

function describeBody(contentType: string): string {
  const type = contentType.split(';')[0].trim();
  return type ? `with ${type} instead of camera information` : 'without camera information';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
