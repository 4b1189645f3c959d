import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atMost, type BenchmarkResult, measured, notYetAvailable } from './benchmark.ts';
import type { Machine } from './machine.ts';
import { formatConsole, formatMarkdown, formatNumber, formatSpread, formatValue, tally } from './report.ts';
import { summarize } from './stats.ts';

const machine: Machine = {
  cpu: 'Test CPU @ 2.0GHz',
  cores: 2,
  memoryGiB: 3.8,
  os: 'Debian GNU/Linux 12 (bookworm) (Linux 6.1)',
  node: 'v20.0.0',
  chromium: 'Chromium 156',
  date: '2026-11-22T06:00:00.000Z',
  commit: 'abc123def456',
};

const result: BenchmarkResult = {
  name: 'setup-page',
  title: 'Setup page over the AP link',
  target: 'cold < 400 ms',
  durationMs: 12_345,
  lines: [
    measured('cold load', 'ms', summarize([300, 310, 320]), atMost(400, 'ms')),
    measured('UI gzip', 'B', 20_000, atMost(16_384, 'B')),
    measured('ratio', '×', 0.2468),
    notYetAvailable('stream fps', 'route /stream.mjpg answers 404', '≥ 1 fps'),
  ],
  notes: ['Chromium network emulation | 1 Mbit/s'],
};

test('numbers get thousands separators and about three significant digits', () => {
  assert.equal(formatNumber(16384), '16,384');
  assert.equal(formatNumber(312.4), '312');
  assert.equal(formatNumber(12.34), '12.3');
  assert.equal(formatNumber(1.2345), '1.23');
  assert.equal(formatNumber(0.24681), '0.247');
});

test('values carry their unit, ratios a times sign, missing values a dash', () => {
  const [cold, bytes, ratio, missing] = result.lines;
  assert.equal(formatValue(cold), '310 ms');
  assert.equal(formatValue(bytes), '20,000 B');
  assert.equal(formatValue(ratio), '0.247×');
  assert.equal(formatValue(missing), '—');
});

test('the spread shows p10–p90 and the sample count, and nothing for exact figures', () => {
  assert.equal(formatSpread(result.lines[0]), '302–318 (n=3)');
  assert.equal(formatSpread(result.lines[1]), '');
});

test('verdicts judge the median against the target', () => {
  assert.deepEqual(
    result.lines.map((l) => l.verdict),
    ['met', 'not met', 'info', 'not yet available'],
  );
  assert.equal(tally([result]), '1 met, 1 not met, 1 not yet available (1 figures without a target)');
});

test('the console table names the benchmark and puts each note under its line', () => {
  const text = formatConsole([result]);
  assert.match(text, /Setup page over the AP link \[setup-page\] — 12\.3 s/);
  assert.match(text, /cold load\s+310 ms\s+302–318 \(n=3\)\s+≤ 400 ms\s+met/);
  assert.match(text, /stream fps.*not yet available\n {4}↳ route \/stream\.mjpg answers 404/);
});

test('the Markdown report has the machine, date, commit and one table per benchmark', () => {
  const text = formatMarkdown({
    machine,
    options: { only: null, repeat: 3 },
    durationMs: 61_000,
    results: [result],
  });
  assert.match(
    text,
    /Run on 2026-11-22 .* at commit `abc123def456` with `npm run bench` \(3 repeats\), 61 s/,
  );
  assert.match(text, /\| CPU \| Test CPU @ 2\.0GHz \|/);
  assert.match(text, /\| Chromium \| Chromium 156 \|/);
  assert.match(text, /## Setup page over the AP link \(`setup-page`\)/);
  assert.match(text, /\| cold load \| 310 ms \| 302–318 \(n=3\) \| ≤ 400 ms \| met \|/);
  assert.match(text, /\n- Chromium network emulation \| 1 Mbit\/s\n/);
});

test('a partial run says which benchmarks it ran', () => {
  const text = formatMarkdown({
    machine,
    options: { only: ['ui-bytes'], repeat: 1 },
    durationMs: 1000,
    results: [],
  });
  assert.match(text, /`npm run bench -- --only ui-bytes`/);
});

test('a pipe inside a table cell is escaped so the Markdown table keeps its columns', () => {
  const piped: BenchmarkResult = { ...result, lines: [measured('a|b', 'B', 1)], notes: [] };
  const text = formatMarkdown({
    machine,
    options: { only: null, repeat: 1 },
    durationMs: 0,
    results: [piped],
  });
  assert.match(text, /\| a\\\|b \| 1 B \|/);
});
