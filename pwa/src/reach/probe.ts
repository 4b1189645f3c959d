/**
 * Decides what is at an address from what the browser saw when it asked for /api/info. The
 * fetching is in api/camera-client.ts; this is pure so every case is tested in Node.
 */
import type { Info } from '@device-ui/api/index.ts';
import { isCameraInfo } from '../api/shapes.ts';
import type { BrowserReach } from './browser.ts';

/** The oldest device API this app works with (firmware/API.md "v1"). */
export const MIN_API_VERSION = 1;

/**
 * What the browser saw: a 2xx answer's parsed JSON (null when it was not JSON), an error status
 * and whether its body was a printcam error, a fetch that threw (network error, CORS, blocked),
 * or no answer in time.
 */
export type ProbeObservation =
  | { type: 'info'; body: unknown }
  | { type: 'error'; status: number; printcamError: boolean }
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
  | { kind: 'printcam'; info: Info }
  | { kind: 'needs-login' }
  | { kind: 'old-firmware'; api?: number; version?: string }
  | { kind: 'not-printcam'; detail: string }
  | { kind: 'unreachable'; reason: UnreachableReason };

export function classifyProbe(seen: ProbeObservation, ctx: ProbeContext): ProbeOutcome {
  if (seen.type === 'timeout') return { kind: 'unreachable', reason: ctx.online ? 'timeout' : 'offline' };
  if (seen.type === 'failed') return classifyFailure(seen.answersWithoutCors, ctx);
  if (seen.type === 'info') {
    const body = seen.body;
    if (isCameraInfo(body)) {
      return body.api >= MIN_API_VERSION
        ? { kind: 'printcam', info: body }
        : { kind: 'old-firmware', api: body.api, version: body.firmware.version };
    }
    return { kind: 'not-printcam', detail: 'it answered without camera information' };
  }
  if (seen.printcamError) {
    if (seen.status === 401) return { kind: 'needs-login' };
    // A printcam error body for /api/info itself: firmware from before the API existed.
    if (seen.status === 404) return { kind: 'old-firmware' };
  }
  return { kind: 'not-printcam', detail: `it answered ${seen.status} without camera information` };
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
