import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { createApi } from './client.ts';
import { ApiError } from './errors.ts';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

/** Replaces fetch with one answering from `answer`, recording every request. */
function fake(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer(url, init);
  }) as typeof fetch;
  return calls;
}
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

test('calls go to the base URL with the client header, and the token once logged in', async () => {
  const calls = fake((url) =>
    url.endsWith('/api/login') ? json(200, { token: 'T1', expires_s: 60 }) : json(200, {}),
  );
  const api = createApi('http://cam.local');
  await api.status();
  assert.equal(calls[0].url, 'http://cam.local/api/status');
  assert.deepEqual(calls[0].init.headers, { 'X-Requested-With': 'printcam' });
  await api.login('pw');
  assert.equal(calls[1].init.body, '{"password":"pw"}');
  assert.equal(api.authed, true);
  await api.status();
  assert.equal((calls[2].init.headers as Record<string, string>).Authorization, 'Bearer T1');
});

test('a PATCH sends JSON and a 400 becomes an ApiError carrying the server code and fields', async () => {
  const fields = [{ field: 'camera.quality', code: 'out_of_range', message: 'Must be 4 to 63' }];
  const calls = fake(() =>
    json(400, { error: { code: 'invalid_settings', message: 'Invalid', field: 'camera.quality', fields } }),
  );
  const err = await createApi()
    .patch({ 'camera.quality': 99 })
    .catch((e: unknown) => e);
  assert.equal(calls[0].init.method, 'PATCH');
  assert.equal(calls[0].init.body, '{"camera.quality":99}');
  assert.ok(err instanceof ApiError);
  assert.equal(err.status, 400);
  assert.equal(err.code, 'invalid_settings');
  assert.equal(err.field, 'camera.quality');
  assert.deepEqual(err.fields, fields);
});

test('a 401 reports itself to the app, and a non-JSON error still has a code', async () => {
  let told = 0;
  fake(() => new Response('nope', { status: 401 }));
  const err = await createApi('', { onUnauthorized: () => told++ })
    .info()
    .catch((e: unknown) => e);
  assert.equal(told, 1);
  assert.ok(err instanceof ApiError && err.code === 'http_401');
});

test('no answer is a network error, a slow answer a timeout', async () => {
  fake(() => Promise.reject(new TypeError('Failed to fetch')));
  const net = await createApi()
    .status()
    .catch((e: unknown) => e);
  assert.ok(net instanceof ApiError && net.code === 'network' && net.status === 0);
  fake(
    (_, init) =>
      new Promise((_ok, fail) =>
        init.signal?.addEventListener('abort', () => fail(new DOMException('x', 'AbortError'))),
      ),
  );
  const slow = await createApi('', { timeoutMs: 5 })
    .status()
    .catch((e: unknown) => e);
  assert.ok(slow instanceof ApiError && slow.code === 'timeout');
});

test('a call cancelled by its caller rejects with the AbortError, not an ApiError', async () => {
  fake(
    (_, init) =>
      new Promise((_ok, fail) =>
        init.signal?.addEventListener('abort', () => fail(new DOMException('x', 'AbortError'))),
      ),
  );
  const ctl = new AbortController();
  const p = createApi().status(ctl.signal);
  ctl.abort();
  const err = await p.catch((e: unknown) => e);
  assert.ok(err instanceof DOMException && err.name === 'AbortError');
});

test('extra fetch options reach every call without replacing the client own ones', async () => {
  const calls = fake(() => json(200, {}));
  const api = createApi('http://cam.local', { init: { targetAddressSpace: 'local', credentials: 'omit' } });
  await api.patch({ 'system.name': 'x' });
  await api.blob('/snapshot.jpg');
  for (const { init } of calls) {
    assert.equal((init as { targetAddressSpace?: string }).targetAddressSpace, 'local');
    assert.equal(init.credentials, 'omit');
    assert.equal(init.cache, 'no-store');
  }
  assert.equal(calls[0].init.method, 'PATCH');
  assert.equal(calls[0].init.body, '{"system.name":"x"}');
});

test('401 listeners added to a client are called until they remove themselves', async () => {
  fake(() => new Response('', { status: 401 }));
  const api = createApi();
  let told = 0;
  const off = api.onUnauthorized(() => told++);
  await api.status().catch(() => {});
  off();
  await api.status().catch(() => {});
  assert.equal(told, 1);
});

test("the page's early request answers the first call to its path; later calls fetch afresh", async () => {
  const calls = fake(() => json(200, { name: 'fetched' }));
  const holder = globalThis as { pcEarly?: Record<string, Promise<Response> | undefined> };
  holder.pcEarly = { '/api/info': Promise.resolve(json(200, { name: 'early' })) };
  try {
    const api = createApi();
    assert.deepEqual(await api.info(), { name: 'early' });
    assert.equal(calls.length, 0);
    assert.deepEqual(await api.info(), { name: 'fetched' });
    assert.equal(calls.length, 1);
  } finally {
    holder.pcEarly = undefined;
  }
});

test('an early request that never answers times out like any other call', async () => {
  fake(() => json(200, {}));
  const holder = globalThis as { pcEarly?: Record<string, Promise<Response> | undefined> };
  holder.pcEarly = { '/api/status': new Promise<Response>(() => {}) };
  try {
    const err = await createApi('', { timeoutMs: 20 })
      .status()
      .catch((e: unknown) => e);
    assert.ok(err instanceof ApiError);
    assert.equal(err.code, 'timeout');
  } finally {
    holder.pcEarly = undefined;
  }
});

test('each camera keeps its own login token: a client for another camera does not start with it', async () => {
  const saved = new Map<string, string>();
  const holder = globalThis as { sessionStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> };
  holder.sessionStorage = {
    getItem: (k) => saved.get(k) ?? null,
    setItem: (k, v) => saved.set(k, v),
    removeItem: (k) => saved.delete(k),
  };
  try {
    fake(() => json(200, { token: 'TA', expires_s: 60 }));
    await createApi('http://cam-a.local').login('pw');
    assert.equal(createApi('http://cam-a.local').authed, true);
    assert.equal(createApi('http://cam-b.local').authed, false);
    assert.equal(createApi().authed, false);
  } finally {
    holder.sessionStorage = undefined;
  }
});
