import { takeEarly } from './early.ts';
import { ApiError, errorFromBody } from './errors.ts';
import { subscribe } from './events.ts';
import type { Info, LogLine, Network, Peer, Schema, Status, Value, Values } from './types.ts';

/** Long enough for a camera busy capturing a frame, short enough that a dead link is reported. */
const TIMEOUT_MS = 8000;
/** The server skips its Basic-auth prompt for requests carrying this (API.md, auth). */
const CLIENT_HEADER = { 'X-Requested-With': 'printcam' };
/** The camera's own page keeps its token here (index.html's early script reads it too). */
const TOKEN_KEY = 'printcam.token';

/**
 * Extra fetch() options for every call. `targetAddressSpace: 'local'` is Chrome's Local Network
 * Access opt-in, which an https page (the PWA) needs to reach a camera's private address; lib.dom
 * does not know it yet.
 */
export type FetchInit = Omit<RequestInit, 'method' | 'headers' | 'body' | 'signal'> & {
  targetAddressSpace?: 'local' | 'loopback' | 'public';
};

export interface ApiOptions {
  /** Called on every 401, like listeners added later with `api.onUnauthorized`. */
  onUnauthorized?: () => void;
  timeoutMs?: number;
  /** Merged into every fetch() (firmware uploads go through XMLHttpRequest, which has no such options). */
  init?: FetchInit;
}

export type Api = ReturnType<typeof createApi>;

/**
 * The typed client for one camera. `base` is '' on the camera itself and the camera's origin
 * (`http://192.168.1.20`) in the PWA. The login token lives in memory; sessionStorage is only a
 * best-effort extra because the iOS captive mini-browser may refuse storage.
 */
export function createApi(base = '', opts: ApiOptions = {}) {
  // One key per camera: in the PWA, another camera's token would be refused by this one.
  const key = base ? `${TOKEN_KEY}@${base}` : TOKEN_KEY;
  let token = store(key);
  const unauthorized = new Set<() => void>();
  if (opts.onUnauthorized) unauthorized.add(opts.onUnauthorized);
  const told401 = () => {
    for (const f of unauthorized) f();
  };
  const headers = (): Record<string, string> =>
    token ? { ...CLIENT_HEADER, Authorization: `Bearer ${token}` } : CLIENT_HEADER;

  async function req<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), opts.timeoutMs ?? TIMEOUT_MS);
    const cancel = () => ctl.abort();
    signal?.addEventListener('abort', cancel);
    let res: Response;
    // Only anonymous: the early requests carry no token.
    const early = method === 'GET' && !token ? takeEarly(base + path) : undefined;
    try {
      res = await (early
        ? Promise.race([
            early,
            new Promise<never>((_, fail) =>
              ctl.signal.addEventListener('abort', () => fail(ctl.signal.reason)),
            ),
          ])
        : fetch(base + path, {
            cache: 'no-store',
            ...opts.init,
            method,
            headers: body === undefined ? headers() : { ...headers(), 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: ctl.signal,
          }));
    } catch (e) {
      if (signal?.aborted) throw e;
      throw new ApiError(0, ctl.signal.aborted ? 'timeout' : 'network', String(e));
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', cancel);
    }
    const json = (res.headers.get('Content-Type') || '').includes('json')
      ? await res.json().catch(() => null)
      : null;
    if (res.ok) return json as T;
    if (res.status === 401) told401();
    throw errorFromBody(res.status, json);
  }

  const get = <T>(path: string, signal?: AbortSignal) => req<T>('GET', path, undefined, signal);
  const post = <T = unknown>(path: string, body?: unknown) => req<T>('POST', path, body ?? {});

  return {
    base,
    url: (path: string) => base + path,
    headers,
    /** Calls `f` on every 401 until the returned function is called (the app's login screen). */
    onUnauthorized(f: () => void) {
      unauthorized.add(f);
      return () => {
        unauthorized.delete(f);
      };
    },
    get authed() {
      return Boolean(token);
    },
    info: (s?: AbortSignal) => get<Info>('/api/info', s),
    status: (s?: AbortSignal) => get<Status>('/api/status', s),
    schema: () => get<Schema>('/api/schema'),
    settings: () => get<{ values: Values }>('/api/settings'),
    patch: (changes: Record<string, Value>) =>
      req<{ values: Values; reboot_required: boolean }>('PATCH', '/api/settings', changes),
    scan: () => get<{ networks: Network[] }>('/api/wifi/scan'),
    logs: () => get<{ lines: LogLine[] }>('/api/logs'),
    peers: () => get<{ peers: Peer[] }>('/api/peers'),
    reboot: () => post('/api/reboot'),
    factoryReset: () => post('/api/factory-reset', { confirm: 'factory-reset' }),
    uploadNow: () => post('/api/connect/upload'),
    async login(password: string) {
      const r = await post<{ token: string; expires_s: number }>('/api/login', { password });
      token = store(key, r.token);
    },
    logout() {
      post('/api/logout').catch(() => {});
      token = store(key, '');
    },
    /** Fetches a binary resource with the credentials an <img> could not send. */
    async blob(path: string): Promise<Blob> {
      const res = await fetch(base + path, { cache: 'no-store', ...opts.init, headers: headers() });
      if (!res.ok) throw errorFromBody(res.status, null);
      return res.blob();
    },
    events: (on: Record<string, (data: unknown) => void>, up: (connected: boolean) => void) =>
      subscribe(`${base}/api/events`, headers, on, up, opts.init, told401),
    ota: (file: Blob, progress: (fraction: number) => void) =>
      sendFile(`${base}/api/ota`, file, headers(), progress),
  };
}

/**
 * Uploads a file with progress. XMLHttpRequest, because fetch() reports no upload progress in
 * Safari or Firefox.
 */
function sendFile(url: string, file: Blob, hdrs: Record<string, string>, progress: (f: number) => void) {
  return new Promise<void>((ok, fail) => {
    const x = new XMLHttpRequest();
    x.open('POST', url);
    for (const k in hdrs) x.setRequestHeader(k, hdrs[k]);
    x.upload.onprogress = (e) => e.lengthComputable && progress(e.loaded / e.total);
    x.onload = () => {
      if (x.status < 300) return ok();
      let body: unknown = null;
      try {
        body = JSON.parse(x.responseText);
      } catch {}
      fail(errorFromBody(x.status, body));
    };
    // A camera that reboots as soon as the image is accepted may cut the answer off.
    x.onerror = () => fail(new ApiError(0, 'network', 'network'));
    x.send(file);
  });
}

/** Reads or writes the token in sessionStorage, ignoring a browser that refuses storage. */
function store(key: string, value?: string): string {
  try {
    if (value === undefined) return sessionStorage.getItem(key) || '';
    if (value) sessionStorage.setItem(key, value);
    else sessionStorage.removeItem(key);
  } catch {}
  return value || '';
}
