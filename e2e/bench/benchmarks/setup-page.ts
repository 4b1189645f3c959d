import { type Browser, devices } from '@playwright/test';
import { startSimCamera } from '../../fixtures/sim-camera.ts';
import { type Benchmark, below, type Line, measured } from '../benchmark.ts';
import { launchChromium } from '../lib/chromium.ts';
import { AP_LINK, type LoadFigures, ThrottledPage } from '../lib/page-load.ts';
import { startPrusaShapedServer } from '../lib/prusa-server.ts';
import { pairedRatios, summarize } from '../stats.ts';

/** Targets from the device-UI issue: the setup form over the access-point link. */
const COLD_TARGET = below(400, 'ms');
const WARM_TARGET = below(150, 'ms');

interface Site {
  label: string;
  url: string;
  cold: LoadFigures[];
  warm: LoadFigures[];
  warmPage?: ThrottledPage;
}

/** A phone: the access point's visitors are phones, and the viewport changes layout work. */
const PHONE = devices['Pixel 7'];

async function coldLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext(PHONE);
  try {
    return await (await ThrottledPage.open(context)).load(url);
  } finally {
    await context.close();
  }
}

function siteLines(s: Site, cold?: ReturnType<typeof below>, warm?: ReturnType<typeof below>): Line[] {
  const of = (loads: LoadFigures[], key: keyof LoadFigures) => summarize(loads.map((l) => l[key]));
  return [
    measured(`${s.label}: cold, navigation → usable form`, 'ms', of(s.cold, 'readyMs'), cold),
    measured(`${s.label}: warm, navigation → usable form`, 'ms', of(s.warm, 'readyMs'), warm),
    measured(`${s.label}: cold, requests on the wire`, '', of(s.cold, 'requests')),
    measured(`${s.label}: cold, bytes on the wire`, 'B', of(s.cold, 'bytes')),
    measured(`${s.label}: warm, requests on the wire`, '', of(s.warm, 'requests')),
    measured(`${s.label}: warm, bytes on the wire`, 'B', of(s.warm, 'bytes')),
  ];
}

export const setupPage: Benchmark = {
  name: 'setup-page',
  title: 'Setup page over the access-point link',
  target: 'cold < 400 ms, warm (ETag 304) < 150 ms; ratio to a Prusa-shaped UI through the same throttle',
  async run(ctx) {
    const camera = await startSimCamera();
    const prusa = await startPrusaShapedServer();
    const browser = await launchChromium();
    try {
      const sites: Site[] = [
        { label: 'printcam', url: camera.url, cold: [], warm: [] },
        { label: 'Prusa-shaped', url: prusa.url, cold: [], warm: [] },
      ];
      // A warm visit is a second visit: one unmeasured load fills each site's cache first.
      for (const s of sites) {
        s.warmPage = await ThrottledPage.open(await browser.newContext(PHONE));
        await s.warmPage.load(s.url);
      }
      for (let i = 0; i < ctx.repeat; i++) {
        // Alternate who goes first, so neither always runs right after the other's teardown.
        const order = i % 2 === 0 ? sites : [...sites].reverse();
        for (const s of order) s.cold.push(await coldLoad(browser, s.url));
        for (const s of order) s.warm.push(await (s.warmPage as ThrottledPage).load(s.url));
        ctx.log(`round ${i + 1}/${ctx.repeat}`);
      }
      const [ours, theirs] = sites;
      const ratio = (kind: 'cold' | 'warm') =>
        measured(
          `printcam ÷ Prusa-shaped, ${kind} (paired by round)`,
          '×',
          summarize(
            pairedRatios(
              ours[kind].map((l) => l.readyMs),
              theirs[kind].map((l) => l.readyMs),
            ),
          ),
        );
      return {
        lines: [
          ...siteLines(ours, COLD_TARGET, WARM_TARGET),
          ...siteLines(theirs),
          ratio('cold'),
          ratio('warm'),
        ],
        notes: [
          `Chromium network emulation (CDP Network.emulateNetworkConditions): ${AP_LINK.latencyMs} ms ` +
            `latency, ${AP_LINK.bitsPerSecond / 1e6} Mbit/s both ways, phone viewport (Pixel 7); Chromium ` +
            'adds the latency to each request and shares the throughput among concurrent ones.',
          'Usable form: the first animation frame in which the `[data-ready]` element is visible, timed from ' +
            'navigation start in the page. printcam marks its first screen (device-ui/src/App).',
          'Cold: a fresh browser context (empty cache, no open connections). Warm: a later visit in a ' +
            'context that loaded the page before (printcam revalidates with its ETag; the Prusa firmware ' +
            'has no ETag and relies on max-age).',
          'Prusa-shaped: filler files with the request count, raw sizes and Cache-Control of the Prusa ' +
            'firmware v1.1.2 UI (reference §4.1–4.3; see e2e/bench/lib/prusa-shape.ts), served by Node ' +
            'over loopback. It omits the snapshot image, the JSON request that fills the form and real ' +
            "jQuery's CPU time, all in that firmware's favour. The simulated camera serves printcam.",
        ],
      };
    } finally {
      await browser.close();
      await Promise.all([camera.stop(), prusa.close()]);
    }
  },
};
