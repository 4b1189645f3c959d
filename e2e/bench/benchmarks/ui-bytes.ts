import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVICE_UI_BUDGET_BYTES } from '../../../build/lib/device-ui.ts';
import { paths } from '../../../build/lib/paths.ts';
import { atMost, type Benchmark, type Line, measured } from '../benchmark.ts';
import { type Anchor, otherAnchors, prusaFlash, prusaServedGzip, prusaServedRaw } from '../lib/anchors.ts';
import { parseUiHeader } from '../lib/ui-header.ts';

/** The device-UI issue's target; the build itself fails past DEVICE_UI_BUDGET_BYTES. */
const TARGET_BYTES = 12_288;

const headerFile = join(paths.firmwareGenerated, 'ui_asset.hpp');
const gzFile = join(paths.dist, 'device-ui', 'index.html.gz');
const htmlFile = join(paths.dist, 'device-ui', 'index.html');

const ratio = (ours: number, anchor: Anchor) =>
  measured(
    `÷ ${anchor.what} (${anchor.bytes.toLocaleString('en-US')} B)`,
    '×',
    ours / anchor.bytes,
    undefined,
    anchor.source,
  );

export const uiBytes: Benchmark = {
  name: 'ui-bytes',
  title: 'Device UI bytes and flash cost',
  target: `total gzip ≤ ${TARGET_BYTES.toLocaleString('en-US')} B (hard budget ${DEVICE_UI_BUDGET_BYTES.toLocaleString('en-US')} B)`,
  async run() {
    for (const f of [headerFile, gzFile, htmlFile]) {
      if (!existsSync(f)) throw new Error(`${f} is missing: the build did not run`);
    }
    const assets = parseUiHeader(readFileSync(headerFile, 'utf8'));
    // The header must hold exactly the document the build gzipped, or the figures describe a stale UI.
    const index = assets.find((a) => a.symbol === 'kUiIndex');
    if (index?.bytes !== readFileSync(gzFile).length) {
      throw new Error(`${headerFile} does not match ${gzFile}: run \`npm run build\``);
    }
    const served = assets.reduce((sum, a) => sum + a.bytes, 0);
    const lines: Line[] = assets.map((a) =>
      measured(`served: ${a.symbol} (${a.contentType}${a.gzip ? ', gzip' : ''})`, 'B', a.bytes),
    );
    lines.push(
      measured('served: total (every UI asset)', 'B', served, atMost(TARGET_BYTES, 'B')),
      measured('served: total, against the hard budget', 'B', served, atMost(DEVICE_UI_BUDGET_BYTES, 'B')),
      measured('uncompressed HTML document', 'B', readFileSync(htmlFile).length),
      measured('flash: bytes in the header arrays', 'B', served),
      ratio(served, prusaServedRaw),
      ratio(served, prusaServedGzip),
      ratio(served, prusaFlash),
      ...otherAnchors.map((a) => ratio(served, a)),
    );
    return {
      lines,
      notes: [
        `Read from ${headerFile.slice(paths.root.length + 1)} (every array the firmware serves for its UI) ` +
          `and checked against ${gzFile.slice(paths.root.length + 1)}.`,
        'Flash cost counts the array bytes; the ETag and content-type strings beside them add under 100 B.',
        'The Prusa firmware serves its files uncompressed, so its wire bytes are its raw sizes; the gzip ' +
          'anchor is what it would send if it compressed each file. Anchors are from ../shared/reference/.',
      ],
    };
  },
};
