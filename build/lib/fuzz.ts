// The libFuzzer targets in firmware/test/fuzz: built with clang++ in their own build directory
// (the host build uses g++), run for a bounded time each. Used by `npm test` (a short run per
// target) and `npm run fuzz` (long runs that keep their corpus in .cache/fuzz).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmakeBuild } from './firmware.ts';
import { paths } from './paths.ts';
import { type RunResult, run } from './run.ts';

export const fuzzBuildDir = join(paths.firmware, 'build-fuzz');
const fuzzSourceDir = join(paths.firmware, 'test', 'fuzz');

/** Target names, from the sources: `fuzz_query.cpp` → `fuzz_query`. */
export function fuzzTargets(): string[] {
  return readdirSync(fuzzSourceDir)
    .filter((f) => /^fuzz_\w+\.cpp$/.test(f))
    .map((f) => f.replace(/\.cpp$/, ''))
    .sort();
}

/** Configures (once) and builds the fuzz targets with clang++ and libFuzzer. */
export function buildFuzzers(): Promise<RunResult> {
  return cmakeBuild(fuzzBuildDir, [
    '-DPRINTCAM_FUZZ=ON',
    '-DBUILD_TESTING=OFF',
    '-DCMAKE_CXX_COMPILER=clang++',
    // Optimised, so a few seconds cover many inputs; sanitizers stay on (host-flags.cmake).
    '-DCMAKE_BUILD_TYPE=RelWithDebInfo',
  ]);
}

/**
 * Runs one target for `seconds`. New inputs go to `corpusDir` (a fresh temporary folder when
 * omitted, so a test run never writes into the repository); the committed seeds in
 * test/fuzz/corpus/<name> are read too. A crash leaves its input in `artifactDir`.
 */
export async function runFuzzer(
  target: string,
  seconds: number,
  corpusDir?: string,
  artifactDir: string = join(paths.cache, 'fuzz-artifacts'),
): Promise<RunResult> {
  const corpus = corpusDir ?? mkdtempSync(join(tmpdir(), `${target}-`));
  mkdirSync(corpus, { recursive: true });
  mkdirSync(artifactDir, { recursive: true });
  const seeds = join(fuzzSourceDir, 'corpus', target.replace(/^fuzz_/, ''));
  const args = [
    `-max_total_time=${seconds}`,
    `-artifact_prefix=${artifactDir}/${target}-`,
    '-print_final_stats=0',
    corpus,
    ...(existsSync(seeds) ? [seeds] : []),
  ];
  try {
    return await run(join(fuzzBuildDir, 'test', 'fuzz', target), args);
  } finally {
    if (!corpusDir) rmSync(corpus, { recursive: true, force: true });
  }
}
