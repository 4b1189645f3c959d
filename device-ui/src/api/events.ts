import { backoffMs } from './backoff.ts';
import { createSseParser } from './sse-parser.ts';

/**
 * The camera sends a `status` event every few seconds; this much silence means the link is gone
 * (a camera that lost power never closes its socket), so the stream is dropped and reopened.
 */
const SILENCE_MS = 30_000;

/**
 * Follows /api/events until the returned function is called, reconnecting with backoff after any
 * drop. fetch() rather than EventSource, because EventSource cannot send the Authorization header.
 * `up` reports after each attempt whether the camera answered.
 */
export function subscribe(
  url: string,
  headers: () => Record<string, string>,
  on: Record<string, (data: unknown) => void>,
  up: (connected: boolean) => void,
  init?: RequestInit,
  /** Called on a 401: the camera restarted and forgot its sessions, or the password changed. */
  denied?: () => void,
): () => void {
  let ctl: AbortController | undefined;
  let stopped = false;
  let failures = 0;
  const emit = (type: string, data: string) => {
    try {
      on[type]?.(JSON.parse(data));
    } catch {}
  };

  async function once() {
    if (stopped) return;
    ctl = new AbortController();
    let watchdog = setTimeout(() => ctl?.abort(), SILENCE_MS);
    // Answered with an HTTP error (503 beyond its stream limit, 401): the camera is there, only
    // its event stream is not, so it is not reported as gone.
    let refused = false;
    try {
      const res = await fetch(url, { cache: 'no-store', ...init, headers: headers(), signal: ctl.signal });
      if (res.status === 401) denied?.();
      refused = !res.ok;
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      failures = 0;
      up(true);
      const reader = res.body.getReader();
      const text = new TextDecoder();
      const feed = createSseParser(emit);
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        clearTimeout(watchdog);
        watchdog = setTimeout(() => ctl?.abort(), SILENCE_MS);
        feed(text.decode(value, { stream: true }));
      }
    } catch {}
    clearTimeout(watchdog);
    if (stopped) return;
    up(refused);
    setTimeout(once, backoffMs(failures++));
  }

  once();
  return () => {
    stopped = true;
    ctl?.abort();
  };
}
