import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../../build/lib/paths.ts';
import { startSimCamera } from '../../fixtures/sim-camera.ts';
import { type Benchmark, notYetAvailable } from '../benchmark.ts';
import { probeStatus } from '../lib/mjpeg-client.ts';

/** Where the PWA's stream wall will live: a feature folder named for it (STYLE.md, one folder per screen). */
function hasWallScreen(): boolean {
  const src = join(paths.pwa, 'src');
  return (
    existsSync(src) &&
    readdirSync(src, { recursive: true }).some((p) => /(^|\/)wall(\/|\.|$)/i.test(String(p)))
  );
}

export const streamWall: Benchmark = {
  name: 'stream-wall',
  title: 'Stream wall: 24 simulated cameras in one PWA tab',
  target: 'every visible tile ≥ 1 fps; main thread busy ≤ 25 %',
  async run() {
    const camera = await startSimCamera();
    let status: number;
    try {
      status = await probeStatus(new URL('stream.mjpg', camera.url).href);
    } finally {
      await camera.stop();
    }
    const missing = [
      ...(status === 200 ? [] : [`the simulated camera answers ${status} on /stream.mjpg`]),
      ...(hasWallScreen() ? [] : ['the PWA has no stream wall screen under pwa/src/']),
    ];
    const reason = missing.length
      ? `${missing.join('; ')} (not landed yet)`
      : 'the stream and the wall exist but this benchmark does not drive them yet (e2e/bench/benchmarks/stream-wall.ts)';
    return {
      lines: [
        notYetAvailable('per-tile fps, 24 tiles', reason, '≥ 1 fps each'),
        notYetAvailable('main-thread busy fraction', reason, '≤ 25 %'),
      ],
    };
  },
};
