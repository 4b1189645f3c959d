import { type Browser, chromium } from '@playwright/test';
import { chromiumExecutable } from '../../../build/lib/chromium.mjs';

/** The system's Chromium or Chrome, as in playwright.config.ts; never a downloaded browser. */
export const chromiumPath = chromiumExecutable();

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
