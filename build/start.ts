// `npm start`: builds everything, starts one simulated camera and the PWA, prints both URLs and
// runs until Ctrl-C.

import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startSimCamera } from '../e2e/fixtures/sim-camera.ts';
import { buildAll } from './build.ts';
import { buildFirmwareHost } from './lib/firmware.ts';
import { paths } from './lib/paths.ts';
import { serveStatic } from './lib/static-server.ts';

const CAMERA_PORT = Number(process.env.PRINTCAM_CAMERA_PORT ?? 8080);
const PWA_PORT = Number(process.env.PRINTCAM_PWA_PORT ?? 5173);

await buildAll();
const built = await buildFirmwareHost();
if (built.code !== 0) process.exit(built.code);

const camera = await startSimCamera({ port: CAMERA_PORT, dataDir: join(paths.cache, 'sim-camera-1') }).catch(
  () =>
    // The usual port is taken (another printcam running?): any free port will do.
    startSimCamera({ port: 0, dataDir: join(paths.cache, 'sim-camera-1') }),
);
const pwa = await serveStatic(paths.pwaDist, PWA_PORT).catch(() => serveStatic(paths.pwaDist, 0));
const pwaUrl = `http://127.0.0.1:${(pwa.address() as AddressInfo).port}/`;

console.log(`
  Simulated camera:  ${camera.url}
  PWA:               ${pwaUrl}

  Ctrl-C stops both.`);

let stopping = false;
const shutdown = async () => {
  stopping = true;
  pwa.close();
  await camera.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
camera.process.on('exit', (code) => {
  if (stopping) return;
  console.error(`The simulated camera exited (${code}).`);
  pwa.close();
  process.exit(1);
});
