import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { paths } from './paths.ts';

/** The placeholder workbox-precaching's precacheAndRoute() reads, replaced by the real list. */
const MANIFEST_PLACEHOLDER = 'self.__WB_MANIFEST';
/** esbuild's hashed names (`main-ABCD1234.js`) never change content, so they need no revision. */
const HASHED_NAME = /-[A-Z0-9]{8}\.(js|css)$/;

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** Which built files the service worker precaches, each with the revision that changes with it. */
export function precacheEntries(outDir: string, files: string[]): PrecacheEntry[] {
  return files
    .filter((f) => !f.endsWith('.map') && f !== 'sw.js')
    .sort()
    .map((f) => ({
      url: f,
      revision: HASHED_NAME.test(f)
        ? null
        : createHash('sha256')
            .update(readFileSync(join(outDir, f)))
            .digest('hex')
            .slice(0, 16),
    }));
}

/** Replaces the placeholder exactly once; anything else means the SW source changed shape. */
export function injectManifest(swSource: string, entries: PrecacheEntry[]): string {
  const at = swSource.indexOf(MANIFEST_PLACEHOLDER);
  if (at < 0 || swSource.indexOf(MANIFEST_PLACEHOLDER, at + 1) >= 0) {
    throw new Error(`the service worker must use ${MANIFEST_PLACEHOLDER} exactly once`);
  }
  return swSource.slice(0, at) + JSON.stringify(entries) + swSource.slice(at + MANIFEST_PLACEHOLDER.length);
}

/**
 * Bundles pwa/src/sw/index.ts into outDir/sw.js (a stable name: browsers look for updates at the
 * URL they registered) with the precache list of every other file in outDir injected.
 */
export async function buildServiceWorker(outDir: string, files: string[]): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(paths.pwa, 'src', 'sw', 'index.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: ['es2022'],
    legalComments: 'none',
    logLevel: 'silent',
    // workbox logs every request in development builds.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const source = injectManifest(result.outputFiles[0].text, precacheEntries(outDir, files));
  writeFileSync(join(outDir, 'sw.js'), source);
  return 'sw.js';
}
