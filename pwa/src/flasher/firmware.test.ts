import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeTestFirmware } from '../../../e2e/fixtures/flasher/test-firmware.ts';
import { FlashError } from './errors.ts';
import { fromFiles } from './firmware.ts';

const asFiles = (fw: Awaited<ReturnType<typeof makeTestFirmware>>, skip?: string) => [
  new File([JSON.stringify(fw.manifest)], 'printcam-ai-thinker-esp32-cam.manifest.json'),
  ...[...fw.files]
    .filter(([name]) => name !== skip)
    .map(([name, bytes]) => new File([bytes as Uint8Array<ArrayBuffer>], name)),
];

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'none';
  } catch (e) {
    return e instanceof FlashError ? e.code : `other: ${String(e)}`;
  }
};

test('local files: the manifest and its images load, each checked by SHA-256', async () => {
  const fw = await makeTestFirmware();
  const local = await fromFiles(asFiles(fw));
  assert.equal(local.source, 'printcam-ai-thinker-esp32-cam.manifest.json');
  assert.deepEqual(await local.load(local.manifest.app), fw.app);
});

test('local files: a missing or altered image, or no manifest, is a clear error', async () => {
  const fw = await makeTestFirmware();
  const local = await fromFiles(asFiles(fw, 'printcam-ai-thinker-esp32-cam-app.bin'));
  assert.equal(await codeOf(local.load(local.manifest.app)), 'firmware-unavailable');
  fw.files.get('printcam-ai-thinker-esp32-cam-app.bin')![100] ^= 1;
  const altered = await fromFiles(asFiles(fw));
  assert.equal(await codeOf(altered.load(altered.manifest.app)), 'firmware-corrupt');
  assert.equal(await codeOf(fromFiles(asFiles(fw).slice(1))), 'firmware-unavailable');
  assert.equal(await codeOf(fromFiles([new File(['{oops'], 'm.json')])), 'firmware-unavailable');
});
