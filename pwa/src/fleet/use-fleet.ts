/**
 * The fleet screen's state: each camera's facts and verdict, the releases known, and each camera's
 * update from the run (run-store.ts). The screen (routes/Fleet) only renders this and calls its actions.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Camera } from '../cameras/camera-list.ts';
import { type FleetFacts, loadFacts } from './facts.ts';
import type { FleetPrefs } from './fleet-prefs.ts';
import type { UpdateState } from './progress.ts';
import { type Release, releaseFor } from './release-source.ts';
import { loadReleases, type ReleaseList, releaseSources } from './releases.ts';
import { type RunJob, startRun, stopRun, useRun } from './run-store.ts';
import { needsUpdate, type Verdict, verdictFor } from './verdict.ts';

export interface FleetRow {
  camera: Camera;
  facts?: FleetFacts;
  release?: Release;
  /** The camera did not report its board; the release is for the only board the app knows. */
  assumed?: boolean;
  verdict?: Verdict;
  update?: UpdateState;
}

export function useFleet(cameras: Camera[], prefs: FleetPrefs | undefined) {
  const [facts, setFacts] = useState<Record<string, FleetFacts>>({});
  const [releases, setReleases] = useState<ReleaseList>();
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const refresh = useCallback(
    (camera: Camera) =>
      loadFacts(camera.origin)
        .catch(
          (err): FleetFacts => ({ facts: { reach: 'offline', why: `could not be read: ${String(err)}` } }),
        )
        .then((f) => alive.current && setFacts((all) => ({ ...all, [camera.id]: f }))),
    [],
  );
  // A camera whose update ended is read again: its new version, or the old one it kept.
  const { updates, run } = useRun(refresh);
  const refreshAll = () => cameras.forEach(refresh);
  const checkReleases = () => {
    if (!prefs) return;
    setReleases(undefined);
    let sources: ReturnType<typeof releaseSources>;
    try {
      sources = releaseSources(prefs.releaseUrl);
    } catch {
      setReleases({ releases: new Map(), problems: [`${prefs.releaseUrl}: not a web address.`] });
      return;
    }
    void loadReleases(sources).then((r) => alive.current && setReleases(r));
  };

  const ids = cameras.map((c) => c.id).join();
  // Reload when the set of cameras or the release address changes, not on every render.
  useEffect(refreshAll, [ids]);
  useEffect(checkReleases, [prefs?.releaseUrl]);

  const rows: FleetRow[] = cameras.map((camera) => {
    const f = facts[camera.id];
    const { release, assumed } =
      f?.facts.reach === 'online' && releases
        ? releaseFor(f.facts.board, releases.releases)
        : { release: undefined, assumed: false };
    return {
      camera,
      facts: f,
      release,
      assumed,
      verdict: f && releases ? verdictFor(f.facts, release?.manifest) : undefined,
      update: updates[camera.id],
    };
  });

  /** Updates the given rows with the screen's settings; the rest of the screen stays usable. */
  const start = (targets: FleetRow[]) => {
    if (!prefs) return;
    const jobs = targets.flatMap(({ camera, facts: f, release }): RunJob[] =>
      f?.facts.reach === 'online' && release ? [{ camera, from: f.facts.version, release }] : [],
    );
    startRun(jobs, prefs);
  };

  return {
    rows,
    releases,
    running: run !== undefined,
    refresh,
    refreshAll,
    checkReleases,
    updateOne: (row: FleetRow) => start([row]),
    updateAll: () => start(rows.filter((r) => r.verdict && needsUpdate(r.verdict))),
    stop: stopRun,
  };
}
