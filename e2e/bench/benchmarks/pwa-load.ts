import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { paths } from '../../../build/lib/paths.ts';
import { gzipLength } from '../../../build/lib/size-table.ts';
import { serveStatic } from '../../../build/lib/static-server.ts';
import { atLeast, atMost, type Benchmark, type Line, measured, notYetAvailable } from '../benchmark.ts';
import { launchChromium } from '../lib/chromium.ts';
import { firstScreenJs } from '../lib/first-screen.ts';
import { type LighthouseFigures, lighthouseBin, runLighthouse } from '../lib/lighthouse.ts';
import { summarize } from '../stats.ts';

/** The PWA issue's budget for JavaScript before the first screen: 40 KB gzipped. */
const FIRST_SCREEN_JS_TARGET = atMost(40 * 1024, 'B');
const LIGHTHOUSE_TARGET = atLeast(95, '');
/** A Lighthouse run takes about 20 s here; a quarter of the repeats keeps the benchmark near a minute. */
const LIGHTHOUSE_SHARE = 4;

/** How long after `load` the first screen may still fetch its lazy route chunk and data. */
const FIRST_SCREEN_SETTLE_MS = 1_500;

/**
 * The JS files Chromium fetched to show the first screen (the shell plus whatever route it lazily
 * loads), as paths under pwa/dist. The service worker is blocked: its precache would fetch every file.
 */
async function jsLoadedByFirstScreen(url: string): Promise<string[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const files = new Set<string>();
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.ok() && path.endsWith('.js')) files.add(join(paths.pwaDist, path));
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(FIRST_SCREEN_SETTLE_MS);
    return [...files];
  } finally {
    await browser.close();
  }
}

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
    const gz = (files: string[]) => files.reduce((sum, f) => sum + gzipLength(readFileSync(f)), 0);
    const eager = firstScreenJs(paths.pwaDist);
    const server = await serveStatic(paths.pwaDist, 0);
    let loaded: string[];
    try {
      loaded = await jsLoadedByFirstScreen(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    } finally {
      server.closeAllConnections();
      server.close();
    }
    const count = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
    return {
      lines: [
        measured(
          `first-screen JS as Chromium loaded it, gzip -9 (${count(loaded.length)})`,
          'B',
          gz(loaded),
          FIRST_SCREEN_JS_TARGET,
        ),
        measured(`JS before any lazy chunk, gzip -9 (${count(eager.length)})`, 'B', gz(eager)),
        ...(await lighthouse(ctx.repeat, ctx.log)),
      ],
      notes: [
        'First-screen JS: every .js file Chromium fetched while opening the PWA (service worker blocked, ' +
          `${FIRST_SCREEN_SETTLE_MS / 1000} s after load), each gzipped at level 9 on its own. Before any lazy ` +
          'chunk: the module scripts of pwa/dist/index.html and the closure of their static imports.',
        "Lighthouse 12 (its default mobile preset: simulated slow 4G and CPU slowdown) in Debian's headless " +
          'Chromium, against pwa/dist served by build/lib/static-server.ts over loopback.',
      ],
    };
  },
};
