/**
 * fetch() for the wall's worker, telling a camera that is off from one that answers but will not
 * let this page's scripts read it. Shared by the stream and snapshot loops.
 */

/** How long the reachability probe after a failed request may take. */
const PROBE_TIMEOUT_MS = 6_000;

/** The camera answered, but not with something this page may read: trying again will not help. */
export class Refused extends Error {}

export interface FetchDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  sleep: (ms: number) => Promise<void>;
}

/**
 * fetch() fails the same way for a camera that is off and for one that does not let this origin
 * read it (CORS). Until the camera has answered once (`answeredBefore`), an opaque request tells
 * them apart: it succeeds whenever a web server answers at all.
 */
export async function fetchFromCamera(
  url: string,
  init: RequestInit,
  deps: FetchDeps,
  answeredBefore: boolean,
): Promise<Response> {
  try {
    return await deps.fetch(url, { ...init, cache: 'no-store' });
  } catch (err) {
    if (answeredBefore || init.signal?.aborted) throw err;
    const answers = await deps
      .fetch(new URL('/', url).href, {
        mode: 'no-cors',
        cache: 'no-store',
        signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
      })
      .then(
        () => true,
        () => false,
      );
    if (answers) throw new Refused('the camera does not let this app read it (allowed web origins)');
    throw new Error('the camera does not answer');
  }
}
