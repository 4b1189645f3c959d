import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { paths } from '../../../build/lib/paths.ts';
import { gzipLength } from '../../../build/lib/size-table.ts';
import { serveStatic } from '../../../build/lib/static-server.ts';
import { atLeast, atMost, type Benchmark, type Line, measured, notYetAvailable } from '../benchmark.ts';
import { firstScreenJs } from '../lib/first-screen.ts';
import { type LighthouseFigures, lighthouseBin, runLighthouse } from '../lib/lighthouse.ts';
import { summarize } from '../stats.ts';

/** The PWA issue's budget for JavaScript before the first screen: 40 KB gzipped. */
const FIRST_SCREEN_JS_TARGET = atMost(40 * 1024, 'B');
const LIGHTHOUSE_TARGET = atLeast(95, '');
/** A Lighthouse run takes about 20 s here; a quarter of the repeats keeps the benchmark near a minute. */
const LIGHTHOUSE_SHARE = 4;

/** Lighthouse against the built PWA served the way `npm start` serves it, or why it cannot run. */
async function lighthouse(repeat: number, log: (m: string) => void): Promise<Line[]> {
  if (!existsSync(lighthouseBin)) {
    return [
      notYetAvailable(
        'Lighthouse performance score',
        'the lighthouse package is not installed',
        LIGHTHOUSE_TARGET,
      ),
    ];
  }
  const server = await serveStatic(paths.pwaDist, 0);
  const runs: LighthouseFigures[] = [];
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const count = Math.max(1, Math.ceil(repeat / LIGHTHOUSE_SHARE));
    for (let i = 0; i < count; i++) {
      runs.push(await runLighthouse(url));
      log(`lighthouse ${i + 1}/${count}`);
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return [
    measured(
      'Lighthouse performance score (mobile)',
      '',
      summarize(runs.map((r) => r.score)),
      LIGHTHOUSE_TARGET,
    ),
    measured('Lighthouse largest contentful paint (simulated)', 'ms', summarize(runs.map((r) => r.lcpMs))),
    measured('Lighthouse total blocking time (simulated)', 'ms', summarize(runs.map((r) => r.tbtMs))),
  ];
}

export const pwaLoad: Benchmark = {
  name: 'pwa-load',
  title: 'PWA load',
  target: 'first-screen JS ≤ 40 KB gzip; Lighthouse performance ≥ 95',
  async run(ctx) {
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
        ...(await lighthouse(ctx.repeat, ctx.log)),
      ],
      notes: [
        'First-screen JS: the module scripts and modulepreloads of pwa/dist/index.html and the closure of ' +
          'their static imports, each gzipped at level 9 on its own; lazy chunks (dynamic import) are left out.',
        "Lighthouse 12 (its default mobile preset: simulated slow 4G and CPU slowdown) in Debian's headless " +
          'Chromium, against pwa/dist served by build/lib/static-server.ts over loopback.',
      ],
    };
  },
};
