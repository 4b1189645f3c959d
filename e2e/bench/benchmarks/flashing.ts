import { benchFlash } from '../../fixtures/flasher/flash-bench.ts';
import { atMost, type Benchmark, type Line, measured } from '../benchmark.ts';
import { summarize } from '../stats.ts';

const BAUDS = [115_200, 460_800, 921_600];
/** 115200 alone takes about 90 s a run; one run per rate keeps the whole bench under 10 minutes. */
const ROUNDS = 1;
const TARGET_BAUD = 921_600;

export const flashing: Benchmark = {
  name: 'flashing',
  title: 'Flashing against the bootloader emulator',
  target: '1.5 MB at 921600 baud ≤ 15 s and ≤ 1.2 × the wire-time lower bound',
  async run(ctx) {
    const lines: Line[] = [];
    for (const baud of BAUDS) {
      const totals: number[] = [];
      const ratios: number[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const result = await benchFlash(baud);
        totals.push(result.totalSeconds);
        ratios.push(result.ratio);
        ctx.log(`${baud} baud: ${result.totalSeconds.toFixed(1)} s (${result.ratio.toFixed(2)}×)`);
      }
      const rate = baud.toLocaleString('en-US');
      const isTarget = baud === TARGET_BAUD;
      lines.push(
        measured(
          `1.5 MB at ${rate} baud, whole procedure`,
          's',
          summarize(totals),
          isTarget ? atMost(15, 's') : undefined,
        ),
        measured(
          `… ÷ wire-time lower bound at ${rate}`,
          '×',
          summarize(ratios),
          isTarget ? atMost(1.2, '×') : undefined,
        ),
      );
    }
    return {
      lines,
      notes: [
        'The PWA flasher procedure (pwa/src/flasher, esptool-js 0.7.0) against the ROM + stub emulator ' +
          '(e2e/fixtures/esp-rom) with wire-time simulation: reset, sync, stub upload at 115200, baud change, ' +
          'compressed write, MD5 verify, reset. Lower bound = compressed bytes ÷ (baud ÷ 10).',
      ],
    };
  },
};
