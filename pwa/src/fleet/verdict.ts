/**
 * How one camera's running firmware compares with the newest release the app knows for its board.
 * Pure: the facts come from the camera (fleet/facts.ts) and the release list (fleet/releases.ts).
 */
import { compareVersions } from '../flasher/manifest.ts';

/** What the app learned from a camera the last time it asked. */
export type CameraFacts =
  /** `board` is missing when the firmware does not report it (API.md lists it; older builds lack it). */
  | { reach: 'online'; board?: string; boardName?: string; version: string }
  | { reach: 'needs-login' }
  /** Not reachable, or not a camera this app can update; `why` is the row's phrase. */
  | { reach: 'offline'; why: string };

export type VerdictKind =
  | 'up-to-date'
  | 'update-available'
  | 'newer'
  | 'unknown-board'
  | 'unknown-version'
  | 'offline'
  | 'needs-login';

export interface Verdict {
  kind: VerdictKind;
  /** One short phrase for the row. */
  text: string;
}

/** The release version and manifest parts this comparison needs. */
export interface KnownRelease {
  version: string;
}

const SEMVER = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

export function verdictFor(facts: CameraFacts, release: KnownRelease | undefined): Verdict {
  if (facts.reach === 'offline') return { kind: 'offline', text: facts.why };
  if (facts.reach === 'needs-login') return { kind: 'needs-login', text: 'needs login' };
  if (!release) {
    const text = facts.boardName
      ? `no release known for ${facts.boardName}`
      : 'unknown board: the camera does not say which board it is';
    return { kind: 'unknown-board', text };
  }
  // compareVersions calls two unparsable versions equal; a camera that says "dev" is not "up to date".
  if (!SEMVER.test(facts.version)) {
    return { kind: 'unknown-version', text: `version “${facts.version}” cannot be compared` };
  }
  const order = compareVersions(facts.version, release.version);
  if (order < 0) return { kind: 'update-available', text: `update available: ${release.version}` };
  if (order > 0) return { kind: 'newer', text: `newer than the release (${release.version})` };
  return { kind: 'up-to-date', text: 'up to date' };
}

/** "Update all" takes only cameras behind their release: a newer or development build is left alone. */
export const needsUpdate = (v: Verdict): boolean => v.kind === 'update-available';

/** A single camera's "Update" is offered also when its version cannot be compared (a dev build). */
export const offersUpdate = (v: Verdict): boolean => needsUpdate(v) || v.kind === 'unknown-version';
