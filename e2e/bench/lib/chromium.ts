import { type Browser, chromium } from '@playwright/test';

/** Debian's Chromium, as in playwright.config.ts; never a downloaded browser. */
export const chromiumPath = process.env.PRINTCAM_CHROMIUM ?? '/usr/bin/chromium';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Flags shared with the e2e suite: the network is closed, background services only add noise. */
export const chromiumFlags = [
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}
