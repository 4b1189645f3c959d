import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { paths } from './paths.ts';
import { type RunResult, run } from './run.ts';

/**
 * Configures the firmware's host platform in `dir` once, with `flags` (a later change of flags needs
 * the folder removed), then builds it incrementally; `target` narrows the build to one target.
 */
export async function cmakeBuild(dir: string, flags: string[], target?: string): Promise<RunResult> {
  if (!existsSync(join(dir, 'CMakeCache.txt'))) {
    const configured = await run('cmake', ['-S', paths.firmware, '-B', dir, '-DPRINTCAM_HOST=ON', ...flags]);
    if (configured.code !== 0) return configured;
  }
  const only = target ? ['--target', target] : [];
  return run('cmake', ['--build', dir, ...only, '-j', String(availableParallelism())]);
}

/** The firmware's host build: simulator, tests, fuzzers. */
export function buildFirmwareHost(): Promise<RunResult> {
  return cmakeBuild(paths.firmwareHostBuild, ['-DCMAKE_BUILD_TYPE=Debug']);
}
