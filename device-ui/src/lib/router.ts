/**
 * The screens and their hash routes (`#/settings/camera`). A hash router of a few lines, because
 * preact-iso's LocationProvider + Router add 2,010 gzip bytes to a Preact + hooks bundle (measured
 * with esbuild, level-9 gzip) out of a 12 KB target, and hash routes need nothing from the camera's
 * HTTP server.
 */
export const screens = ['home', 'setup', 'settings', 'system', 'peers'] as const;
export type Screen = (typeof screens)[number];

export interface Route {
  screen: Screen;
  /** The part after the screen, e.g. a settings group. */
  arg: string;
}

export function parseHash(hash: string): Route {
  const [name = '', arg = ''] = hash.replace(/^#\/?/, '').split('/');
  const screen = screens.find((s) => s === name) ?? 'home';
  return { screen, arg: decodeURIComponent(arg) };
}

export const href = (screen: Screen, arg?: string) =>
  `#/${screen}${arg ? `/${encodeURIComponent(arg)}` : ''}`;
