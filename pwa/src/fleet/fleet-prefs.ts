/** The fleet screen's own settings, kept in IndexedDB beside the app's other preferences. */
import { createStore, get, set } from 'idb-keyval';
import { useEffect, useState } from 'preact/hooks';
import type { MethodChoice } from './method.ts';
import { PARALLEL_CHOICES } from './queue.ts';

export interface FleetPrefs {
  /** An index or manifest address for releases newer than the bundled ones; "" for none. */
  releaseUrl: string;
  parallel: number;
  stopOnFailure: boolean;
  method: MethodChoice;
}

const DEFAULTS: FleetPrefs = { releaseUrl: '', parallel: 1, stopOnFailure: false, method: 'auto' };
const METHODS: MethodChoice[] = ['auto', 'url', 'upload'];

const db = createStore('printcam-prefs', 'prefs');
const KEY = 'fleet';

/** Drops anything a stored copy from another version of the app would get wrong. */
function sane(saved: Partial<FleetPrefs> | undefined): FleetPrefs {
  const p = { ...DEFAULTS, ...saved };
  return {
    releaseUrl: typeof p.releaseUrl === 'string' ? p.releaseUrl : '',
    parallel: PARALLEL_CHOICES.includes(p.parallel) ? p.parallel : DEFAULTS.parallel,
    stopOnFailure: p.stopOnFailure === true,
    method: METHODS.includes(p.method) ? p.method : DEFAULTS.method,
  };
}

export function useFleetPrefs(): [FleetPrefs | undefined, (change: Partial<FleetPrefs>) => void] {
  const [prefs, setLocal] = useState<FleetPrefs>();
  useEffect(() => {
    get<Partial<FleetPrefs>>(KEY, db).then(
      (saved) => setLocal(sane(saved)),
      () => setLocal(DEFAULTS),
    );
  }, []);
  const change = (c: Partial<FleetPrefs>) =>
    setLocal((p) => {
      const next = sane({ ...p, ...c });
      void set(KEY, next, db).catch(() => {});
      return next;
    });
  return [prefs, change];
}
