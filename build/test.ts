// `npm test`: every suite in order, each suite's own output shown live, then a table and one line
// `N passed, N failed` summing them all. Exits non-zero on any failure.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildAll, buildFailure } from './build.ts';
import { buildFirmwareHost } from './lib/firmware.ts';
import { buildFuzzers, fuzzTargets, runFuzzer } from './lib/fuzz.ts';
import { paths, root } from './lib/paths.ts';
import { run } from './lib/run.ts';
import { type Counts, ctestCounts, nodeTestCounts, playwrightCounts } from './lib/test-counts.ts';

const results: { suite: string; counts: Counts }[] = [];
const record = (suite: string, counts: Counts) => results.push({ suite, counts });
const one = (ok: boolean): Counts => ({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
const banner = (name: string) => console.log(`\n━━ ${name} ━━`);

const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  'dist',
  'build-host',
  'build-fuzz',
  'generated',
  'test-results',
  '.cache',
]);
function findFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP_DIRS.has(name)) return [];
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return findFiles(p, suffix);
    return name.endsWith(suffix) ? [relative(root, p)] : [];
  });
}

banner('build');
let built = true;
try {
  await buildAll();
} catch (err) {
  built = false;
  console.error(buildFailure(err));
}
record('build', one(built));

banner('type check');
for (const project of ['build', 'device-ui', 'pwa', 'pwa/src/sw', 'e2e']) {
  const r = await run('npx', ['tsc', '-p', project, '--noEmit']);
  record(`tsc ${project}`, one(r.code === 0));
}

banner('lint');
record('biome', one((await run('npx', ['biome', 'ci', '.'])).code === 0));
record('clang-format', one((await run('npx', ['tsx', 'build/clang-format-check.ts'])).code === 0));

banner('TypeScript unit tests (node:test)');
const unitFiles = findFiles(root, '.test.ts');
const unit = await run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', ...unitFiles]);
record('node:test', nodeTestCounts(unit.output, unit.code));

banner('firmware host build and tests (ctest)');
const fw = await buildFirmwareHost();
if (fw.code !== 0) {
  record('firmware build', one(false));
} else {
  const ctest = await run('ctest', ['--test-dir', paths.firmwareHostBuild, '--output-on-failure', '-j2']);
  record('ctest', ctestCounts(ctest.output, ctest.code));
}

banner('fuzz (libFuzzer, a short run per target)');
/** Enough to shake out shallow parser bugs on every run without slowing `npm test` much. */
const FUZZ_SECONDS_PER_TARGET = 5;
const fuzzBuild = await buildFuzzers();
if (fuzzBuild.code !== 0) {
  record('fuzz build', one(false));
} else {
  const fuzzCounts = { passed: 0, failed: 0, skipped: 0 };
  for (const target of fuzzTargets()) {
    const ok = (await runFuzzer(target, FUZZ_SECONDS_PER_TARGET)).code === 0;
    fuzzCounts[ok ? 'passed' : 'failed'] += 1;
  }
  record('fuzz', fuzzCounts);
}

banner('end-to-end (Playwright, Chromium)');
if (!built || fw.code !== 0) {
  console.log('Not run: the build above failed.');
  record('playwright', one(false));
} else {
  const report = join(root, 'e2e', 'test-results', 'results.json');
  rmSync(report, { force: true });
  const e2e = await run('npx', ['playwright', 'test']);
  const json = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
  record('playwright', playwrightCounts(json, e2e.code));
}

const total = results.reduce(
  (t, r) => ({
    passed: t.passed + r.counts.passed,
    failed: t.failed + r.counts.failed,
    skipped: t.skipped + r.counts.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\n━━ summary ━━');
for (const r of results) {
  const mark = r.counts.failed > 0 ? '✗' : '✓';
  console.log(`${mark} ${r.suite.padEnd(20)} ${r.counts.passed} passed, ${r.counts.failed} failed`);
}
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`,
);
process.exit(total.failed > 0 ? 1 : 0);
