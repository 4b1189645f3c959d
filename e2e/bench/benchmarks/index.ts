import type { Benchmark } from '../benchmark.ts';
import { setupPage } from './setup-page.ts';
import { streamFanout } from './stream-fanout.ts';
import { uiBytes } from './ui-bytes.ts';

/** Every benchmark, in the order of issue 9 and of the report. */
export const benchmarks: Benchmark[] = [uiBytes, setupPage, streamFanout];
