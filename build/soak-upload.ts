// The long upload soak from issue 4: 2,000 cycles of the firmware's uploader against the mock
// Prusa Connect with a quarter of requests faulted at random, in the sanitized host build.
//   npx tsx build/soak-upload.ts [--cycles 2000] [--seed 1]

import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildFirmwareHost } from './lib/firmware.ts';
import { paths } from './lib/paths.ts';
import { run } from './lib/run.ts';

const { values } = parseArgs({
  options: { cycles: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1' } },
});
const built = await buildFirmwareHost();
if (built.code !== 0) process.exit(built.code);
const binary = join(paths.firmwareHostBuild, 'platform', 'host', 'printcam-upload-soak');
const soak = await run('node', [
  '--import',
  'tsx',
  join('e2e', 'soak', 'upload-soak-cli.ts'),
  '--binary',
  binary,
  '--cycles',
  values.cycles,
  '--seed',
  values.seed,
]);
process.exit(soak.code);
