// `npm run fuzz [-- --seconds N] [target ...]`: long libFuzzer runs of the firmware's parsers.
// Each target keeps its growing corpus in .cache/fuzz/<target>, so runs build on each other.
// Crashing inputs land in .cache/fuzz-artifacts; reproduce with `firmware/build-fuzz/test/fuzz/<target> <file>`.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFuzzers, fuzzTargets, runFuzzer } from './lib/fuzz.ts';
import { paths } from './lib/paths.ts';

/** Long enough to get past the shallow paths the seed corpus already covers. */
const DEFAULT_SECONDS = 300;

const { values, positionals } = parseArgs({
  options: { seconds: { type: 'string', default: String(DEFAULT_SECONDS) } },
  allowPositionals: true,
});
const seconds = Number(values.seconds);
if (!Number.isInteger(seconds) || seconds < 1) {
  console.error(`--seconds must be a positive whole number, got '${values.seconds}'`);
  process.exit(2);
}
const known = fuzzTargets();
const unknown = positionals.filter((t) => !known.includes(t));
if (unknown.length > 0) {
  console.error(`unknown fuzz target(s): ${unknown.join(', ')}; known: ${known.join(', ')}`);
  process.exit(2);
}

const built = await buildFuzzers();
if (built.code !== 0) process.exit(built.code);
const failed: string[] = [];
for (const target of positionals.length > 0 ? positionals : known) {
  console.log(`\n━━ ${target} (${seconds} s) ━━`);
  const r = await runFuzzer(target, seconds, join(paths.cache, 'fuzz', target));
  if (r.code !== 0) failed.push(target);
}
console.log(failed.length > 0 ? `\nfuzz: crashes in ${failed.join(', ')}` : '\nfuzz: no crash found');
process.exit(failed.length > 0 ? 1 : 0);
