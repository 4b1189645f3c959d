/**
 * The release manifest (firmware/release/manifest.schema.json) as the flasher reads it: parsed with
 * a clear error for anything malformed, the newer of two picked, and checked against the board and
 * the chip on the cable before a byte is written.
 */
import type { FlasherBoard } from '../generated/boards.ts';
import { FlashError } from './errors.ts';
import type { DetectedChip } from './states.ts';

export interface ManifestPart {
  path: string;
  offset: number;
  sha256: string;
  size: number;
}

export interface ReleaseManifest {
  name: string;
  version: string;
  board: string;
  boardName: string;
  chipFamily: string;
  /** What a new install writes (the factory image at 0). */
  parts: ManifestPart[];
  /** The app image alone, for "update, keep settings". */
  app: ManifestPart;
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)(?:[-+]([0-9A-Za-z.-]+))?$/;
const PART_PATH = /^[A-Za-z0-9._-]+\.bin$/;
const SHA256 = /^[0-9a-f]{64}$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function part(v: unknown, where: string): ManifestPart {
  if (!isObject(v)) throw new Error(`${where} is not an object`);
  const { path, offset, sha256, size } = v;
  if (typeof path !== 'string' || !PART_PATH.test(path))
    throw new Error(`${where}.path is not a .bin file name`);
  if (!Number.isInteger(offset) || (offset as number) < 0)
    throw new Error(`${where}.offset is not an address`);
  if (typeof sha256 !== 'string' || !SHA256.test(sha256)) throw new Error(`${where}.sha256 is not a SHA-256`);
  if (!Number.isInteger(size) || (size as number) < 1) throw new Error(`${where}.size is not a size`);
  return { path, offset: offset as number, sha256, size: size as number };
}

/** Parses a manifest; throws an Error naming the first bad field. */
export function parseManifest(v: unknown): ReleaseManifest {
  if (!isObject(v)) throw new Error('the manifest is not a JSON object');
  for (const key of ['name', 'version', 'board', 'boardName'] as const) {
    if (typeof v[key] !== 'string' || v[key] === '') throw new Error(`the manifest has no ${key}`);
  }
  if (!VERSION.test(v.version as string)) throw new Error('the manifest version is not x.y.z');
  const builds = v.builds;
  if (!Array.isArray(builds) || builds.length !== 1 || !isObject(builds[0])) {
    throw new Error('the manifest must have exactly one build');
  }
  const build = builds[0];
  if (typeof build.chipFamily !== 'string') throw new Error('the build has no chipFamily');
  if (!Array.isArray(build.parts) || build.parts.length === 0) throw new Error('the build has no parts');
  return {
    name: v.name as string,
    version: v.version as string,
    board: v.board as string,
    boardName: v.boardName as string,
    chipFamily: build.chipFamily,
    parts: build.parts.map((p, i) => part(p, `parts[${i}]`)),
    app: part(build.app, 'app'),
  };
}

/** Semantic-version order: numbers compare numerically, a pre-release sorts before its release. */
export function compareVersions(a: string, b: string): number {
  const pa = VERSION.exec(a);
  const pb = VERSION.exec(b);
  if (!pa || !pb) return 0;
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  if (pa[4] === pb[4]) return 0;
  if (pa[4] === undefined) return 1;
  if (pb[4] === undefined) return -1;
  return pa[4] < pb[4] ? -1 : 1;
}

/** The newest of the manifests on offer (bundled, fetched); the first wins a tie. */
export function newest(candidates: (ReleaseManifest | undefined)[]): ReleaseManifest | undefined {
  return candidates.reduce<ReleaseManifest | undefined>(
    (best, m) => (m && (!best || compareVersions(m.version, best.version) > 0) ? m : best),
    undefined,
  );
}

/** Refuses a manifest for another board, or a chip/flash that does not fit it. */
export function checkCompatibility(manifest: ReleaseManifest, board: FlasherBoard, chip: DetectedChip): void {
  if (manifest.chipFamily !== chip.family || board.chipFamily !== chip.family) {
    throw new FlashError(
      'wrong-chip',
      `The board on the cable has an ${chip.family} chip, but ${board.name} firmware needs an ${manifest.chipFamily}. Go back and pick the board you actually have.`,
    );
  }
  if (manifest.board !== board.id) {
    throw new FlashError('wrong-chip', `This firmware is for ${manifest.boardName}, not ${board.name}.`);
  }
  const need = board.flashMB * 1024 * 1024;
  if (chip.flashBytes !== undefined && chip.flashBytes < need) {
    throw new FlashError(
      'flash-too-small',
      `This board has ${chip.flashBytes / 1024 / 1024} MB of flash; ${board.name} firmware needs ${board.flashMB} MB. Pick the board you have.`,
    );
  }
}
