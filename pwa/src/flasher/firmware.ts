/**
 * Where firmware comes from: the manifests bundled with the app (precached by the service worker,
 * so flashing works offline), a newer release fetched when online, or local files for developers.
 * Every image is checked against the manifest's SHA-256 before it is used.
 */
import { FlashError } from './errors.ts';
import { type ManifestPart, newest, parseManifest, type ReleaseManifest } from './manifest.ts';

/** A manifest with a way to get its images. */
export interface Firmware {
  manifest: ReleaseManifest;
  /** Where it came from, for the screen: "bundled", "online" or a file name. */
  source: string;
  load(part: ManifestPart): Promise<Uint8Array>;
}

async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Throws firmware-corrupt unless the bytes are exactly what the manifest promises. */
export async function checkPart(part: ManifestPart, data: Uint8Array): Promise<Uint8Array> {
  if (data.length !== part.size || (await sha256Hex(data)) !== part.sha256) {
    throw new FlashError('firmware-corrupt', `${part.path} does not match the checksum in its manifest.`);
  }
  return data;
}

async function fetchJson(url: URL): Promise<unknown> {
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`);
  return res.json();
}

function fromUrl(manifestUrl: URL, manifest: ReleaseManifest, source: string): Firmware {
  return {
    manifest,
    source,
    async load(part) {
      const res = await fetch(new URL(part.path, manifestUrl)).catch(() => undefined);
      if (!res?.ok) throw new FlashError('firmware-unavailable', `${part.path} could not be downloaded.`);
      return checkPart(part, new Uint8Array(await res.arrayBuffer()));
    },
  };
}

/**
 * The firmware index the build writes beside the app: `firmware/index.json` =
 * `{ "manifests": { "<board id>": "<manifest file>" } }`. A feed URL (PRINTCAM_FIRMWARE_FEED at
 * build time) serves the same shape for newer releases.
 */
async function fromIndex(indexUrl: URL, board: string, source: string): Promise<Firmware | undefined> {
  const index = (await fetchJson(indexUrl)) as { manifests?: Record<string, string> };
  const file = index.manifests?.[board];
  if (!file) return undefined;
  const url = new URL(file, indexUrl);
  return fromUrl(url, parseManifest(await fetchJson(url)), source);
}

/** The newest firmware for a board among the bundled copy and the online feed. */
export async function findFirmware(
  board: string,
  bundledIndex: URL,
  feed: URL | undefined,
): Promise<Firmware> {
  const tries = [fromIndex(bundledIndex, board, 'bundled with the app')];
  if (feed && navigator.onLine) tries.push(fromIndex(feed, board, 'latest release online'));
  const found = (await Promise.allSettled(tries)).map((r) =>
    r.status === 'fulfilled' ? r.value : undefined,
  );
  const best = newest(found.map((f) => f?.manifest));
  const firmware = found.find((f) => f?.manifest === best);
  if (!firmware) {
    throw new FlashError(
      'firmware-unavailable',
      'No firmware for this board is bundled with this copy of the app, and none could be downloaded. Connect to the internet, or load a manifest and its images from files.',
    );
  }
  return firmware;
}

/** Developers: a manifest and its .bin files picked together from disk. */
export async function fromFiles(files: File[]): Promise<Firmware> {
  const manifestFile = files.find((f) => f.name.endsWith('.json'));
  if (!manifestFile)
    throw new FlashError('firmware-unavailable', 'Pick the manifest (.json) together with its .bin files.');
  let manifest: ReleaseManifest;
  try {
    manifest = parseManifest(JSON.parse(await manifestFile.text()));
  } catch (err) {
    throw new FlashError(
      'firmware-unavailable',
      `${manifestFile.name}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return {
    manifest,
    source: manifestFile.name,
    async load(part) {
      const file = files.find((f) => f.name === part.path);
      if (!file)
        throw new FlashError('firmware-unavailable', `Pick ${part.path} too: the manifest needs it.`);
      return checkPart(part, new Uint8Array(await file.arrayBuffer()));
    },
  };
}
