import type { Info } from '../api/types.ts';

/**
 * What the camera's own page showed last time, so a return visit draws its first screen at once
 * and corrects it when the camera answers (over the access point that saves a round trip). Only
 * for a camera without a password: its state is not kept where anyone could read it.
 */
export interface LastVisit {
  info: Info;
  /** Wi-Fi was not configured: the visit opens setup. */
  setup: boolean;
}

const KEY = 'printcam.last';

export function recall(): LastVisit | undefined {
  try {
    return JSON.parse(localStorage.getItem(KEY) || 'null') ?? undefined;
  } catch {
    return undefined;
  }
}

export function remember(visit: LastVisit | undefined): void {
  try {
    if (visit) localStorage.setItem(KEY, JSON.stringify(visit));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (a captive mini-browser): every visit loads first.
  }
}
