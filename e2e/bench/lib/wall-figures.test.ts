import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawnOfSent, mainThreadReading, pageCost, type TileReading, tileRates } from './wall-figures.ts';

const tile = (frames: number, state = 'live', focused = false, source = 'snapshots'): TileReading => ({
  frames,
  state,
  focused,
  source,
});

test('each visible tile’s rate is its frames over the window; paused tiles are left out', () => {
  const before = [tile(10), tile(3, 'paused'), tile(0, 'live', true, 'worker')];
  const after = [tile(30), tile(3, 'paused'), tile(100, 'live', true, 'worker')];
  assert.deepEqual(tileRates(before, after, 10), [
    { index: 0, fps: 2, focused: false, source: 'snapshots' },
    { index: 2, fps: 10, focused: true, source: 'worker' },
  ]);
});

test('readings that cannot be compared are refused, not turned into figures', () => {
  assert.throws(() => tileRates([tile(1)], [], 10), /1 tiles, then 0/);
  assert.throws(() => tileRates([tile(5)], [tile(4)], 10), /went back/);
  assert.throws(() => tileRates([tile(1)], [tile(2)], 0), /must last/);
});

test('the page’s costs are Chromium’s metrics over wall time, without the benchmark’s own CDP calls', () => {
  const metrics = (t: number, task: number, devtools: number, thread: number, process: number) => [
    { name: 'Timestamp', value: t },
    { name: 'TaskDuration', value: task },
    { name: 'DevToolsCommandDuration', value: devtools },
    { name: 'ThreadTime', value: thread },
    { name: 'ProcessTime', value: process },
    { name: 'Nodes', value: 12 },
  ];
  const a = mainThreadReading(metrics(100, 1.5, 0.1, 1, 2));
  const b = mainThreadReading(metrics(104, 2.7, 0.3, 1.6, 4.4));
  const cost = pageCost(a, b);
  assert.ok(Math.abs(cost.busy - 0.25) < 1e-9);
  assert.ok(Math.abs(cost.mainCpu - 0.15) < 1e-9);
  assert.ok(Math.abs(cost.rendererCpu - 0.6) < 1e-9);
  assert.throws(() => pageCost(b, a), /time order/);
  assert.throws(() => mainThreadReading([{ name: 'Timestamp', value: 1 }]), /no TaskDuration/);
});

test('a streaming tile keeps up when it draws what its camera sent', () => {
  const rates = [
    { index: 0, fps: 15, focused: true, source: 'worker' },
    { index: 2, fps: 2.5, focused: false, source: 'worker' },
    { index: 3, fps: 0, focused: false, source: 'worker' },
  ];
  assert.deepEqual(drawnOfSent(rates, [15, 9, 5, 0]), [1, 0.5]);
  assert.throws(() => drawnOfSent(rates, [15]), /no camera rate for tile 3/);
});
