import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem, type } from 'node:os';
import { root } from '../../build/lib/paths.ts';
import { chromiumPath } from './lib/chromium.ts';

/** Where and when the figures were taken: they mean little without it. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  date: string;
  commit: string;
}

export function describeMachine(now = new Date()): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osName()} (${type()} ${release()})`,
    node: process.version,
    chromium: chromiumVersion(),
    date: now.toISOString(),
    commit: gitCommit(),
  };
}

function osName(): string {
  const file = '/etc/os-release';
  if (!existsSync(file)) return type();
  const m = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync(file, 'utf8'));
  return m ? m[1] : type();
}

function chromiumVersion(): string {
  try {
    // Debian's wrapper script prints shell noise on stderr; the version is on stdout.
    const out = execFileSync(chromiumPath, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] });
    return out.toString().trim();
  } catch {
    return `${chromiumPath} --version failed`;
  }
}

/** Short hash, with a mark when the work tree differs from it (the figures are then not its own). */
function gitCommit(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root }).toString().trim();
  try {
    const hash = git('rev-parse', '--short=12', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!e2e/bench/results');
    return dirty ? `${hash} + uncommitted changes` : hash;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
