// `npm run device -- --port P --data DIR [--fps N] [--frames FOLDER]`: builds the simulated camera
// incrementally and runs it in the foreground until Ctrl-C.
import { spawn } from 'node:child_process';
import { buildFailure } from './build.ts';
import { generateBoards } from './codegen/boards.ts';
import { generateSettings } from './codegen/settings.ts';
import { buildDeviceUi } from './lib/device-ui.ts';
import { buildFirmwareHost } from './lib/firmware.ts';
import { simCameraBinary } from './lib/paths.ts';

// Every generated header the firmware includes (board table, settings table, UI), not only the UI:
// on a fresh clone they are all missing, and after an edit of boards.json or schema.json they are stale.
try {
  generateBoards();
  generateSettings();
  await buildDeviceUi();
} catch (err) {
  console.error(buildFailure(err));
  process.exit(1);
}
const built = await buildFirmwareHost();
if (built.code !== 0) process.exit(built.code);
const child = spawn(simCameraBinary, process.argv.slice(2), { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
