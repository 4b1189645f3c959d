import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type JobResult, runQueue } from './queue.ts';

/** A job whose completion the test controls, recording when each one starts. */
function controlledJobs() {
  const started: string[] = [];
  const finish = new Map<string, (r: JobResult) => void>();
  const job = (item: string) =>
    new Promise<JobResult>((resolve) => {
      started.push(item);
      finish.set(item, resolve);
    });
  return { started, finish: (item: string, ok = true) => finish.get(item)?.({ ok }), job };
}

const tick = () => new Promise((r) => setImmediate(r));

test('one at a time starts the next camera only after the previous one finished', async () => {
  const c = controlledJobs();
  const run = runQueue(['a', 'b', 'c'], { parallel: 1, stopOnFailure: false }, c.job);
  await tick();
  assert.deepEqual(c.started, ['a']);
  c.finish('a');
  await tick();
  assert.deepEqual(c.started, ['a', 'b']);
  c.finish('b', false);
  await tick();
  c.finish('c');
  const results = await run.done;
  assert.deepEqual(
    [...results.entries()],
    [
      ['a', { ok: true }],
      ['b', { ok: false }],
      ['c', { ok: true }],
    ],
  );
});

test('N in parallel keeps N cameras busy and never more', async () => {
  const c = controlledJobs();
  const run = runQueue(['a', 'b', 'c', 'd'], { parallel: 2, stopOnFailure: false }, c.job);
  await tick();
  assert.deepEqual(c.started, ['a', 'b']);
  c.finish('b');
  await tick();
  assert.deepEqual(c.started, ['a', 'b', 'c']);
  c.finish('a');
  c.finish('c');
  await tick();
  c.finish('d');
  assert.equal((await run.done).size, 4);
});

test('stop on the first failure lets running jobs finish and skips the rest', async () => {
  const c = controlledJobs();
  const skipped: string[] = [];
  const run = runQueue(['a', 'b', 'c', 'd'], { parallel: 2, stopOnFailure: true }, c.job, (i) =>
    skipped.push(i),
  );
  await tick();
  c.finish('a', false);
  await tick();
  assert.deepEqual(c.started, ['a', 'b'], 'no new camera starts after the failure');
  c.finish('b');
  const results = await run.done;
  assert.deepEqual(skipped, ['c', 'd']);
  assert.equal(results.get('c'), 'skipped');
  assert.deepEqual(results.get('b'), { ok: true });
});

test('a job that throws counts as a failure', async () => {
  const run = runQueue(['a', 'b'], { parallel: 1, stopOnFailure: true }, async (item) => {
    if (item === 'a') throw new Error('boom');
    return { ok: true };
  });
  const results = await run.done;
  assert.deepEqual(results.get('a'), { ok: false });
  assert.equal(results.get('b'), 'skipped');
});

test('stop() starts nothing new, and an empty queue finishes at once', async () => {
  const c = controlledJobs();
  const run = runQueue(['a', 'b'], { parallel: 1, stopOnFailure: false }, c.job);
  await tick();
  run.stop();
  c.finish('a');
  const results = await run.done;
  assert.equal(results.get('b'), 'skipped');
  assert.equal((await runQueue([], { parallel: 3, stopOnFailure: false }, c.job).done).size, 0);
});
