/** Turns peer lists from known cameras into cameras not yet in the list. Pure. */
import type { Peer } from '@device-ui/api/index.ts';
import { parseCameraAddress } from './address.ts';
import type { Camera } from './camera-list.ts';

export interface Candidate {
  origin: string;
  name: string;
  version?: string;
}

/** Prefers the IP (a .local name needs mDNS, which not every phone resolves) and dedupes. */
export function newPeers(peerLists: Peer[][], list: Camera[]): Candidate[] {
  const known = new Set(list.map((c) => c.origin));
  const found = new Map<string, Candidate>();
  for (const peer of peerLists.flat()) {
    const host = peer.ip || peer.host;
    if (typeof host !== 'string' || host === '') continue;
    const port = Number.isInteger(peer.port) && peer.port !== 80 ? `:${peer.port}` : '';
    const parsed = parseCameraAddress(`${host}${port}`);
    if (!parsed.ok || known.has(parsed.origin) || found.has(parsed.origin)) continue;
    found.set(parsed.origin, { origin: parsed.origin, name: peer.name ?? '', version: peer.version });
  }
  return [...found.values()];
}
