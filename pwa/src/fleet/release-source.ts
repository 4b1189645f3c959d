/**
 * What a release address holds, pure: the firmware index the build bundles beside the app
 * (`{"manifests":{"<board>":"<file>"}}`, build/lib/pwa-firmware.ts, read by the flasher too) or a
 * single release manifest (firmware/release/manifest.schema.json). Fetching is in releases.ts.
 */
import { newest, parseManifest, type ReleaseManifest } from '../flasher/manifest.ts';

/** A release for one board and where its manifest lives (the camera resolves the app beside it). */
export interface Release {
  manifest: ReleaseManifest;
  manifestUrl: URL;
  /** Where the app found it, for the screen: "bundled with the app", "online", an address. */
  source: string;
}

/** The app image's address, beside its manifest (where the camera looks for it too). */
export const appUrl = (release: Release): URL => new URL(release.manifest.app.path, release.manifestUrl);

export type SourceContent =
  | { kind: 'index'; manifests: URL[] }
  | { kind: 'manifest'; manifest: ReleaseManifest };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads an index or a manifest fetched from `url`; throws an Error saying what is wrong. */
export function readSource(json: unknown, url: URL): SourceContent {
  if (isObject(json) && 'manifests' in json) {
    const manifests = json.manifests;
    if (!isObject(manifests)) throw new Error('its "manifests" is not an object of board → file');
    const files = Object.values(manifests);
    if (!files.every((f) => typeof f === 'string' && f !== '')) {
      throw new Error('every entry of its "manifests" must name a manifest file');
    }
    return { kind: 'index', manifests: (files as string[]).map((f) => new URL(f, url)) };
  }
  try {
    return { kind: 'manifest', manifest: parseManifest(json) };
  } catch (err) {
    throw new Error(
      `it is neither a firmware index nor a release manifest (${err instanceof Error ? err.message : err})`,
    );
  }
}

/** The newest release per board among everything found; the first wins a tie (bundled first). */
export function newestPerBoard(found: Release[]): Map<string, Release> {
  const boards = new Map<string, Release[]>();
  for (const r of found) boards.set(r.manifest.board, [...(boards.get(r.manifest.board) ?? []), r]);
  const best = new Map<string, Release>();
  for (const [board, releases] of boards) {
    const top = newest(releases.map((r) => r.manifest));
    const release = releases.find((r) => r.manifest === top);
    if (release) best.set(board, release);
  }
  return best;
}

/**
 * The release for a camera's board. A camera that does not report its board gets the release only
 * when the app knows releases for a single board (`assumed`): the camera itself refuses an image or
 * manifest for another board (API.md §OTA), so a wrong guess fails cleanly and changes nothing.
 */
export function releaseFor(
  board: string | undefined,
  releases: Map<string, Release>,
): { release?: Release; assumed: boolean } {
  if (board) return { release: releases.get(board), assumed: false };
  if (releases.size !== 1) return { assumed: false };
  return { release: [...releases.values()][0], assumed: true };
}
