import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../../build/lib/paths.ts';
import { chromiumPath } from './chromium.ts';

export const lighthouseBin = join(root, 'node_modules', '.bin', 'lighthouse');

export interface LighthouseFigures {
  /** 0–100, Lighthouse's own mobile preset (simulated slow 4G and CPU slowdown). */
  score: number;
  lcpMs: number;
  tbtMs: number;
}

interface LighthouseJson {
  runtimeError?: { code: string; message: string };
  categories?: { performance?: { score: number | null } };
  audits?: Record<string, { numericValue?: number }>;
}

/** The figures the PWA benchmark reports, from Lighthouse's JSON result. */
export function lighthouseFigures(json: LighthouseJson): LighthouseFigures {
  if (json.runtimeError)
    throw new Error(`Lighthouse: ${json.runtimeError.code}: ${json.runtimeError.message}`);
  const score = json.categories?.performance?.score;
  const audit = (id: string) => {
    const v = json.audits?.[id]?.numericValue;
    if (typeof v !== 'number') throw new Error(`Lighthouse result has no ${id}`);
    return v;
  };
  if (typeof score !== 'number') throw new Error('Lighthouse result has no performance score');
  return {
    score: Math.round(score * 100),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
  };
}

/** Runs the Lighthouse CLI (performance only) against url in Debian's headless Chromium. */
export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-lighthouse-'));
  const out = join(dir, 'result.json');
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        lighthouseBin,
        [
          url,
          '--output=json',
          `--output-path=${out}`,
          '--only-categories=performance',
          '--quiet',
          '--chrome-flags=--headless --no-sandbox --disable-background-networking',
        ],
        { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
      });
      child.on('error', reject);
      child.on('close', (c) =>
        c === 0 ? resolve() : reject(new Error(`lighthouse exited with ${c}: ${err.trim()}`)),
      );
    });
    if (!existsSync(out)) throw new Error('lighthouse wrote no result');
    return lighthouseFigures(JSON.parse(readFileSync(out, 'utf8')) as LighthouseJson);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
