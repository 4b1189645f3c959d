import { ApiError } from '../api/errors.ts';
import { fmt, t } from '../i18n/index.ts';

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

/** A Prusa Connect failure in words: known codes get advice, others the camera's message. */
export function uploadErrorText(err: { code: string; message?: string }): string {
  return t.uploadErr[err.code] ?? err.message ?? err.code;
}
