import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamClient } from './mjpeg-client.ts';

/** Valgrind runs the camera some 50× slower: it needs longer to start and to settle. */
const START_TIMEOUT_MS = 120_000;
const WARMUP_MS = 3_000;
const WINDOW_MS = 10_000;

/** Total instructions (the first event, Ir) of a callgrind dump: its `totals:` or `summary:` line. */
export function callgrindTotal(dump: string): number {
  const m = /^(?:totals|summary):\s*(\d+)/m.exec(dump);
  if (!m) throw new Error('callgrind dump has no totals or summary line');
  return Number(m[1]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `binary` (a simulated camera) under callgrind with `clients` stream viewers and divides the
 * instructions executed during a steady window (counters zeroed after warm-up, dumped at its end)
 * by the frames the viewers received in it. Instruction counts are repeatable where times are not.
 */
export async function countInstructionsPerFrame(binary: string, clients: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'printcam-callgrind-'));
  const out = join(dir, 'callgrind.out');
  const child = spawn(
    'valgrind',
    ['--tool=callgrind', `--callgrind-out-file=${out}`, binary, '--port', '0', '--data', join(dir, 'data')],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const viewers = Array.from({ length: clients }, () => new StreamClient());
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(
        () => reject(new Error('camera under valgrind did not start')),
        START_TIMEOUT_MS,
      );
      child.on('exit', (code) => reject(new Error(`camera under valgrind exited with ${code}`)));
      child.stdout.on('data', (d: Buffer) => {
        seen += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(seen);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    await Promise.all(viewers.map((v) => v.open(new URL('stream.mjpg', url).href)));
    await sleep(WARMUP_MS);
    const control = (flag: string) =>
      execFileSync('callgrind_control', [flag, String(child.pid)], { stdio: 'ignore' });
    control('--zero');
    const before = viewers.reduce((s, v) => s + v.frames, 0);
    await sleep(WINDOW_MS);
    control('--dump');
    const frames = viewers.reduce((s, v) => s + v.frames, 0) - before;
    if (frames === 0) throw new Error('no frames arrived while the camera ran under valgrind');
    // --dump writes <out>.1, <out>.2, …; the file named <out> itself is only written at exit.
    const dumps = readdirSync(dir)
      .map((f) => /^callgrind\.out\.(\d+)$/.exec(f))
      .filter((m) => m !== null)
      .sort((a, b) => Number(b[1]) - Number(a[1]));
    if (!dumps[0]) throw new Error('callgrind wrote no dump');
    return callgrindTotal(readFileSync(join(dir, dumps[0][0]), 'utf8')) / frames;
  } finally {
    for (const v of viewers) v.close();
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
