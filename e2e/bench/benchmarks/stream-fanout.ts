import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../../build/lib/paths.ts';
import { startSimCamera } from '../../fixtures/sim-camera.ts';
import { atLeast, type Benchmark, type Line, measured, notYetAvailable, type Target } from '../benchmark.ts';
import { countInstructionsPerFrame } from '../lib/callgrind.ts';
import { probeStatus, StreamClient } from '../lib/mjpeg-client.ts';
import { type Summary, summarize } from '../stats.ts';

const CLIENT_COUNTS = [1, 2, 4, 8];
/** Frames before this are dropped: connection set-up and the first capture are not steady state. */
const WARMUP_MS = 1_000;
/** Long enough for tens of frames per client at the simulator's default rate. */
const WINDOW_MS = 5_000;
/** Each window takes about 6 s per client count; three rounds keep the benchmark near a minute. */
const MAX_ROUNDS = 3;

/** A build without sanitizers: valgrind cannot run an ASan binary, and counts must be of release code. */
export const releaseSim = join(paths.firmware, 'build-host-release', 'platform', 'host', 'printcam-sim');

const RELEASE_BUILD =
  'cmake -S firmware -B firmware/build-host-release -DPRINTCAM_HOST=ON -DCMAKE_BUILD_TYPE=Release ' +
  '-DPRINTCAM_SANITIZE=OFF -DBUILD_TESTING=OFF && cmake --build firmware/build-host-release --target printcam-sim';

const EACH_CLIENT: Target = atLeast(0.95, '× the single-client rate');
const CAPTURES_FLAT: Target = {
  text: 'within 5 % of 1 client',
  holds: (v) => Math.abs(v - 1) <= 0.05,
};

interface Window {
  perClientFps: number[];
  distinctPerSecond: number;
  repeatedFrames: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** N viewers at once; frames counted only inside the window, after the warm-up. */
async function measureWindow(streamUrl: string, clients: number): Promise<Window> {
  const viewers = Array.from({ length: clients }, () => new StreamClient());
  try {
    await Promise.all(viewers.map((v) => v.open(streamUrl)));
    await sleep(WARMUP_MS);
    const start = viewers.map((v) => v.frames);
    const t0 = performance.now();
    await sleep(WINDOW_MS);
    const seconds = (performance.now() - t0) / 1000;
    const inWindow = viewers.map((v, i) => v.hashes.slice(start[i]));
    const distinct = new Set(inWindow.flat()).size;
    return {
      perClientFps: inWindow.map((h) => h.length / seconds),
      distinctPerSecond: distinct / seconds,
      repeatedFrames: inWindow[0].length > 1 && new Set(inWindow[0]).size < inWindow[0].length / 2,
    };
  } finally {
    for (const v of viewers) v.close();
  }
}

export const streamFanout: Benchmark = {
  name: 'stream-fanout',
  title: 'Stream fan-out on the simulated camera',
  target:
    'each client ≥ 95 % of the single-client rate; captures independent of client count; 0 bytes copied per frame',
  async run(ctx) {
    const camera = await startSimCamera();
    const lines: Line[] = [];
    try {
      const streamUrl = new URL('stream.mjpg', camera.url).href;
      const status = await probeStatus(streamUrl);
      if (status !== 200) {
        const why = `the simulated camera answers ${status} on /stream.mjpg (the stream has not landed)`;
        return {
          lines: [
            notYetAvailable('per-client fps for 1, 2, 4, 8 clients', why, EACH_CLIENT),
            notYetAvailable('captures per second for 1, 2, 4, 8 clients', why, CAPTURES_FLAT),
            notYetAvailable('bytes copied per delivered frame', why, '0 B'),
            notYetAvailable('CPU instructions per delivered frame', why),
          ],
        };
      }
      const rounds = Math.min(ctx.repeat, MAX_ROUNDS);
      const byCount = new Map<number, Window[]>(CLIENT_COUNTS.map((n) => [n, []]));
      for (let r = 0; r < rounds; r++) {
        for (const n of CLIENT_COUNTS) byCount.get(n)?.push(await measureWindow(streamUrl, n));
        ctx.log(`round ${r + 1}/${rounds}`);
      }
      const windows = (n: number) => byCount.get(n) ?? [];
      const single = summarize(windows(1).map((w) => w.perClientFps[0]));
      const captures = (n: number): Summary => summarize(windows(n).map((w) => w.distinctPerSecond));
      const repeated = windows(1).some((w) => w.repeatedFrames);
      for (const n of CLIENT_COUNTS) {
        const slowest = windows(n).map((w) => Math.min(...w.perClientFps));
        lines.push(measured(`${n} client${n > 1 ? 's' : ''}: slowest client`, 'fps', summarize(slowest)));
        if (n > 1) {
          lines.push(
            measured(
              `${n} clients: slowest ÷ single-client rate`,
              '×',
              summarize(slowest.map((f) => f / single.median)),
              EACH_CLIENT,
            ),
          );
          if (!repeated) {
            lines.push(
              measured(
                `${n} clients: captures ÷ 1-client captures`,
                '×',
                captures(n).median / captures(1).median,
                CAPTURES_FLAT,
              ),
            );
          }
        }
      }
      lines.push(
        repeated
          ? notYetAvailable(
              'captures per second',
              'the simulated frames repeat, so distinct frames do not count captures',
            )
          : measured('captures per second (distinct frames, 1 client)', '/s', captures(1)),
        notYetAvailable(
          'bytes copied per delivered frame',
          'the simulated camera exposes no copy counter to read it from',
          '0 B',
        ),
      );
      lines.push(
        existsSync(releaseSim)
          ? measured(
              'CPU instructions per delivered frame (4 clients)',
              'instr',
              await countInstructionsPerFrame(releaseSim, 4),
            )
          : notYetAvailable(
              'CPU instructions per delivered frame',
              `no release build at ${releaseSim.slice(paths.root.length + 1)} (valgrind cannot run the ASan build; make one with: ${RELEASE_BUILD})`,
            ),
      );
      return {
        lines,
        notes: [
          `Per client: whole frames counted by parsing the multipart stream in Node over ${WINDOW_MS / 1000} s after ` +
            `a ${WARMUP_MS / 1000} s warm-up, ${rounds} rounds; captures: distinct frames (by SHA-1) across all clients per second.`,
          'Instructions: callgrind over the release build of the simulated camera, counted from after warm-up to the end of the window.',
        ],
      };
    } finally {
      await camera.stop();
    }
  },
};
