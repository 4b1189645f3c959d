import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** A phone on the camera's access point, as issue 9 sets it: 50 ms latency, 1 Mbit/s both ways. */
export const AP_LINK = { latencyMs: 50, bitsPerSecond: 1_000_000 };

/** Generous: the slowest page here needs about two seconds through the throttle. */
const LOAD_TIMEOUT_MS = 30_000;

/** After the page is usable and loaded, how long stragglers get before the counts are read. */
const SETTLE_MS = 300;

export interface LoadFigures {
  /** Navigation start → first animation frame in which the `[data-ready]` element is visible. */
  readyMs: number;
  /** Responses that crossed the (emulated) network: cache hits are not counted, 304s are. */
  requests: number;
  /** Bytes received over the network for them, headers included. */
  bytes: number;
}

/**
 * Runs in the page before its own scripts: watches for the `[data-ready]` element and records
 * the time of the first frame that shows it (rendering waits for blocking stylesheets). A string,
 * not a function: tsx compiles functions with name helpers that do not exist inside the page.
 */
const READY_PROBE = `(() => {
  let waiting = false;
  const frame = () => {
    const el = document.querySelector('[data-ready]');
    if (el && el.checkVisibility()) window.__benchReadyAt = performance.now();
    else requestAnimationFrame(frame);
  };
  new MutationObserver(() => {
    if (waiting || !document.querySelector('[data-ready]')) return;
    waiting = true;
    requestAnimationFrame(frame);
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

/** A page in `context` that measures its loads through the emulated access-point link. */
export class ThrottledPage {
  private responses = new Map<string, boolean>();
  private requests = 0;
  private bytes = 0;

  private constructor(
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {
    cdp.on('Network.responseReceived', (e) => {
      this.responses.set(e.requestId, e.response.fromDiskCache || e.response.fromPrefetchCache === true);
    });
    cdp.on('Network.requestServedFromCache', (e) => {
      this.responses.set(e.requestId, true);
    });
    cdp.on('Network.loadingFinished', (e) => {
      const fromCache = this.responses.get(e.requestId);
      if (fromCache !== false || e.encodedDataLength === 0) return;
      this.requests += 1;
      this.bytes += e.encodedDataLength;
    });
  }

  static async open(context: BrowserContext): Promise<ThrottledPage> {
    await context.addInitScript({ content: READY_PROBE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    return new ThrottledPage(page, cdp);
  }

  /** Navigates to url and waits until it is usable and loaded; the caller chooses cold or warm. */
  async load(url: string): Promise<LoadFigures> {
    await this.page.goto('about:blank');
    await this.cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: AP_LINK.latencyMs,
      downloadThroughput: AP_LINK.bitsPerSecond / 8,
      uploadThroughput: AP_LINK.bitsPerSecond / 8,
    });
    this.responses.clear();
    this.requests = 0;
    this.bytes = 0;
    await this.page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await this.page.waitForFunction('window.__benchReadyAt !== undefined', null, {
      timeout: LOAD_TIMEOUT_MS,
    });
    const readyMs = Number(await this.page.evaluate('window.__benchReadyAt'));
    // Late responses (favicon, a last icon) still count, and a warm load needs them cached. Not
    // 'networkidle': a page holding an event stream open never gets there.
    await this.page.waitForTimeout(SETTLE_MS);
    return { readyMs, requests: this.requests, bytes: this.bytes };
  }
}
