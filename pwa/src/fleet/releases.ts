/**
 * Finds the newest release per board among the firmware bundled with the app (the same
 * `firmware/index.json` the flasher reads and the service worker precaches, so it works offline),
 * the build's release feed, and an address the person entered; fetches an app image for upload.
 */
import { checkPart } from '../flasher/firmware.ts';
import { parseManifest } from '../flasher/manifest.ts';
import { appUrl, newestPerBoard, type Release, readSource } from './release-source.ts';

/** Set at build time (PRINTCAM_FIRMWARE_FEED), as for the flasher: an index of newer releases, or "". */
declare const __PRINTCAM_FIRMWARE_FEED__: string;
const FEED = typeof __PRINTCAM_FIRMWARE_FEED__ === 'string' ? __PRINTCAM_FIRMWARE_FEED__ : '';

export interface ReleaseSource {
  url: URL;
  label: string;
  /** Needs the network (not precached): skipped while this device is offline. */
  online: boolean;
}

export interface ReleaseList {
  releases: Map<string, Release>;
  /** One sentence per source that could not be read; a missing bundle is not a problem. */
  problems: string[];
}

/** Where to look: the bundle always, the feed and the person's address when given. */
export function releaseSources(extra: string): ReleaseSource[] {
  const sources = [
    { url: new URL('firmware/index.json', document.baseURI), label: 'bundled with the app', online: false },
  ];
  if (FEED) sources.push({ url: new URL(FEED), label: 'latest release online', online: true });
  if (extra) sources.push({ url: new URL(extra), label: extra, online: true });
  return sources;
}

async function fetchJson(url: URL): Promise<unknown> {
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new Error('it is not JSON');
  }
}

async function readReleases(source: ReleaseSource): Promise<Release[]> {
  const content = readSource(await fetchJson(source.url), source.url);
  if (content.kind === 'manifest') {
    return [{ manifest: content.manifest, manifestUrl: source.url, source: source.label }];
  }
  return Promise.all(
    content.manifests.map(async (url) => ({
      manifest: parseManifest(await fetchJson(url)),
      manifestUrl: url,
      source: source.label,
    })),
  );
}

export async function loadReleases(sources: ReleaseSource[]): Promise<ReleaseList> {
  const problems: string[] = [];
  const found: Release[] = [];
  for (const source of sources) {
    if (source.online && !navigator.onLine) {
      problems.push(`${source.label}: skipped, this device is offline.`);
      continue;
    }
    try {
      found.push(...(await readReleases(source)));
    } catch (err) {
      // A copy of the app built without firmware has no index (a 404, or the host's page for any
      // unknown path); that is not worth a warning.
      if (!source.online && err instanceof Error && /^(HTTP 404|it is not JSON)$/.test(err.message)) continue;
      const why =
        err instanceof TypeError ? 'it could not be fetched' : String((err as Error).message ?? err);
      problems.push(`${source.label}: ${why}.`);
    }
  }
  return { releases: newestPerBoard(found), problems };
}

const images = new Map<string, Promise<Uint8Array>>();

/** The app image, checked against the manifest's SHA-256, fetched once for every camera. */
export function loadAppImage(release: Release): Promise<Uint8Array> {
  const url = appUrl(release).href;
  let image = images.get(url);
  if (!image) {
    image = fetch(url)
      .then((res) => {
        if (!res.ok)
          throw new Error(`${release.manifest.app.path} could not be downloaded (HTTP ${res.status}).`);
        return res.arrayBuffer();
      })
      .then((buf) => checkPart(release.manifest.app, new Uint8Array(buf)));
    // A failed download is tried again next time, not remembered.
    image.catch(() => images.delete(url));
    images.set(url, image);
  }
  return image;
}
