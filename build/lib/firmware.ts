import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { paths } from './paths.ts';
import { type RunResult, run } from './run.ts';

/** Configures (once) and builds the firmware's host build incrementally: simulator, tests, fuzzers. */
export async function buildFirmwareHost(): Promise<RunResult> {
  const dir = paths.firmwareHostBuild;
  if (!existsSync(join(dir, 'CMakeCache.txt'))) {
    const configured = await run('cmake', [
      '-S',
      paths.firmware,
      '-B',
      dir,
      '-DPRINTCAM_HOST=ON',
      '-DCMAKE_BUILD_TYPE=Debug',
    ]);
    if (configured.code !== 0) return configured;
  }
  return run('cmake', ['--build', dir, '-j', String(availableParallelism())]);
}
