import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { paths } from './paths.ts';
import { gzipLength, type SizeRow } from './size-table.ts';

/**
 * Builds the PWA into pwa/dist: hashed, code-split ES modules (one chunk per lazy route), the
 * HTML shell pointing at them, and the static files from pwa/public copied as they are.
 */
export async function buildPwa(): Promise<SizeRow[]> {
  const out = paths.pwaDist;
  rmSync(out, { recursive: true, force: true });
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
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const entry = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint?.endsWith('main.tsx'));
  if (!entry) throw new Error('PWA build produced no entry chunk');
  const [entryFile, entryMeta] = entry;
  const href = (file: string) => `./${relative(out, join(paths.root, file))}`;
  const css = entryMeta.cssBundle ? `<link rel="stylesheet" href="${href(entryMeta.cssBundle)}">` : '';
  const shell = readFileSync(join(paths.pwa, 'index.html'), 'utf8')
    .replace('<!--printcam:css-->', () => css)
    .replace('<!--printcam:js-->', () => `<script type="module" src="${href(entryFile)}"></script>`);
  writeFileSync(join(out, 'index.html'), shell);
  const pub = join(paths.pwa, 'public');
  if (existsSync(pub)) cpSync(pub, out, { recursive: true });
  return listFiles(out)
    .filter((f) => !f.endsWith('.map'))
    .map((f) => {
      const bytes = readFileSync(f);
      return { artifact: `pwa/dist/${relative(out, f)}`, raw: bytes.length, gzip: gzipLength(bytes) };
    });
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}
