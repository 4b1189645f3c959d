/**
 * What this browser can do about http cameras from an https page (reference embedded-ui.md §7):
 * Chrome/Edge ≥ 142 may, after the Local Network Access prompt; Safari (every iOS browser) and
 * Firefox block such requests as mixed content. Pure: decided from the user agent string.
 */

export type BrowserReach = 'lna' | 'chromium-without-lna' | 'webkit' | 'firefox' | 'other';

/** Chrome shipped the Local Network Access prompt, and its mixed-content relaxation, in 142. */
const FIRST_LNA_CHROME = 142;

export function browserReach(userAgent: string): BrowserReach {
  // Every iOS browser is WebKit underneath, whatever its name (CriOS, FxiOS, EdgiOS).
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'webkit';
  if (/Firefox\//.test(userAgent)) return 'firefox';
  const chrome = /(?:Chrome|Chromium)\/(\d+)/.exec(userAgent);
  if (chrome) return Number(chrome[1]) >= FIRST_LNA_CHROME ? 'lna' : 'chromium-without-lna';
  if (/Safari\//.test(userAgent)) return 'webkit';
  return 'other';
}

/**
 * Whether a page at `pageUrl` fetching `cameraOrigin` is an https → http request, the case that
 * mixed-content rules block unless the browser relaxes them for local addresses.
 */
export function isMixedContent(pageUrl: string, cameraOrigin: string): boolean {
  return new URL(pageUrl).protocol === 'https:' && new URL(cameraOrigin).protocol === 'http:';
}

/** Loopback pages (npm start, tests) reach anything without LNA prompts (§7: loopback → anything). */
export function isLoopbackPage(pageUrl: string): boolean {
  const host = new URL(pageUrl).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
}
