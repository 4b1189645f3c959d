import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import type { Info } from '../api/types.ts';
import { recall, remember } from './last-visit.ts';

const holder = globalThis as { localStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> };
afterEach(() => {
  holder.localStorage = undefined;
});

function memoryStorage() {
  const saved = new Map<string, string>();
  holder.localStorage = {
    getItem: (k) => saved.get(k) ?? null,
    setItem: (k, v) => saved.set(k, v),
    removeItem: (k) => saved.delete(k),
  };
  return saved;
}

test('a visit remembered is recalled, and forgetting it leaves nothing', () => {
  const saved = memoryStorage();
  const info = { name: 'Desk cam' } as Info;
  remember({ info, setup: true });
  assert.deepEqual(recall(), { info, setup: true });
  remember(undefined);
  assert.equal(recall(), undefined);
  assert.equal(saved.size, 0);
});

test('no storage, or garbage in it, recalls nothing and throws nothing', () => {
  assert.equal(recall(), undefined);
  remember({ info: {} as Info, setup: false });
  const saved = memoryStorage();
  saved.set('printcam.last', '{not json');
  assert.equal(recall(), undefined);
});
