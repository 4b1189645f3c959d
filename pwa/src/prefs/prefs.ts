/** This app's own settings (not a camera's), kept in IndexedDB beside the camera list. */
import { createStore, get, set } from 'idb-keyval';
import { useEffect, useState } from 'preact/hooks';

export interface Prefs {
  /** Snapshots per second for each wall tile that is not focused. */
  wallFps: number;
}

/** The rates offered for wall tiles: 1 fps is plenty to watch a print and cheap for a farm. */
export const WALL_RATES = [0.2, 0.5, 1, 2, 5];
const DEFAULTS: Prefs = { wallFps: 1 };

const db = createStore('printcam-prefs', 'prefs');
const KEY = 'prefs';
let current: Prefs = DEFAULTS;
const listeners = new Set<(p: Prefs) => void>();
const loaded = get<Partial<Prefs>>(KEY, db).then((saved) => {
  current = { ...DEFAULTS, ...saved };
  if (!WALL_RATES.includes(current.wallFps)) current.wallFps = DEFAULTS.wallFps;
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
