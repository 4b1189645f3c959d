// Where printcam finds the Chromium that Playwright and the benchmarks drive; it never downloads one.
// Plain JavaScript (types in chromium.d.mts) because build/bootstrap.mjs uses it before node_modules
// exists; playwright.config.ts and e2e/bench use the same lookup.
import { existsSync } from 'node:fs';

/**
 * Checked in order when PRINTCAM_CHROMIUM is not set. Debian's package first, then Ubuntu's snap,
 * then Google's Chrome packages. Ubuntu's /usr/bin/chromium-browser is left out on purpose: on every
 * Ubuntu that runs Node 20 it is only a launcher for the snap, so it exists even when the snap could
 * not be installed (no snapd, as in containers), and /snap/bin/chromium is the real test.
 */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/** PRINTCAM_CHROMIUM when set (taken as given), else the first candidate that exists, else undefined. */
export function findChromium(env = process.env, exists = existsSync) {
  if (env.PRINTCAM_CHROMIUM) return env.PRINTCAM_CHROMIUM;
  return CHROMIUM_CANDIDATES.find((path) => exists(path));
}

/** What to tell someone whose machine has no browser printcam can use, and how to get one. */
export function noChromiumMessage() {
  return [
    'printcam needs Chromium or Google Chrome for its browser tests and found none at:',
    ...CHROMIUM_CANDIDATES.map((path) => `  ${path}`),
    'Any one of these fixes it:',
    '  - Debian: apt-get install chromium',
    '  - Ubuntu: snap install chromium (apt-get install chromium-browser does the same, and needs',
    '    a running snapd, which containers usually lack)',
    '  - Google Chrome: install its .deb (google-chrome-stable)',
    '  - a browser elsewhere: export PRINTCAM_CHROMIUM=/path/to/chromium',
  ].join('\n');
}

/** The browser to drive; throws with noChromiumMessage() when there is none. */
export function chromiumExecutable(env = process.env, exists = existsSync) {
  const path = findChromium(env, exists);
  if (path === undefined) throw new Error(noChromiumMessage());
  return path;
}
