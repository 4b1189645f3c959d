import { ErrorBoundary, LocationProvider, lazy, Route, Router, useLocation } from 'preact-iso';
import { appBase, appPath } from '../base.ts';
import { UpdatePrompt } from '../update/UpdatePrompt.tsx';

// One chunk per screen; the first screen's chunk is requested while the shell renders.
const Cameras = lazy(() => import('../routes/Cameras/index.tsx').then((m) => m.Cameras));
const Wall = lazy(() => import('../routes/Wall/index.tsx').then((m) => m.Wall));
const CameraDetail = lazy(() => import('../routes/CameraDetail/index.tsx').then((m) => m.CameraDetail));
const AppSettings = lazy(() => import('../routes/AppSettings/index.tsx').then((m) => m.AppSettings));
const Fleet = lazy(() => import('../routes/Fleet/index.tsx').then((m) => m.Fleet));
const Flash = lazy(() => import('../routes/Flash/index.tsx').then((m) => m.Flash));
const NotFound = lazy(() => import('../routes/NotFound/index.tsx').then((m) => m.NotFound));

const LINKS = [
  { path: '', label: 'Cameras' },
  { path: 'wall', label: 'Wall' },
  { path: 'fleet', label: 'Updates' },
  { path: 'flash', label: 'Flash' },
  { path: 'settings', label: 'Settings' },
];

function Nav() {
  const { path } = useLocation();
  return (
    <header class="bar">
      <span class="brand">printcam</span>
      <nav aria-label="Main">
        {LINKS.map((l) => (
          <a key={l.path} href={appPath(l.path)} aria-current={path === appPath(l.path) ? 'page' : undefined}>
            {l.label}
          </a>
        ))}
      </nav>
    </header>
  );
}

/** The installable app's shell: navigation and one lazily loaded screen per route. */
export function App() {
  return (
    <LocationProvider scope={appBase}>
      <Nav />
      <UpdatePrompt />
      <ErrorBoundary>
        <Router>
          <Route path={appPath('')} component={Cameras} />
          <Route path={appPath('wall')} component={Wall} />
          <Route path={appPath('cameras/:id')} component={CameraDetail} />
          <Route path={appPath('settings')} component={AppSettings} />
          <Route path={appPath('fleet')} component={Fleet} />
          <Route path={appPath('flash')} component={Flash} />
          <Route default component={NotFound} />
        </Router>
      </ErrorBoundary>
    </LocationProvider>
  );
}
