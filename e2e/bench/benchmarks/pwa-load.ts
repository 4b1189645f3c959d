import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../../build/lib/paths.ts';
import { gzipLength } from '../../../build/lib/size-table.ts';
import { atLeast, atMost, type Benchmark, measured, notYetAvailable } from '../benchmark.ts';
import { firstScreenJs } from '../lib/first-screen.ts';

/** The PWA issue's budget for JavaScript before the first screen: 40 KB gzipped. */
const FIRST_SCREEN_JS_TARGET = atMost(40 * 1024, 'B');
const LIGHTHOUSE_TARGET = atLeast(95, '');

export const pwaLoad: Benchmark = {
  name: 'pwa-load',
  title: 'PWA load',
  target: 'first-screen JS ≤ 40 KB gzip; Lighthouse performance ≥ 95',
  async run() {
    if (!existsSync(join(paths.pwaDist, 'index.html')))
      throw new Error('pwa/dist is missing: the build did not run');
    const files = firstScreenJs(paths.pwaDist);
    const bytes = files.map((f) => readFileSync(f));
    const gzip = bytes.reduce((sum, b) => sum + gzipLength(b), 0);
    const raw = bytes.reduce((sum, b) => sum + b.length, 0);
    return {
      lines: [
        measured(
          `first-screen JS, gzip -9 (${files.length} file${files.length > 1 ? 's' : ''})`,
          'B',
          gzip,
          FIRST_SCREEN_JS_TARGET,
        ),
        measured('first-screen JS, raw', 'B', raw),
        notYetAvailable(
          'Lighthouse performance score',
          'the lighthouse npm package is not installed (a devDependency the bench would add)',
          LIGHTHOUSE_TARGET,
        ),
      ],
      notes: [
        'First-screen JS: the module scripts and modulepreloads of pwa/dist/index.html and the closure of ' +
          'their static imports, each gzipped at level 9 on its own; lazy chunks (dynamic import) are left out.',
      ],
    };
  },
};
