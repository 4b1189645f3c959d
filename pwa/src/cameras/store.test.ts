import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCamera, type Camera, removeCamera } from './camera-list.ts';
import { createCameraStore, type ListStorage } from './store.ts';

const cam = (id: string): Camera => ({ id, origin: `http://10.0.0.${id}`, name: '', group: '' });

function memoryStorage(initial?: Camera[]) {
  const saved: Camera[][] = [];
  const storage: ListStorage = {
    load: async () => initial,
    save: async (list) => {
      saved.push(list);
    },
  };
  return { storage, saved };
}

test('the store loads the saved list and persists each change before publishing it', async () => {
  const { storage, saved } = memoryStorage([cam('1')]);
  const store = createCameraStore(storage);
  await store.ready;
  const seen: number[] = [];
  store.subscribe((l) => seen.push(l.length));
  assert.deepEqual(await store.apply((l) => addCamera(l, cam('2'))), { ok: true });
  await store.apply((l) => removeCamera(l, '1'));
  assert.deepEqual(seen, [2, 1]);
  assert.deepEqual(
    saved.map((l) => l.map((c) => c.id)),
    [['1', '2'], ['2']],
  );
});

test('a refused change reports why and neither saves nor publishes', async () => {
  const { storage, saved } = memoryStorage([cam('1')]);
  const store = createCameraStore(storage);
  let published = 0;
  store.subscribe(() => published++);
  await store.ready;
  published = 0;
  const r = await store.apply((l) => addCamera(l, cam('1')));
  assert.equal(r.ok, false);
  assert.equal(saved.length, 0);
  assert.equal(published, 0);
  assert.equal(store.get().length, 1);
});

test('changes applied before loading finishes wait for the saved list', async () => {
  const { storage } = memoryStorage([cam('1')]);
  const store = createCameraStore(storage);
  await store.apply((l) => addCamera(l, cam('2')));
  assert.deepEqual(
    store.get().map((c) => c.id),
    ['1', '2'],
  );
});

test('a failed write keeps the previous list', async () => {
  const storage: ListStorage = {
    load: async () => [cam('1')],
    save: async () => {
      throw new Error('quota exceeded');
    },
  };
  const store = createCameraStore(storage);
  await assert.rejects(
    store.apply((l) => addCamera(l, cam('2'))),
    /quota/,
  );
  assert.equal(store.get().length, 1);
  assert.deepEqual(
    await store.apply((l) => removeCamera(l, '1')).catch((e: Error) => e.message),
    'quota exceeded',
  );
});
