import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { BudgetError } from './device-ui.ts';
import { paths } from './paths.ts';
import { bundleFirmware } from './pwa-firmware.ts';
import { ICONS, renderIcon } from './pwa-icons.ts';
import { buildServiceWorker } from './pwa-sw.ts';
import { gzipLength, type SizeRow } from './size-table.ts';

/** Issue 7: the JS needed to show the first screen (shell + Cameras route) stays under 40 KB gzip. */
export const PWA_FIRST_SCREEN_BUDGET_BYTES = 40 * 1024;

export interface PwaOptions {
  /**
   * The URL path the site is served under, e.g. "/printcam/" for a project page. Defaults to
   * $PRINTCAM_PWA_BASE or "/". Routes, assets and the service worker scope all follow it.
   */
  base?: string;
  outDir?: string;
}

/**
 * Builds the PWA into pwa/dist: hashed, code-split ES modules (one chunk per lazy route), the
 * HTML shell pointing at them, the static files from pwa/public copied as they are, the icons,
 * and last the service worker with the precache list of everything else.
 */
export async function buildPwa(opts: PwaOptions = {}): Promise<SizeRow[]> {
  const out = opts.outDir ?? paths.pwaDist;
  const base = normalizeBase(opts.base ?? process.env.PRINTCAM_PWA_BASE ?? '/');
  rmSync(out, { recursive: true, force: true });
  const tileWorker = await buildTileWorker(out);
  const result = await esbuild.build({
    entryPoints: { main: join(paths.pwa, 'src', 'main.tsx') },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    sourcemap: 'linked',
    target: ['es2022'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: out,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: {
      'process.env.NODE_ENV': '"production"',
      // A firmware index for releases newer than the bundled ones (pwa/src/flasher/firmware.ts).
      __PRINTCAM_FIRMWARE_FEED__: JSON.stringify(process.env.PRINTCAM_FIRMWARE_FEED ?? ''),
      __PRINTCAM_TILE_WORKER__: JSON.stringify(tileWorker),
    },
  });
  const outputs = result.metafile.outputs;
  const entry = Object.entries(outputs).find(([, o]) => o.entryPoint?.endsWith('main.tsx'));
  if (!entry) throw new Error('PWA build produced no entry chunk');
  const [entryFile, entryMeta] = entry;
  const href = (file: string) => relative(out, join(paths.root, file));
  const css = entryMeta.cssBundle ? `<link rel="stylesheet" href="${href(entryMeta.cssBundle)}">` : '';
  const shell = readFileSync(join(paths.pwa, 'index.html'), 'utf8')
    .replace('<!--printcam:base-->', () => `<base href="${base}">`)
    .replace('<!--printcam:css-->', () => css)
    .replace('<!--printcam:js-->', () => `<script type="module" src="${href(entryFile)}"></script>`);
  writeFileSync(join(out, 'index.html'), shell);
  const pub = join(paths.pwa, 'public');
  if (existsSync(pub)) cpSync(pub, out, { recursive: true });
  // Release images to flash offline: PRINTCAM_FIRMWARE_DIR is the release workflow's output folder.
  bundleFirmware(process.env.PRINTCAM_FIRMWARE_DIR, out);
  for (const icon of ICONS) {
    mkdirSync(dirname(join(out, icon.file)), { recursive: true });
    writeFileSync(join(out, icon.file), renderIcon(icon.size, icon.maskable));
  }
  await buildServiceWorker(
    out,
    listFiles(out).map((f) => relative(out, f)),
  );

  const firstScreen = firstScreenChunks(outputs, entryFile);
  const firstScreenGzip = firstScreen.reduce((n, f) => n + gzipLength(readFileSync(join(paths.root, f))), 0);
  const rows: SizeRow[] = listFiles(out)
    .filter((f) => !f.endsWith('.map') && !f.endsWith('.png'))
    .map((f) => {
      const bytes = readFileSync(f);
      return { artifact: `pwa/dist/${relative(out, f)}`, raw: bytes.length, gzip: gzipLength(bytes) };
    });
  rows.push({
    artifact: `pwa first screen JS (${firstScreen.length} files)`,
    raw: firstScreen.reduce((n, f) => n + statSync(join(paths.root, f)).size, 0),
    gzip: firstScreenGzip,
    budget: PWA_FIRST_SCREEN_BUDGET_BYTES,
  });
  if (firstScreenGzip > PWA_FIRST_SCREEN_BUDGET_BYTES) {
    throw new BudgetError(
      `the PWA's first screen needs ${firstScreenGzip} bytes of gzipped JS, over its budget of ${PWA_FIRST_SCREEN_BUDGET_BYTES}`,
    );
  }
  return rows;
}

/**
 * The wall tiles' worker (pwa/src/wall/tile-worker.ts), its own entry point built first: the app
 * learns its hashed name through `define`, since esbuild does not bundle `new Worker(new URL(…))`.
 * A classic script, so every browser that runs the app can start it. Returns its path under `out`,
 * which the service worker precaches with everything else.
 */
async function buildTileWorker(out: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: { 'tile-worker': join(paths.pwa, 'src', 'wall', 'tile-worker.ts') },
    bundle: true,
    format: 'iife',
    minify: true,
    sourcemap: 'linked',
    target: ['es2022'],
    outdir: out,
    entryNames: '[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const file = Object.keys(result.metafile.outputs).find((f) => f.endsWith('.js'));
  if (!file) throw new Error('the build of the wall tiles’ worker produced no script');
  return relative(out, join(paths.root, file));
}

type Outputs = esbuild.Metafile['outputs'];

/** The entry chunk, the Cameras route it opens on, and every chunk they import statically. */
function firstScreenChunks(outputs: Outputs, entryFile: string): string[] {
  const route = Object.entries(outputs).find(([, o]) =>
    Object.keys(o.inputs).some((i) => i.endsWith('routes/Cameras/index.tsx')),
  )?.[0];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !outputs[file]) return;
    seen.add(file);
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement') visit(imp.path);
  };
  visit(entryFile);
  if (route) visit(route);
  return [...seen];
}

function normalizeBase(base: string): string {
  const withSlashes = `/${base}/`.replace(/\/+/g, '/');
  if (!/^[\w\-./~]+$/.test(withSlashes))
    throw new Error(`PWA base path "${base}" has characters a URL path cannot`);
  return withSlashes;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}
