import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../../build/lib/paths.ts';
import { runUploadSoak, type SoakOutput } from '../../soak/upload-soak.ts';
import { atMost, type Benchmark, measured, notYetAvailable } from '../benchmark.ts';
import { summarize } from '../stats.ts';

const soakBinary = join(paths.firmwareHostBuild, 'platform', 'host', 'printcam-upload-soak');
const mock = join(paths.root, 'e2e', 'fixtures', 'mock-connect');

/**
 * Two soak lengths: heap in use at the end of the long one minus the short one is what the
 * extra cycles kept. Both are past the binary's warm-up, so a fixed start-up cost cancels out.
 */
const SHORT_CYCLES = 500;
const LONG_CYCLES = 2_000;
/** A soak pair takes about 4 s; three rounds give a median without stretching the run. */
const MAX_ROUNDS = 3;
/** Generous for loopback: a clean cycle takes a few milliseconds. */
const TIMEOUT_MS = 2_000;

async function soak(cycles: number, seed: number): Promise<SoakOutput> {
  const report = await runUploadSoak({
    binary: soakBinary,
    cycles,
    seed,
    faultRate: 0,
    timeoutMs: TIMEOUT_MS,
  });
  if (report.problems.length) throw new Error(`upload soak failed: ${report.problems.join('; ')}`);
  return report.output;
}

export const uploadCycle: Benchmark = {
  name: 'upload-cycle',
  title: 'Prusa Connect upload cycle against the mock',
  target: 'time and peak heap per upload; no heap growth over a soak',
  async run(ctx) {
    const missing = !existsSync(mock)
      ? 'the mock Prusa Connect server (e2e/fixtures/mock-connect/) has not landed'
      : !existsSync(soakBinary)
        ? `${soakBinary.slice(paths.root.length + 1)} has not been built`
        : null;
    if (missing) {
      return {
        lines: [
          notYetAvailable('time per upload', missing),
          notYetAvailable('peak heap per upload', missing),
          notYetAvailable('heap growth over a soak', missing, atMost(0, 'B')),
        ],
      };
    }
    const rounds = Math.min(ctx.repeat, MAX_ROUNDS);
    const perUpload: number[] = [];
    const peaks: number[] = [];
    const growth: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const short = await soak(SHORT_CYCLES, r + 1);
      const long = await soak(LONG_CYCLES, r + 1);
      perUpload.push(long.real_ms / long.cycles);
      peaks.push(Math.max(long.heap.peak, long.heap.after_warmup, long.heap.end));
      growth.push(long.heap.end - short.heap.end);
      ctx.log(`round ${r + 1}/${rounds}`);
    }
    return {
      lines: [
        measured(
          `time per upload cycle (${LONG_CYCLES.toLocaleString('en-US')} cycles)`,
          'ms',
          summarize(perUpload),
        ),
        measured('peak heap in use during the soak', 'B', summarize(peaks)),
        measured(
          `heap growth, ${LONG_CYCLES.toLocaleString('en-US')} − ${SHORT_CYCLES} cycles`,
          'B',
          summarize(growth),
          atMost(0, 'B'),
        ),
      ],
      notes: [
        'printcam-upload-soak (the core uploader over the real POSIX HTTP client, Debug + ASan build) against ' +
          'the mock Prusa Connect on loopback, no faults injected; its clock jumps over the 10 s waits, so the ' +
          'time is the work of one snapshot + upload cycle. Heap: bytes in use by the ASan allocator, sampled ' +
          'by the binary; peak is the largest sample.',
      ],
    };
  },
};
