import { useEffect, useState } from 'preact/hooks';
import { backoffMs } from '../api/backoff.ts';
import { type Api, createApi } from '../api/client.ts';
import { ApiError } from '../api/errors.ts';
import type { Info, Status } from '../api/types.ts';
import { Msg } from '../components/Msg/index.tsx';
import { Home } from '../Home/index.tsx';
import { t } from '../i18n/index.ts';
import { Login } from '../Login/index.tsx';
import { recall, remember } from '../lib/last-visit.ts';
import { errorText } from '../lib/messages.ts';
import { href, parseHash, type Screen } from '../lib/router.ts';
import { Peers } from '../Peers/index.tsx';
import { Settings } from '../Settings/index.tsx';
import { Setup } from '../Setup/index.tsx';
import { System } from '../System/index.tsx';
import { CamContext } from './context.ts';

/** A restarting camera still answers for a moment; polling starts after this. */
const RESTART_GRACE_MS = 3000;

const SCREENS = { home: Home, setup: Setup, settings: Settings, system: System, peers: Peers };
const NAV: [Screen, string][] = [
  ['home', t.nav.home],
  ['settings', t.nav.settings],
  ['system', t.nav.system],
  ['peers', t.nav.peers],
];

/**
 * The camera's own UI: loads the camera's state, keeps it live from /api/events, and shows the
 * screen named by the URL hash, or the login screen when the camera asks for a password.
 */
export function App({ api: given }: { api?: Api }) {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  const [needLogin, setNeedLogin] = useState(false);
  const [api] = useState(() => given ?? createApi());
  // The PWA shows many cameras through this component: only the camera's own page recalls.
  const [last] = useState(() => (given ? undefined : recall()));
  const [info, setInfo] = useState<Info | undefined>(last?.info);
  const [status, setStatus] = useState<Status>();
  const [locked, setLocked] = useState(false);
  const [online, setOnline] = useState(true);
  const [restarting, setRestarting] = useState(false);
  const [error, setError] = useState<unknown>();
  const [boots, setBoots] = useState(0);

  // Any call answered 401, the PWA's client included, brings up the login screen.
  useEffect(() => api.onUnauthorized(() => setNeedLogin(true)), [api]);

  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);

  useEffect(() => {
    if (!last) return;
    if (last.setup && !location.hash) location.hash = href('setup');
    document.documentElement.dataset.ready = '';
  }, []);

  // Load the camera's state; retry by itself while the camera cannot be reached.
  useEffect(() => {
    if (needLogin) return;
    let stop = false;
    let tries = 0;
    const load = async () => {
      try {
        const [i, s, v] = await Promise.all([api.info(), api.status(), api.settings()]);
        if (stop) return;
        setInfo(i);
        setStatus(s);
        setLocked(api.authed && v.values['security.public_viewing'] !== true);
        setError(undefined);
        const setup = v.values['network.wifi_ssid'] === '';
        if (!given) remember(api.authed ? undefined : { info: i, setup });
        if (setup && !location.hash) location.hash = href('setup');
      } catch (e) {
        const denied = e instanceof ApiError && e.status === 401;
        // A password now guards the camera: its state is no longer kept.
        if (denied && !given) remember(undefined);
        if (stop || denied) return;
        setError(e);
        if (e instanceof ApiError && e.status === 0) setTimeout(() => !stop && load(), backoffMs(tries++));
      }
      document.documentElement.dataset.ready = '';
    };
    load();
    // Back after a drop: the camera may have restarted (new firmware, sessions gone), so load again.
    let down = false;
    const off = api.events({ status: (s) => setStatus(s as Status) }, (up) => {
      setOnline(up);
      if (up && down) {
        setRestarting(false);
        setBoots((b) => b + 1);
      }
      down = !up;
    });
    return () => {
      stop = true;
      off();
    };
  }, [api, needLogin, boots]);

  const waitRestart = (then?: () => void) => {
    setRestarting(true);
    // Any answer means it is back, a 401 too (its sessions ended with the restart: login follows).
    const back = () => {
      setRestarting(false);
      setBoots((b) => b + 1);
      then?.();
    };
    setTimeout(function poll(n = 0) {
      api
        .info()
        .then(back, (e) =>
          e instanceof ApiError && e.status ? back() : setTimeout(() => poll(n + 1), backoffMs(n)),
        );
    }, RESTART_GRACE_MS);
  };

  const Page = SCREENS[route.screen];
  return (
    <CamContext.Provider value={{ api, info, status, locked, waitRestart }}>
      <header class="bar">
        <span class="brand">printcam</span> {info?.name}
        <nav>
          {NAV.map(([s, label]) => (
            <a href={href(s)} aria-current={route.screen === s ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <Msg text={restarting ? t.restarting : !online && !error && !needLogin ? t.offline : ''} />
        {error !== undefined && (
          <div class="msg err" role="alert">
            {errorText(error)}{' '}
            <button type="button" onClick={() => setBoots(boots + 1)}>
              {t.retry}
            </button>
          </div>
        )}
        {needLogin ? (
          <Login onDone={() => setNeedLogin(false)} />
        ) : (
          // Not before the first load: Home would start the stream, which shares the AP link's
          // bandwidth with that load, and the camera may still send the phone to setup.
          (info || error !== undefined) && <Page arg={route.arg} />
        )}
      </main>
    </CamContext.Provider>
  );
}
