import { render } from 'preact';
import '../../device-ui/src/styles.css';
import './styles.css';
import { App } from './App/index.tsx';

render(<App />, document.getElementById('app')!);

// Offline support and updates; a service worker needs a secure context (https or localhost).
if ('serviceWorker' in navigator && isSecureContext) {
  void import('./update/register.ts').then((m) => m.registerServiceWorker());
}
