import type { FieldError } from './types.ts';

/**
 * Every failure of an API call, typed. `code` is the server's error code when it sent one,
 * else `network` (no answer at all), `timeout`, or `http_<status>`; `status` is 0 without an answer.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
  }
}

/** Builds the error from a non-2xx answer whose body may or may not be the contract's JSON. */
export function errorFromBody(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: string; message?: string; field?: string; fields?: FieldError[] } })
    ?.error;
  return new ApiError(
    status,
    e?.code || `http_${status}`,
    e?.message || `HTTP ${status}`,
    e?.field,
    Array.isArray(e?.fields) ? e.fields : [],
  );
}

/** True for a deliberate cancel, which the UI ignores quietly. */
export const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
