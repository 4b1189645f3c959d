/** This app's own settings (not a camera's), kept in IndexedDB beside the camera list. */
import { createStore, get, set } from 'idb-keyval';
import { useEffect, useState } from 'preact/hooks';

export interface Prefs {
  /** Snapshots per second for each wall tile that is not focused. */
  wallFps: number;
  /** What every wall tile shows: snapshots at `wallFps`, or its camera's stream (costs more). */
  wallTiles: WallTiles;
}

export type WallTiles = 'snapshots' | 'streams';
export const WALL_TILES: WallTiles[] = ['snapshots', 'streams'];

/** The rates offered for wall tiles: 1 fps is plenty to watch a print and cheap for a farm. */
export const WALL_RATES = [0.2, 0.5, 1, 2, 5];
const DEFAULTS: Prefs = { wallFps: 1, wallTiles: 'snapshots' };

const db = createStore('printcam-prefs', 'prefs');
const KEY = 'prefs';
let current: Prefs = DEFAULTS;
const listeners = new Set<(p: Prefs) => void>();
const loaded = get<Partial<Prefs>>(KEY, db).then((saved) => {
  current = { ...DEFAULTS, ...saved };
  if (!WALL_RATES.includes(current.wallFps)) current.wallFps = DEFAULTS.wallFps;
  if (!WALL_TILES.includes(current.wallTiles)) current.wallTiles = DEFAULTS.wallTiles;
  for (const l of listeners) l(current);
});

export async function setPrefs(change: Partial<Prefs>): Promise<void> {
  await loaded;
  current = { ...current, ...change };
  await set(KEY, current, db);
  for (const l of listeners) l(current);
}

export function usePrefs(): Prefs {
  const [prefs, setLocal] = useState(current);
  useEffect(() => {
    listeners.add(setLocal);
    loaded.then(() => setLocal(current));
    return () => void listeners.delete(setLocal);
  }, []);
  return prefs;
}
