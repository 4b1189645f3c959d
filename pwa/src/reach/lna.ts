/**
 * Reads Chrome's Local Network Access permission. Chrome 145 split it into `local-network` (and
 * `loopback-network`), keeping `local-network-access` as an alias; other browsers throw on both.
 */
import type { ProbeContext } from './probe.ts';

const PERMISSION_NAMES = ['local-network', 'local-network-access'];

export async function queryLna(): Promise<ProbeContext['lna']> {
  for (const name of PERMISSION_NAMES) {
    try {
      // The names are newer than lib.dom's PermissionName union, hence the cast.
      const status = await navigator.permissions.query({ name: name as PermissionName });
      return status.state;
    } catch {
      // Unknown permission name in this browser: try the next, then report unsupported.
    }
  }
  return 'unsupported';
}
