import { useEffect, useState } from 'preact/hooks';
import { setPrefs, usePrefs, WALL_RATES } from '../../prefs/prefs.ts';
import { browserReach } from '../../reach/browser.ts';
import { queryLna } from '../../reach/lna.ts';
import type { ProbeContext } from '../../reach/probe.ts';

const REACH_TEXT = {
  lna: 'This browser can reach cameras on your network once you allow local network access.',
  'chromium-without-lna':
    'This browser is older than Chrome 142: from an https page it cannot reach http cameras. Update it.',
  webkit:
    'Safari and every iPhone and iPad browser block an https app from reaching http cameras. Open a camera’s own page instead: it lists your other cameras.',
  firefox:
    'Firefox blocks an https app from reaching http cameras. Open a camera’s own page instead, or use Chrome or Edge.',
  other:
    'This browser may not let an https app reach http cameras. If cameras show as offline, open a camera’s own page.',
};

const LNA_TEXT: Record<ProbeContext['lna'], string> = {
  granted: 'Local network access: allowed.',
  prompt: 'Local network access: the browser will ask when the app first contacts a camera. Choose Allow.',
  denied: 'Local network access: blocked. Allow it in the site settings (the icon left of the address bar).',
  unsupported: 'Local network access: this browser has no such permission.',
};

/** This app's own settings and what this browser can reach. */
export function AppSettings() {
  const { wallFps } = usePrefs();
  const [lna, setLna] = useState<ProbeContext['lna']>();
  useEffect(() => void queryLna().then(setLna), []);
  return (
    <main>
      <h1>App settings</h1>
      <section aria-labelledby="wall-heading">
        <h2 id="wall-heading">Wall</h2>
        <label>
          Pictures per second for each tile{' '}
          <select
            value={String(wallFps)}
            onChange={(e) => setPrefs({ wallFps: Number(e.currentTarget.value) })}
          >
            {WALL_RATES.map((r) => (
              <option key={r} value={String(r)}>
                {r}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section aria-labelledby="reach-heading">
        <h2 id="reach-heading">Reaching your cameras</h2>
        <p>{REACH_TEXT[browserReach(navigator.userAgent)]}</p>
        {lna && <p>{LNA_TEXT[lna]}</p>}
      </section>
    </main>
  );
}
