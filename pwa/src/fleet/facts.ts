/**
 * Asks one camera for what the fleet screen compares: board and running version from `/api/info`
 * (through the same probe the camera list uses, so reachability is explained the same way) and
 * its update state from `GET /api/ota`.
 */
import { apiFor } from '../api/camera-client.ts';
import { checkAddress } from '../reach/check-address.ts';
import type { UnreachableReason } from '../reach/probe.ts';
import { getOta } from './ota-client.ts';
import type { OtaSnapshot } from './progress.ts';
import type { CameraFacts } from './verdict.ts';

export interface FleetFacts {
  facts: CameraFacts;
  /** The camera's own update state, when it answered. */
  ota?: OtaSnapshot;
}

const UNREACHABLE: Record<UnreachableReason, string> = {
  offline: 'this device is offline',
  'lna-denied': 'offline: this browser was refused access to the local network',
  'mixed-content': 'offline: this browser blocks http cameras from an https page',
  'no-answer': 'offline: no answer',
  timeout: 'offline: no answer in time',
};

export async function loadFacts(origin: string, signal?: AbortSignal): Promise<FleetFacts> {
  const { outcome } = await checkAddress(origin, signal);
  switch (outcome.kind) {
    case 'printcam': {
      // Typed as always there, but firmware without a board service leaves `board` out.
      const board = (outcome.info as Partial<typeof outcome.info>).board;
      const ota = await getOta(apiFor(origin)).catch(() => undefined);
      return {
        facts: {
          reach: 'online',
          board: board?.id,
          boardName: board?.name,
          version: ota?.running?.version ?? outcome.info.firmware.version,
        },
        ota,
      };
    }
    case 'needs-login':
      return { facts: { reach: 'needs-login' } };
    case 'old-firmware':
      return {
        facts: { reach: 'offline', why: 'older firmware without the update API: flash it once by cable' },
      };
    case 'not-printcam':
      return { facts: { reach: 'offline', why: `not a printcam camera (${outcome.detail})` } };
    case 'unreachable':
      return { facts: { reach: 'offline', why: UNREACHABLE[outcome.reason] } };
  }
}
