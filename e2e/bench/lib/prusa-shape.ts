/**
 * A stand-in for the Prusa ESP32-CAM firmware's web UI (v1.1.2) with the same shape on the wire:
 * the same requests for the first screen, each of the same raw size, served uncompressed with the
 * same caching. The contents are filler of those sizes; no Prusa file is copied.
 *
 * Figures: ../shared/reference/prusaconnect-esp32cam.md (beside the repository)
 * - §4.1 raw sizes: index.html 3,723 B; page_config.html 9,716 B; scripts.js 17,101 B;
 *   styles.css 10,572 B; jquery (3.7.1 content, served as jquery-3.7.0.min.js) 87,533 B;
 *   15 SVG icons + logo 17,353 B together (per-icon sizes are not given: each gets the average).
 * - §4.2: no minification, no gzip; `Cache-Control: public, max-age=86400` on every file except
 *   scripts.js, which is sent without any cache header; CSS linked as `styles.css?v=1.0.0`.
 * - §4.3: the shell shows a top bar (logo, light toggle icon, refresh, reboot) and a footer GitHub
 *   link, then loads the Camera tab with `$("#content").load("page_config.html")`; every partial
 *   re-includes styles.css, jquery-3.7.0.min.js and scripts.js, and jQuery fetches the partial's
 *   scripts again (synchronously, through the HTTP cache) when it inserts it.
 * - §2: the favicon is `/favicon.svg`.
 * What it leaves out, in the Prusa firmware's favour: the snapshot image on the first screen, the
 * `json_input` request that fills the form, and the CPU time of parsing and running real jQuery.
 */
export const PRUSA_BYTES = {
  index: 3_723,
  pageConfig: 9_716,
  scripts: 17_101,
  styles: 10_572,
  jquery: 87_533,
  iconsTotal: 17_353,
  iconFiles: 16,
} as const;

const ICON_BYTES = Math.round(PRUSA_BYTES.iconsTotal / PRUSA_BYTES.iconFiles);
/** The icons the first screen shows (§4.3 top bar and footer) plus the favicon (§2). */
const FIRST_SCREEN_ICONS = [
  'esp32_cam.svg',
  'light-on-icon.svg',
  'refresh-icon.svg',
  'reboot-icon.svg',
  'github-icon.svg',
  'favicon.svg',
];

export interface FixtureFile {
  body: Buffer;
  contentType: string;
  /** false: sent without a cache header, like the firmware's scripts.js. */
  cacheable: boolean;
}

/** Pads `before + after` to exactly `size` bytes with a comment of filler between them. */
export function padTo(size: number, before: string, after: string, open: string, close: string): Buffer {
  const fixed = Buffer.byteLength(before + open + close + after);
  if (fixed > size) throw new Error(`fixture skeleton is ${fixed} B, over its size of ${size} B`);
  const pattern = 'filler standing in for the Prusa firmware file of this size ';
  const filler = pattern.repeat(Math.ceil((size - fixed) / pattern.length)).slice(0, size - fixed);
  return Buffer.from(before + open + filler + close + after);
}

const html = (size: number, body: string) => padTo(size, body, '\n', '<!--', '-->');
const js = (size: number, code: string) => padTo(size, code, '\n', '/*', '*/');

/** The partial's three re-included files (§4.3), as the partial and the loader both name them. */
const REINCLUDED =
  '<link rel="stylesheet" href="styles.css?v=1.0.0">' +
  '<script src="jquery-3.7.0.min.js"></script><script src="scripts.js"></script>';

/**
 * The jQuery-sized file carries the one piece of behaviour the shape needs: `.load()` of a
 * partial, then a synchronous re-fetch of each script it names (not run again: filler).
 */
const LOADER = `window.loadPartial=function(url,target){var x=new XMLHttpRequest();x.open('GET',url);
x.onload=function(){target.innerHTML=x.responseText;target.querySelectorAll('script[src]').forEach(function(s){
var y=new XMLHttpRequest();y.open('GET',s.getAttribute('src'),false);y.send();});};x.send();};`;

export function prusaShapedFiles(): Map<string, FixtureFile> {
  const files = new Map<string, FixtureFile>();
  const add = (path: string, body: Buffer, contentType: string, cacheable = true) =>
    files.set(path, { body, contentType, cacheable });
  const icons = FIRST_SCREEN_ICONS.filter((n) => n !== 'favicon.svg')
    .map((n) => `<img src="${n}" width="24" height="24" alt="">`)
    .join('');
  add(
    '/',
    html(
      PRUSA_BYTES.index,
      '<!doctype html><html><head><meta charset="utf-8"><title>ESP32 camera</title>' +
        '<link rel="icon" href="favicon.svg"><link rel="stylesheet" href="styles.css?v=1.0.0"></head>' +
        `<body><header>${icons}</header><div id="content"></div>` +
        '<script src="jquery-3.7.0.min.js"></script><script src="scripts.js"></script></body></html>',
    ),
    'text/html',
  );
  add(
    '/page_config.html',
    html(
      PRUSA_BYTES.pageConfig,
      `${REINCLUDED}<form data-ready><h2>Camera</h2><label>Token <input name="token"></label>` +
        '<button type="button">Save</button></form>',
    ),
    'text/html',
  );
  add(
    '/scripts.js',
    js(PRUSA_BYTES.scripts, "window.loadPartial('page_config.html',document.getElementById('content'));"),
    'application/javascript',
    false,
  );
  add('/jquery-3.7.0.min.js', js(PRUSA_BYTES.jquery, LOADER), 'application/javascript');
  add(
    '/styles.css',
    padTo(PRUSA_BYTES.styles, 'body{font-family:sans-serif}form{display:block}', '\n', '/*', '*/'),
    'text/css',
  );
  for (const name of FIRST_SCREEN_ICONS) {
    add(
      `/${name}`,
      padTo(
        ICON_BYTES,
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">',
        '<rect width="24" height="24"/></svg>',
        '<!--',
        '-->',
      ),
      'image/svg+xml',
    );
  }
  return files;
}
