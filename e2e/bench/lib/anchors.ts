/**
 * Figures from other firmware that the UI-bytes benchmark sets ours beside. Each is a measured fact
 * from the research notes in ../shared/reference/ (beside the repository), cited by section.
 */
export interface Anchor {
  what: string;
  bytes: number;
  source: string;
}

const PRUSA = 'prusaconnect-esp32cam.md §4.1';

/**
 * The Prusa firmware v1.1.2 serves its UI **uncompressed** (§4.2: no gzip, no minification), so
 * the bytes on its wire are the raw sizes: 12 app files 53,372 + 16 SVG files 17,353 + jQuery
 * 87,533 = 158,258 B ("≈158 KB raw").
 */
export const prusaServedRaw: Anchor = {
  what: 'Prusa v1.1.2 UI as served (uncompressed)',
  bytes: 53_372 + 17_353 + 87_533,
  source: PRUSA,
};

/** Same files gzipped one by one: 13,773 + 8,952 + 30,215 = 52,940 B ("≈53 KB gz per-file"). */
export const prusaServedGzip: Anchor = {
  what: 'Prusa v1.1.2 UI if gzipped per file',
  bytes: 13_773 + 8_952 + 30_215,
  source: PRUSA,
};

/** WebPage.h 56,497 + WebPage_Icons.h 18,876 + jquery.h 87,853 = 163,226 B ("≈163 KB of flash"). */
export const prusaFlash: Anchor = {
  what: 'Prusa v1.1.2 flash for web assets',
  bytes: 56_497 + 18_876 + 87_853,
  source: PRUSA,
};

/** Other embedded UIs, gzipped as they are served. */
export const otherAnchors: Anchor[] = [
  {
    what: 'WLED main control UI (index.htm + iro.js)',
    bytes: 39_927 + 9_960,
    source: 'embedded-ui.md §1',
  },
  { what: 'ESPHome web_server v2 INDEX_GZ', bytes: 11_915, source: 'embedded-ui.md §2' },
  { what: 'ESPHome web_server v3 INDEX_GZ', bytes: 76_227, source: 'embedded-ui.md §2' },
  { what: 'ESPHome captive portal INDEX_GZ', bytes: 1_830, source: 'embedded-ui.md §2' },
  {
    what: 'Prusa-ESP32-Cam-Enhanced fork, gzipped SPA index',
    bytes: 12_715,
    source: 'prusaconnect-esp32cam.md §6',
  },
  { what: 'preact 11.2.0 alone (dist/preact.mjs)', bytes: 4_997, source: 'embedded-ui.md §3' },
];
