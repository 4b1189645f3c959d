import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const paths = {
  root,
  deviceUi: join(root, 'device-ui'),
  pwa: join(root, 'pwa'),
  pwaDist: join(root, 'pwa', 'dist'),
  firmware: join(root, 'firmware'),
  firmwareGenerated: join(root, 'firmware', 'generated'),
  firmwareHostBuild: join(root, 'firmware', 'build-host'),
  dist: join(root, 'dist'),
  cache: join(root, '.cache'),
};

/** The simulated camera's binary, built by `npm run device` / the test runner. */
export const simCameraBinary = join(paths.firmwareHostBuild, 'platform', 'host', 'printcam-sim');
