import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../../build/lib/paths.ts';
import { type Benchmark, notYetAvailable } from '../benchmark.ts';

const emulator = join(paths.root, 'e2e', 'fixtures', 'esp-rom');
const BAUDS = [115_200, 460_800, 921_600];

export const flashing: Benchmark = {
  name: 'flashing',
  title: 'Flashing against the bootloader emulator',
  target: '1.5 MB at 921600 baud ≤ 15 s and ≤ 1.2 × the wire-time lower bound',
  async run() {
    const reason = existsSync(emulator)
      ? 'e2e/fixtures/esp-rom/ exists but this benchmark does not drive it yet (e2e/bench/benchmarks/flashing.ts)'
      : 'the bootloader emulator (e2e/fixtures/esp-rom/) has not landed';
    return {
      lines: BAUDS.map((baud) =>
        notYetAvailable(
          `1.5 MB at ${baud.toLocaleString('en-US')} baud: seconds and ÷ wire-time lower bound`,
          reason,
          baud === 921_600 ? '≤ 15 s and ≤ 1.2×' : undefined,
        ),
      ),
    };
  },
};
