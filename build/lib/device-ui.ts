import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { renderCppHeader } from './c-header.ts';
import { paths } from './paths.ts';
import type { SizeRow } from './size-table.ts';
import { writeIfChanged } from './write-if-changed.ts';
import { zopfliGzip } from './zopfli-gzip.ts';

/** Hard limit on the gzipped embedded UI (issue: device UI budget); the target is 12,288. */
export const DEVICE_UI_BUDGET_BYTES = 16_384;

/**
 * Preact's API as the device UI uses it, served by device-ui's own runtime (device-ui/src/runtime):
 * Preact and its hooks are 5.7 KB of gzip, the runtime 1.1 KB, and the embedded document has a
 * 12 KB target (device-ui/SIZE.md). The PWA renders the same components with Preact itself.
 */
const RUNTIME: Record<string, string> = {
  preact: 'index.ts',
  'preact/hooks': 'hooks.ts',
  'preact/jsx-runtime': 'jsx-runtime.ts',
};
/**
 * Safari 15 (iOS 15, 2021, every iPhone from the 6s): esbuild cannot lower destructuring for
 * Safari 14, whose implementation it marks buggy, and the UI is written with hooks' [a, b] pairs.
 */
const TARGET = ['es2020', 'safari15'];

/** The template's own scripts are written to be read; the camera serves them minified. */
async function minifyInlineScripts(html: string): Promise<string> {
  let out = '';
  let last = 0;
  for (const m of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
    const { code } = await esbuild.transform(m[1], { minify: true, target: TARGET });
    out += `${html.slice(last, m.index)}<script>${code.trim()}</script>`;
    last = (m.index ?? 0) + m[0].length;
  }
  return out + html.slice(last);
}

export const runtimePlugin: esbuild.Plugin = {
  name: 'device-ui-runtime',
  setup(b) {
    b.onResolve({ filter: /^preact(\/hooks|\/jsx-runtime)?$/ }, (a) => ({
      path: join(paths.deviceUi, 'src', 'runtime', RUNTIME[a.path]),
    }));
  },
};

export class BudgetError extends Error {}

export interface DeviceUiOptions {
  budgetBytes?: number;
  /** Entry module; tests point it at a fixture to prove the budget fails the build. */
  entry?: string;
  outDir?: string;
  headerFile?: string;
}

export interface DeviceUiResult {
  html: Uint8Array;
  gz: Uint8Array;
  etag: string;
  rows: SizeRow[];
}

/**
 * Bundles the device UI into one self-contained HTML document (JS and CSS inline), gzips it with
 * zopfli and writes the C++ header the firmware serves it from. Throws BudgetError when the gzip
 * size exceeds the budget, before anything is written.
 */
export async function buildDeviceUi(opts: DeviceUiOptions = {}): Promise<DeviceUiResult> {
  const budget = opts.budgetBytes ?? DEVICE_UI_BUDGET_BYTES;
  const entry = opts.entry ?? join(paths.deviceUi, 'src', 'main.tsx');
  const outDir = opts.outDir ?? join(paths.dist, 'device-ui');
  const headerFile = opts.headerFile ?? join(paths.firmwareGenerated, 'ui_asset.hpp');

  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    // A classic script inlined at the end of <body>: no module loader round trip, and the iOS
    // captive-portal mini-browser runs it like any Safari.
    format: 'iife',
    target: TARGET,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: 'out',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: [runtimePlugin],
  });
  const js = textOf(result.outputFiles, '.js');
  const css = textOf(result.outputFiles, '.css');
  const template = await minifyInlineScripts(readFileSync(join(paths.deviceUi, 'index.html'), 'utf8'));
  const doc = template
    .replace('<!--printcam:css-->', () => (css ? `<style>${css.trim()}</style>` : ''))
    // "</script" inside the bundle would end the inline script early.
    .replace(
      '<!--printcam:js-->',
      () => `<script>${js.trim().replaceAll('</script', '<\\/script')}</script>`,
    );
  const html = new TextEncoder().encode(doc);
  const gz = await zopfliGzip(html);
  if (gz.length > budget) {
    throw new BudgetError(
      `device UI is ${gz.length.toLocaleString('en-US')} gzip bytes, over its budget of ` +
        `${budget.toLocaleString('en-US')} bytes. Shrink device-ui/ (or split rarely used screens).`,
    );
  }
  const etag = `"${createHash('sha256').update(gz).digest('hex').slice(0, 20)}"`;
  writeIfChanged(join(outDir, 'index.html'), html);
  writeIfChanged(join(outDir, 'index.html.gz'), gz);
  writeIfChanged(
    headerFile,
    renderCppHeader('device-ui/', [
      { symbol: 'kUiIndex', bytes: gz, contentType: 'text/html; charset=utf-8', etag, gzip: true },
    ]),
  );
  return {
    html,
    gz,
    etag,
    rows: [{ artifact: 'device-ui index.html', raw: html.length, gzip: gz.length, budget }],
  };
}

function textOf(files: esbuild.OutputFile[], ext: string): string {
  return files.find((f) => f.path.endsWith(ext))?.text ?? '';
}
