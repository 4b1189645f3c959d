import type { Benchmark } from '../benchmark.ts';
import { flashing } from './flashing.ts';
import { pwaLoad } from './pwa-load.ts';
import { settingsPatch } from './settings-patch.ts';
import { setupPage } from './setup-page.ts';
import { streamFanout } from './stream-fanout.ts';
import { streamWall } from './stream-wall.ts';
import { uiBytes } from './ui-bytes.ts';
import { uploadCycle } from './upload-cycle.ts';

/** Every benchmark, in the order of issue 9 and of the report; then targets other issues set. */
export const benchmarks: Benchmark[] = [
  uiBytes,
  setupPage,
  streamFanout,
  flashing,
  streamWall,
  uploadCycle,
  pwaLoad,
  settingsPatch,
];
