/**
 * One camera's update as a state machine: what the driver (fleet/update-camera.ts) saw goes in as
 * events, the row shows the state. Pure, so every path (refused, cut off, rolled back) is tested.
 */
import { otaErrorText } from './ota-errors.ts';

export type Method = 'url' | 'upload';

export type Phase =
  | 'queued'
  | 'preparing'
  | 'sending'
  | 'verifying'
  | 'restarting'
  | 'confirming'
  | 'updated'
  | 'rolled-back'
  | 'unconfirmed'
  | 'failed'
  | 'skipped';

export interface UpdateState {
  phase: Phase;
  /** The version running when the update began, and the one being installed. */
  from: string;
  to: string;
  method?: Method;
  /** Bytes the camera has (or the upload sent) of `total`; 0 while unknown. */
  received: number;
  total: number;
  /** Why it failed, or what the person has to do, in words. */
  message?: string;
  /** The camera's error code when it refused (API.md §OTA), for the driver's fallback choice. */
  code?: string;
}

/** The part of `GET /api/ota` (and the `ota` event) the machine reads. */
export interface OtaSnapshot {
  state: 'idle' | 'receiving' | 'verifying' | 'rebooting' | 'failed' | string;
  received?: number;
  total?: number;
  error?: { code: string; message: string } | null;
  running?: { version: string };
  pending_verify?: boolean;
}

export type UpdateEvent =
  | { type: 'start'; method: Method; total: number }
  | { type: 'uploaded'; fraction: number }
  | { type: 'accepted' }
  | { type: 'refused'; code: string; message: string }
  | { type: 'ota'; ota: OtaSnapshot }
  | { type: 'gone' }
  | { type: 'confirmed'; version: string }
  | { type: 'login-needed' }
  | { type: 'timeout' }
  | { type: 'skip' };

const TERMINAL: Phase[] = ['updated', 'rolled-back', 'unconfirmed', 'failed', 'skipped'];
export const isFinished = (s: UpdateState): boolean => TERMINAL.includes(s.phase);
/** What "stop on the first failure" stops on: the camera refused, or came back on the old version. */
export const isFailure = (s: UpdateState): boolean => s.phase === 'failed' || s.phase === 'rolled-back';

export function queued(from: string, to: string): UpdateState {
  return { phase: 'queued', from, to, received: 0, total: 0 };
}

const rolledBack = (s: UpdateState, version: string): UpdateState => ({
  ...s,
  phase: 'rolled-back',
  message: `It restarted on ${version}, not ${s.to}: the new firmware did not confirm itself and the camera went back to the previous one.`,
});

/** Back after the switch (idle again): the running version says whether the new firmware stayed. */
function afterRestart(s: UpdateState, running: string | undefined): UpdateState {
  if (running === undefined) return { ...s, phase: 'restarting' };
  return running === s.to ? { ...s, phase: 'confirming' } : rolledBack(s, running);
}

function onOta(s: UpdateState, ota: OtaSnapshot): UpdateState {
  // The new version already running: the camera finished and restarted between two looks.
  if (ota.running?.version === s.to && s.from !== s.to && ota.state !== 'failed') {
    return { ...s, phase: 'confirming', received: s.total || s.received };
  }
  if ((s.phase === 'restarting' || s.phase === 'confirming') && ota.state === 'idle') {
    return afterRestart(s, ota.running?.version);
  }
  const counts = { received: ota.received ?? s.received, total: ota.total || s.total };
  switch (ota.state) {
    case 'receiving':
      return { ...s, ...counts, phase: 'sending' };
    case 'verifying':
      return { ...s, ...counts, phase: 'verifying' };
    case 'rebooting':
      return { ...s, ...counts, phase: 'restarting' };
    case 'failed':
      return ota.error
        ? {
            ...s,
            phase: 'failed',
            code: ota.error.code,
            message: otaErrorText(ota.error.code, ota.error.message),
          }
        : { ...s, phase: 'failed', message: 'The camera says the update failed.' };
    default:
      return s;
  }
}

export function step(s: UpdateState, e: UpdateEvent): UpdateState {
  if (isFinished(s)) return s;
  switch (e.type) {
    case 'start':
      return { ...s, phase: 'sending', method: e.method, total: e.total, received: 0, message: undefined };
    case 'uploaded':
      return { ...s, phase: 'sending', received: Math.round(e.fraction * s.total) };
    case 'accepted':
      // An upload answered 200 means verified and rebooting; a URL answered 202 means downloading.
      return s.method === 'upload' ? { ...s, phase: 'restarting', received: s.total } : s;
    case 'refused':
      return { ...s, phase: 'failed', code: e.code, message: otaErrorText(e.code, e.message) };
    case 'ota':
      return onOta(s, e.ota);
    case 'gone':
      // Unreachable once the image is in means it is restarting; before that the driver retries.
      return s.phase === 'verifying' || s.phase === 'restarting' || s.method === 'url'
        ? { ...s, phase: 'restarting' }
        : s;
    case 'confirmed':
      return e.version === s.to ? { ...s, phase: 'updated', message: undefined } : rolledBack(s, e.version);
    case 'login-needed':
      return {
        ...s,
        phase: 'unconfirmed',
        message: 'It restarted, which ended its login. Log in again to confirm the new version.',
      };
    case 'timeout':
      return {
        ...s,
        phase: 'failed',
        message:
          s.phase === 'restarting' || s.phase === 'confirming'
            ? 'It did not come back after the restart. Check its power and Wi-Fi.'
            : 'The update made no progress. Check the camera’s Wi-Fi and try again.',
      };
    case 'skip':
      return {
        ...s,
        phase: 'skipped',
        message: 'Not started: an earlier camera failed or the run was stopped.',
      };
  }
}

/** The row's short status line. */
export function describe(s: UpdateState): string {
  const pct = s.total > 0 ? ` ${Math.floor((100 * s.received) / s.total)}%` : '';
  switch (s.phase) {
    case 'queued':
      return 'waiting';
    case 'preparing':
      return 'preparing';
    case 'sending':
      return s.method === 'url' ? `camera downloading${pct}` : `uploading${pct}`;
    case 'verifying':
      return 'camera checking the image';
    case 'restarting':
      return 'restarting';
    case 'confirming':
      return `confirming ${s.to}`;
    case 'updated':
      return `updated to ${s.to}`;
    case 'rolled-back':
      return `rolled back to ${s.from}`;
    case 'unconfirmed':
      return 'restarted, log in to confirm';
    case 'failed':
      return 'failed';
    case 'skipped':
      return 'skipped';
  }
}

/** The outcomes a finished run is summed up by, in the order they are said. */
const OUTCOMES: [Phase, string][] = [
  ['updated', 'updated'],
  ['failed', 'failed'],
  ['rolled-back', 'rolled back'],
  ['unconfirmed', 'not confirmed'],
  ['skipped', 'skipped'],
];

/** One line for the screen's status region: progress while running, then the outcome counts. */
export function summarize(updates: UpdateState[], running: boolean): string {
  if (running) return `Updating: ${updates.filter(isFinished).length} of ${updates.length} done.`;
  const counts = OUTCOMES.map(
    ([phase, words]) => [updates.filter((u) => u.phase === phase).length, words] as const,
  )
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`);
  return counts.length > 0 ? `Last run: ${counts.join(', ')}.` : '';
}
