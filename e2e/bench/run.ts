// `npm run bench`: builds, runs every benchmark (or those named by --only) on this machine over
// loopback, prints a table and writes results/latest.{json,md} (partial.{json,md} for --only).
import { join } from 'node:path';
import { buildAll } from '../../build/build.ts';
import { buildFirmwareHost } from '../../build/lib/firmware.ts';
import { root } from '../../build/lib/paths.ts';
import type { BenchmarkResult } from './benchmark.ts';
import { benchmarks } from './benchmarks/index.ts';
import { describeMachine } from './machine.ts';
import { parseOptions } from './options.ts';
import { formatConsole, type Report, writeReport } from './report.ts';

const names = benchmarks.map((b) => b.name);
const usage = [
  'usage: npm run bench [-- --only NAME[,NAME]] [--repeat N]',
  '',
  'benchmarks:',
  ...benchmarks.map((b) => `  ${b.name.padEnd(15)} ${b.title} — ${b.target}`),
].join('\n');

let options: ReturnType<typeof parseOptions>;
try {
  options = parseOptions(process.argv.slice(2), names);
} catch (err) {
  console.error(`${(err as Error).message}\n\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const started = performance.now();
console.log('━━ build ━━');
await buildAll();
const firmware = await buildFirmwareHost();
if (firmware.code !== 0) {
  console.error('The simulated camera did not build; see above.');
  process.exit(1);
}

const results: BenchmarkResult[] = [];
for (const bench of benchmarks.filter((b) => options.only?.includes(b.name) ?? true)) {
  console.log(`\n━━ ${bench.title} [${bench.name}] ━━`);
  const t0 = performance.now();
  const log = (message: string) => console.log(`  ${message}`);
  const base = { name: bench.name, title: bench.title, target: bench.target };
  try {
    const out = await bench.run({ repeat: options.repeat, log });
    results.push({ ...base, durationMs: performance.now() - t0, lines: out.lines, notes: out.notes ?? [] });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(err);
    results.push({
      ...base,
      durationMs: performance.now() - t0,
      lines: [{ metric: 'benchmark run', unit: '', value: null, verdict: 'error', note: message }],
      notes: [],
    });
  }
}

const report: Report = {
  machine: describeMachine(),
  options: { only: options.only, repeat: options.repeat },
  durationMs: performance.now() - started,
  results,
};
console.log(formatConsole(results));
const written = writeReport(
  report,
  join(root, 'e2e', 'bench', 'results'),
  options.only ? 'partial' : 'latest',
);
console.log(`\nWrote ${written.map((p) => p.slice(root.length + 1)).join(' and ')}.`);
process.exit(results.some((r) => r.lines.some((l) => l.verdict === 'error')) ? 1 : 0);
