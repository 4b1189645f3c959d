/**
 * The fleet screen's state: each camera's facts and verdict, the releases known, each camera's
 * update, and the running queue. The screen (routes/Fleet) only renders this and calls its actions.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { apiFor } from '../api/camera-client.ts';
import type { Camera } from '../cameras/camera-list.ts';
import { type FleetFacts, loadFacts } from './facts.ts';
import type { FleetPrefs } from './fleet-prefs.ts';
import { cameraOta } from './ota-client.ts';
import { isFailure, queued, step, type UpdateState } from './progress.ts';
import { type QueueRun, runQueue } from './queue.ts';
import { type Release, releaseFor } from './release-source.ts';
import { loadReleases, type ReleaseList, releaseSources } from './releases.ts';
import { updateCamera } from './update-camera.ts';
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
  const [updates, setUpdates] = useState<Record<string, UpdateState>>({});
  const [run, setRun] = useState<QueueRun<Camera>>();
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const refresh = (camera: Camera) =>
    loadFacts(camera.origin)
      .catch((err): FleetFacts => ({ facts: { reach: 'offline', why: `could not be read: ${String(err)}` } }))
      .then((f) => alive.current && setFacts((all) => ({ ...all, [camera.id]: f })));
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

  const setUpdate = (id: string, s: UpdateState) =>
    alive.current && setUpdates((all) => ({ ...all, [id]: s }));

  /** Updates the given rows with the screen's settings; the rest of the screen stays usable. */
  const start = (targets: FleetRow[]) => {
    if (!prefs || !releases || run) return;
    const jobs = new Map<Camera, { from: string; release: Release }>();
    for (const { camera, facts: f, release } of targets) {
      if (f?.facts.reach !== 'online' || !release) continue;
      jobs.set(camera, { from: f.facts.version, release });
      setUpdate(camera.id, queued(f.facts.version, release.manifest.version));
    }
    const queue = runQueue(
      [...jobs.keys()],
      prefs,
      async (camera) => {
        const { from, release } = jobs.get(camera)!;
        const final = await updateCamera(
          {
            camera: cameraOta(apiFor(camera.origin)),
            origin: camera.origin,
            release,
            choice: prefs.method,
            from,
          },
          (s) => setUpdate(camera.id, s),
        );
        void refresh(camera);
        return { ok: !isFailure(final) };
      },
      (camera) =>
        setUpdates((all) => ({
          ...all,
          [camera.id]: step(all[camera.id] ?? queued('', ''), { type: 'skip' }),
        })),
    );
    setRun(queue);
    void queue.done.then(() => alive.current && setRun(undefined));
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
    stop: () => run?.stop(),
  };
}
