/**
 * Updates one camera: sends the image (the camera downloads it, or this device uploads it), follows
 * `GET /api/ota` through the check and the restart, and confirms the running version from
 * `/api/info`. Every observation goes through the state machine in progress.ts. The camera is
 * reached through `CameraOta` (ota-client.ts in the app, a fake in the tests).
 */
import { chooseMethod, type MethodChoice, shouldFallBack } from './method.ts';
import {
  isFinished,
  type Method,
  type OtaSnapshot,
  queued,
  step,
  type UpdateEvent,
  type UpdateState,
} from './progress.ts';
import { appUrl, type Release } from './release-source.ts';

/** Often enough for a smooth progress bar, rare enough not to slow a downloading camera. */
const POLL_MS = 700;
/**
 * The longest an update may take: a 2 MB download on weak Wi-Fi, the check, a restart and the new
 * firmware's health confirmation (up to 120 s, OtaManager::kHealthDeadlineMs) with room to spare.
 */
const DEADLINE_MS = 6 * 60_000;

/**
 * The calls an update makes. They throw device-ui's ApiError (or anything with the same
 * `status`/`code`/`message`) on a refusal; `status` 0 means no answer.
 */
export interface CameraOta {
  getOta(): Promise<OtaSnapshot>;
  startUrl(manifestUrl: URL): Promise<unknown>;
  upload(image: Uint8Array, progress: (fraction: number) => void): Promise<void>;
  version(): Promise<string>;
  /** The app image, checked against the manifest (releases.ts). */
  loadImage(release: Release): Promise<Uint8Array>;
}

export interface UpdateJob {
  camera: CameraOta;
  origin: string;
  release: Release;
  choice: MethodChoice;
  /** The version the camera runs now. */
  from: string;
  /** Between two looks at the camera; shorter in tests. */
  pollMs?: number;
}

interface CallError {
  status: number;
  code: string;
  message: string;
}

function callError(err: unknown): CallError | undefined {
  const e = err as Partial<CallError> | null;
  return typeof e?.status === 'number' && typeof e.code === 'string' ? (e as CallError) : undefined;
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function updateCamera(job: UpdateJob, report: (s: UpdateState) => void): Promise<UpdateState> {
  const first = chooseMethod(job.choice, appUrl(job.release), job.origin);
  let s = await attempt(job, first, report);
  if (first === 'url' && shouldFallBack(job.choice, s.code)) {
    s = await attempt(job, 'upload', report);
  }
  return s;
}

async function attempt(
  job: UpdateJob,
  method: Method,
  report: (s: UpdateState) => void,
): Promise<UpdateState> {
  let s = queued(job.from, job.release.manifest.version);
  const on = (e: UpdateEvent) => {
    s = step(s, e);
    report(s);
  };
  on({ type: 'start', method, total: job.release.manifest.app.size });
  let cutOff = false;
  try {
    if (method === 'url') {
      await job.camera.startUrl(job.release.manifestUrl);
    } else {
      let image: Uint8Array;
      try {
        image = await job.camera.loadImage(job.release);
      } catch (err) {
        on({
          type: 'refused',
          code: 'image_unavailable',
          message: `The image could not be loaded on this device: ${errorText(err)}`,
        });
        return s;
      }
      await job.camera.upload(image, (fraction) => on({ type: 'uploaded', fraction }));
    }
    on({ type: 'accepted' });
  } catch (err) {
    const e = callError(err);
    if (e?.status !== 0) {
      on({ type: 'refused', code: e?.code ?? 'unexpected', message: e?.message ?? errorText(err) });
      return s;
    }
    // No answer: the camera may have taken the image and restarted before answering. Look.
    cutOff = true;
    on({ type: 'gone' });
  }
  try {
    await follow(job, () => s, on, cutOff);
  } catch (err) {
    // A bug here must not leave the row spinning while the queue moves on.
    on({
      type: 'refused',
      code: 'lost_track',
      message: `The app lost track of this update (${errorText(err)}). Check the camera’s version again.`,
    });
  }
  return s;
}

async function follow(job: UpdateJob, now: () => UpdateState, on: (e: UpdateEvent) => void, cutOff: boolean) {
  const deadline = Date.now() + DEADLINE_MS;
  while (!isFinished(now())) {
    if (Date.now() > deadline) return on({ type: 'timeout' });
    await sleep(job.pollMs ?? POLL_MS);
    let ota: OtaSnapshot;
    try {
      ota = await job.camera.getOta();
    } catch (err) {
      if (callError(err)?.status === 401) return on({ type: 'login-needed' });
      on({ type: 'gone' });
      continue;
    }
    // An upload that got no answer and left the camera idle on its old version never arrived.
    if (cutOff && now().phase === 'sending' && ota.state === 'idle' && ota.running?.version === job.from) {
      return on({
        type: 'refused',
        code: 'upload_interrupted',
        message: 'The image did not reach the camera.',
      });
    }
    on({ type: 'ota', ota });
    if (now().phase === 'confirming' && !ota.pending_verify) await confirm(job.camera, on);
  }
}

async function confirm(camera: CameraOta, on: (e: UpdateEvent) => void) {
  try {
    on({ type: 'confirmed', version: await camera.version() });
  } catch (err) {
    if (callError(err)?.status === 401) on({ type: 'login-needed' });
    // Otherwise the next look tries again.
  }
}
