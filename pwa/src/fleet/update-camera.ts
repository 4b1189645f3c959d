/**
 * Updates one camera: sends the image (the camera downloads it, or this device uploads it), follows
 * `GET /api/ota` through the check and the restart, and confirms the running version from
 * `/api/info`. Every observation goes through the state machine in progress.ts.
 */
import type { Api } from '@device-ui/api/client.ts';
import { ApiError } from '@device-ui/api/errors.ts';
import { chooseMethod, type MethodChoice, shouldFallBack } from './method.ts';
import { getOta, startUrlOta, uploadImage } from './ota-client.ts';
import {
  isFinished,
  type Method,
  type OtaSnapshot,
  queued,
  step,
  type UpdateEvent,
  type UpdateState,
} from './progress.ts';
import type { Release } from './release-source.ts';
import { appUrl, loadAppImage } from './releases.ts';

/** Often enough for a smooth progress bar, rare enough not to slow a downloading camera. */
const POLL_MS = 700;
/**
 * The longest an update may take: a 2 MB download on weak Wi-Fi, the check, a restart and the new
 * firmware's health confirmation (up to 120 s, OtaManager::kHealthDeadlineMs) with room to spare.
 */
const DEADLINE_MS = 6 * 60_000;

export interface UpdateJob {
  api: Api;
  origin: string;
  release: Release;
  choice: MethodChoice;
  /** The version the camera runs now. */
  from: string;
}

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
      await startUrlOta(job.api, job.release.manifestUrl);
    } else {
      const image = await loadAppImage(job.release);
      await uploadImage(job.api, image, (fraction) => on({ type: 'uploaded', fraction }));
    }
    on({ type: 'accepted' });
  } catch (err) {
    if (!(err instanceof ApiError)) {
      on({ type: 'refused', code: 'image_unavailable', message: errorMessage(err) });
      return s;
    }
    if (err.status !== 0) {
      on({ type: 'refused', code: err.code, message: err.message });
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
    await sleep(POLL_MS);
    let ota: OtaSnapshot;
    try {
      ota = await getOta(job.api);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return on({ type: 'login-needed' });
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
    if (now().phase === 'confirming' && !ota.pending_verify) await confirm(job.api, on);
  }
}

async function confirm(api: Api, on: (e: UpdateEvent) => void) {
  try {
    on({ type: 'confirmed', version: (await api.info()).firmware.version });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) on({ type: 'login-needed' });
    // Otherwise the next look tries again.
  }
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function errorMessage(err: unknown): string {
  return `The image could not be loaded on this device: ${errorText(err)}`;
}
