// `npm run device -- --port P --data DIR [--fps N] [--frames FOLDER]`: builds the simulated camera
// incrementally and runs it in the foreground until Ctrl-C.
import { spawn } from 'node:child_process';
import { buildDeviceUi } from './lib/device-ui.ts';
import { buildFirmwareHost } from './lib/firmware.ts';
import { simCameraBinary } from './lib/paths.ts';

await buildDeviceUi();
const built = await buildFirmwareHost();
if (built.code !== 0) process.exit(built.code);
const child = spawn(simCameraBinary, process.argv.slice(2), { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
