/**
 * The fleet update run, kept outside the screen: leaving the page for the wall neither stops the
 * cameras' updates nor forgets their progress, and coming back shows where they are.
 */
import { useEffect, useState } from 'preact/hooks';
import { apiFor } from '../api/camera-client.ts';
import type { Camera } from '../cameras/camera-list.ts';
import type { MethodChoice } from './method.ts';
import { cameraOta } from './ota-client.ts';
import { isFailure, queued, step, type UpdateState } from './progress.ts';
import { type QueueOptions, type QueueRun, runQueue } from './queue.ts';
import type { Release } from './release-source.ts';
import { updateCamera } from './update-camera.ts';

export interface RunState {
  /** Each camera's latest update, by camera id, from this run or an earlier one. */
  updates: Record<string, UpdateState>;
  run?: QueueRun<Camera>;
}

export interface RunJob {
  camera: Camera;
  from: string;
  release: Release;
}

let state: RunState = { updates: {} };
const listeners = new Set<(s: RunState) => void>();
const finished = new Set<(camera: Camera) => void>();

function change(next: Partial<RunState>) {
  state = { ...state, ...next };
  for (const l of listeners) l(state);
}

const setUpdate = (id: string, s: UpdateState) => change({ updates: { ...state.updates, [id]: s } });

/** Starts a run unless one is going; returns whether it started. */
export function startRun(jobs: RunJob[], opts: QueueOptions & { method: MethodChoice }): boolean {
  if (state.run) return false;
  const byCamera = new Map(jobs.map((j) => [j.camera, j]));
  for (const j of jobs) setUpdate(j.camera.id, queued(j.from, j.release.manifest.version));
  const run = runQueue(
    jobs.map((j) => j.camera),
    opts,
    async (camera) => {
      const { from, release } = byCamera.get(camera)!;
      const final = await updateCamera(
        {
          camera: cameraOta(apiFor(camera.origin)),
          origin: camera.origin,
          release,
          choice: opts.method,
          from,
        },
        (s) => setUpdate(camera.id, s),
      );
      for (const f of finished) f(camera);
      return { ok: !isFailure(final) };
    },
    (camera) => setUpdate(camera.id, step(state.updates[camera.id], { type: 'skip' })),
  );
  change({ run });
  void run.done.then(() => change({ run: undefined }));
  return true;
}

export const stopRun = () => state.run?.stop();

/** The run as it goes; `onFinished` hears of each camera whose update ended (to read it again). */
export function useRun(onFinished: (camera: Camera) => void): RunState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    finished.add(onFinished);
    setCurrent(state);
    return () => {
      listeners.delete(setCurrent);
      finished.delete(onFinished);
    };
  }, [onFinished]);
  return current;
}
