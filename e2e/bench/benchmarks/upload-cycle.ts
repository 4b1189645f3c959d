import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../../build/lib/paths.ts';
import { type Benchmark, notYetAvailable } from '../benchmark.ts';

const mock = join(paths.root, 'e2e', 'fixtures', 'mock-connect');

export const uploadCycle: Benchmark = {
  name: 'upload-cycle',
  title: 'Prusa Connect upload cycle against the mock',
  target: 'time and peak heap per upload; no heap growth over a soak',
  async run() {
    const reason = existsSync(mock)
      ? 'e2e/fixtures/mock-connect/ exists but this benchmark does not drive it yet (e2e/bench/benchmarks/upload-cycle.ts)'
      : 'the mock Prusa Connect server (e2e/fixtures/mock-connect/) has not landed';
    return {
      lines: [
        notYetAvailable('time per upload', reason),
        notYetAvailable('peak heap per upload', reason),
        notYetAvailable('heap growth over a soak', reason, 'none'),
      ],
    };
  },
};
