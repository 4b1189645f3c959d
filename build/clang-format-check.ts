// Fails when a firmware C++ file differs from .clang-format's style (`clang-format -i` fixes it).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from './lib/paths.ts';
import { run } from './lib/run.ts';

const SKIP = new Set(['generated', 'build-host', 'build-host-release', 'build-fuzz', 'build', 'managed_components']);
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(cpp|hpp|h|c)$/.test(name) ? [p] : [];
  });
}

const files = sources(paths.firmware);
const r = await run('clang-format', ['--dry-run', '--Werror', ...files]);
if (r.code === 0) console.log(`clang-format: ${files.length} files clean`);
process.exit(r.code);
