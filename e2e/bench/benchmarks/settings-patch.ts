import { startSimCamera } from '../../fixtures/sim-camera.ts';
import { type Benchmark, measured, notYetAvailable } from '../benchmark.ts';
import { summarize } from '../stats.ts';

type Value = string | number | boolean | { set: boolean };

export const settingsPatch: Benchmark = {
  name: 'settings-patch',
  title: 'Settings PATCH round-trip on the simulated camera',
  target: 'round-trip time of one validated, persisted PATCH /api/settings (no target of its own)',
  async run(ctx) {
    const camera = await startSimCamera();
    try {
      const url = new URL('api/settings', camera.url).href;
      const got = await fetch(url);
      if (got.status !== 200) {
        const why = `the simulated camera answers ${got.status} on GET /api/settings${got.status === 404 ? ' (settings have not landed)' : ''}`;
        return { lines: [notYetAvailable('PATCH /api/settings round trip', why)] };
      }
      const { values } = (await got.json()) as { values: Record<string, Value> };
      // Writing a setting's own value back: validated and persisted like any change, changes nothing.
      const entry = Object.entries(values).find(([, v]) => typeof v !== 'object');
      if (!entry) throw new Error('GET /api/settings returned no plain (non-secret) setting to write back');
      const body = JSON.stringify({ [entry[0]]: entry[1] });
      const times: number[] = [];
      for (let i = 0; i < ctx.repeat; i++) {
        const t0 = performance.now();
        const res = await fetch(url, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body,
        });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`PATCH ${body} answered ${res.status}`);
        times.push(performance.now() - t0);
      }
      return {
        lines: [measured(`PATCH /api/settings round trip (${entry[0]})`, 'ms', summarize(times))],
        notes: [
          'Loopback, no throttling, the sanitizer (Debug + ASan) build: a relative figure, not a device time.',
        ],
      };
    } finally {
      await camera.stop();
    }
  },
};
