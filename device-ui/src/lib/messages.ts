import { ApiError } from '../api/errors.ts';
import type { UploadAttempt, UploadStatus } from '../api/types.ts';
import { fmt, t } from '../i18n/index.ts';
import { duration, when } from './format.ts';

/** The sentence to show for a failed call: ours for transport codes, else the server's own words. */
export function errorText(e: unknown): string {
  if (!(e instanceof ApiError)) return fmt(t.apiError, { msg: String(e) });
  return t.err[e.code] ?? fmt(t.apiError, { msg: e.message });
}

/** Server validation messages keyed by setting; a single `field` counts when `fields` is empty. */
export function fieldErrors(e: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(e instanceof ApiError)) return out;
  for (const f of e.fields) out[f.field] = f.message;
  if (e.field && !out[e.field]) out[e.field] = e.message;
  return out;
}

/** A Prusa Connect failure in words: known codes get advice, others the camera's own sentence. */
export const uploadErrorText = (a: UploadAttempt) => t.uploadErr[a.code] ?? a.message;

/**
 * The uploader's state in words: what it does now, the last success (as a time, or how long ago
 * while the camera's clock is unset), and why the last attempt failed.
 */
export function uploadLines(up: UploadStatus, uptime: number): string[] {
  const ok = up.last_success;
  const last = up.last_attempt;
  return [
    fmt(t.upState[up.state] ?? up.state, {
      why: up.problem ?? '',
      d: duration(up.next_attempt_in_s ?? 0),
    }),
    ok
      ? fmt(t.lastUpload, { when: ok.at ? when(ok.at) : fmt(t.ago, { d: duration(uptime - ok.uptime_s) }) })
      : t.never,
    last && !last.ok ? uploadErrorText(last) : '',
  ];
}
