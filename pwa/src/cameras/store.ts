/**
 * The camera list, held in memory for rendering and written to IndexedDB after every change.
 * The whole list is one value under one key, so a write is atomic and the order is kept.
 */
import type { Camera, ListChange } from './camera-list.ts';

export interface ListStorage {
  load(): Promise<Camera[] | undefined>;
  save(list: Camera[]): Promise<void>;
}

export interface CameraStore {
  /** The current list; [] until `ready` resolves. */
  get(): Camera[];
  ready: Promise<void>;
  subscribe(listener: (list: Camera[]) => void): () => void;
  /** Applies a pure change (see camera-list.ts); a refused change leaves the list untouched. */
  apply(
    change: (list: Camera[]) => Camera[] | ListChange,
  ): Promise<{ ok: true } | { ok: false; message: string }>;
}

export function createCameraStore(storage: ListStorage): CameraStore {
  let list: Camera[] = [];
  const listeners = new Set<(list: Camera[]) => void>();
  const publish = () => {
    for (const l of listeners) l(list);
  };
  const ready = storage.load().then((saved) => {
    list = saved ?? [];
    publish();
  });
  // Changes are queued so two quick edits cannot interleave their writes.
  let queue: Promise<unknown> = ready;
  return {
    get: () => list,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply(change) {
      const run = async () => {
        const result = change(list);
        const next = Array.isArray(result) ? result : result.ok ? result.cameras : undefined;
        if (!next) return { ok: false as const, message: (result as { message: string }).message };
        if (next === list) return { ok: true as const };
        await storage.save(next);
        list = next;
        publish();
        return { ok: true as const };
      };
      const done = queue.then(run, run);
      queue = done;
      return done;
    },
  };
}
