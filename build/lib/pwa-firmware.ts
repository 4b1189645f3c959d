// Bundles release firmware with the PWA so the flasher works offline: every `*.manifest.json` in
// the release folder (build/release/make-manifest.ts output) and the images it names are copied to
// <out>/firmware/, with an index the flasher reads (pwa/src/flasher/firmware.ts). The service
// worker precaches them like every other file of the build.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestLike {
  board?: unknown;
  builds?: { parts?: { path?: unknown }[]; app?: { path?: unknown } }[];
}

/** Returns the boards bundled; a folder that does not exist bundles nothing. */
export function bundleFirmware(releaseDir: string | undefined, outDir: string): string[] {
  if (!releaseDir || !existsSync(releaseDir)) return [];
  const target = join(outDir, 'firmware');
  const manifests: Record<string, string> = {};
  for (const name of readdirSync(releaseDir)
    .filter((n) => n.endsWith('.manifest.json'))
    .sort()) {
    const m = JSON.parse(readFileSync(join(releaseDir, name), 'utf8')) as ManifestLike;
    if (typeof m.board !== 'string') throw new Error(`${name}: no board`);
    const build = m.builds?.[0];
    const files = [...(build?.parts ?? []), build?.app].map((p) => p?.path);
    mkdirSync(target, { recursive: true });
    for (const file of files) {
      if (typeof file !== 'string' || !existsSync(join(releaseDir, file))) {
        throw new Error(`${name}: image ${String(file)} is missing beside it`);
      }
      copyFileSync(join(releaseDir, file), join(target, file));
    }
    copyFileSync(join(releaseDir, name), join(target, name));
    manifests[m.board] = name;
  }
  if (Object.keys(manifests).length > 0) {
    writeFileSync(join(target, 'index.json'), `${JSON.stringify({ manifests }, null, 2)}\n`);
  }
  return Object.keys(manifests);
}
