// The flashing procedure end to end against the ESP32 ROM/stub emulator behind FakeSerialPort, with
// the real esptool-js 0.7.0 in between, exactly as in the page (minus the UI).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Op } from '../../../e2e/fixtures/esp-rom/commands.ts';
import type { EmulatorOptions } from '../../../e2e/fixtures/esp-rom/emulator.ts';
import { FakeSerialPort } from '../../../e2e/fixtures/esp-rom/fake-serial-port.ts';
import {
  makeTestFirmware,
  seededBytes,
  type TestFirmware,
} from '../../../e2e/fixtures/flasher/test-firmware.ts';
import { BOARDS } from '../generated/boards.ts';
import { checkPart, type Firmware } from './firmware.ts';
import { parseManifest } from './manifest.ts';
import { type FlashRequest, runFlash } from './procedure.ts';
import type { FlashPlan, FlashState } from './states.ts';

const board = BOARDS.find((b) => b.id === 'ai-thinker-esp32-cam')!;
const NVS = board.nvs;

function firmwareOf(t: TestFirmware): Firmware {
  return {
    manifest: parseManifest(t.manifest),
    source: 'test',
    load: async (part) => checkPart(part, t.files.get(part.path)!),
  };
}

async function flash(
  port: FakeSerialPort,
  fw: TestFirmware,
  plan: FlashPlan,
  extra: Partial<FlashRequest> = {},
) {
  const events: FlashState[] = [];
  const final = await runFlash({
    port,
    board,
    firmware: firmwareOf(fw),
    choose: async () => plan,
    onEvent: (s) => events.push(s),
    signal: new AbortController().signal,
    ...extra,
  });
  return { final, events, steps: [...new Set(events.map((e) => e.step))] };
}

const newPort = (emu: EmulatorOptions = {}) => new FakeSerialPort({ mac: '24:0a:c4:aa:bb:cc', ...emu });
const settingsPattern = () => seededBytes(NVS.size, 99);

test('a fresh install writes the factory image, clears the settings and boots the app at 921600', {
  timeout: 30_000,
}, async () => {
  const fw = await makeTestFirmware();
  const port = newPort();
  port.emulator.flash.data.set(settingsPattern(), NVS.offset);
  const { final, steps, events } = await flash(port, fw, { mode: 'install', keepSettingsBackup: false });
  assert.equal(final.step, 'flashed', JSON.stringify(final));
  assert.deepEqual(steps, ['connecting', 'detected', 'preparing', 'writing', 'resetting', 'flashed']);
  const detected = events.find((e) => e.step === 'detected');
  assert.equal(detected?.step === 'detected' && detected.chip.baud, 921600);
  assert.equal(detected?.step === 'detected' && detected.chip.mac, '24:0a:c4:aa:bb:cc');
  assert.equal(detected?.step === 'detected' && detected.chip.flashBytes, 4 * 1024 * 1024);
  const flashData = port.emulator.flash.data;
  assert.deepEqual(flashData.subarray(0, fw.factory.length), fw.factory);
  assert.ok(flashData.subarray(NVS.offset, NVS.offset + NVS.size).every((b) => b === 0xff));
  const last = events.filter((e) => e.step === 'writing').at(-1);
  assert.ok(last?.step === 'writing' && last.progress.done === last.progress.total);
  await new Promise((r) => setTimeout(r, 20)); // the strap is sampled 2 ms after EN rises
  assert.equal(port.emulator.mode, 'app');
  assert.equal(port.isOpen, false);
  // No chip erase: only the regions that change are written.
  assert.equal(port.emulator.flash.stats.chipErases, 0);
});

test('an install with a settings backup puts the old settings back after the new image', {
  timeout: 30_000,
}, async () => {
  const fw = await makeTestFirmware();
  const port = newPort();
  const old = settingsPattern();
  port.emulator.flash.data.set(old, NVS.offset);
  const { final, steps } = await flash(port, fw, { mode: 'install', keepSettingsBackup: true });
  assert.equal(final.step, 'flashed', JSON.stringify(final));
  assert.ok(steps.includes('backing-up'));
  assert.deepEqual(port.emulator.flash.data.subarray(NVS.offset, NVS.offset + NVS.size), old);
  assert.ok(final.step === 'flashed' && final.summary.settingsBackup);
  assert.deepEqual(final.step === 'flashed' && final.summary.settingsBackup, old);
});

test('an update writes only the app, resets the boot slot and leaves the settings untouched', {
  timeout: 30_000,
}, async () => {
  const fw = await makeTestFirmware({ seed: 5 });
  const port = newPort();
  const old = settingsPattern();
  const flashData = port.emulator.flash.data;
  flashData.set(old, NVS.offset);
  flashData.fill(0x00, board.otadata.offset, board.otadata.offset + 32); // "running ota_1"
  const bootloaderBefore = flashData.slice(0x1000, 0x2000);
  const { final } = await flash(port, fw, { mode: 'update', keepSettingsBackup: false });
  assert.equal(final.step, 'flashed', JSON.stringify(final));
  assert.deepEqual(flashData.subarray(NVS.offset, NVS.offset + NVS.size), old);
  assert.deepEqual(flashData.subarray(0x10000, 0x10000 + fw.app.length), fw.app);
  assert.ok(
    flashData
      .subarray(board.otadata.offset, board.otadata.offset + board.otadata.size)
      .every((b) => b === 0xff),
  );
  assert.deepEqual(flashData.subarray(0x1000, 0x2000), bootloaderBefore);
});

test('firmware for another chip is refused before anything is written', { timeout: 30_000 }, async () => {
  const fw = await makeTestFirmware();
  const port = newPort({ chip: 'esp32s3' });
  let asked = false;
  const { final } = await flash(
    port,
    fw,
    { mode: 'install', keepSettingsBackup: false },
    {
      choose: async () => {
        asked = true;
        return { mode: 'install', keepSettingsBackup: false };
      },
    },
  );
  assert.equal(final.step === 'error' && final.code, 'wrong-chip');
  assert.match(final.step === 'error' ? final.message : '', /ESP32-S3/);
  assert.equal(asked, false);
  assert.equal(
    port.emulator.commandLog.some((c) => c.op === Op.FLASH_DEFL_DATA),
    false,
  );
  assert.equal(port.isOpen, false);
});

test('a pulled cable is reported as such, and after plugging back in a retry completes', {
  timeout: 40_000,
}, async () => {
  const fw = await makeTestFirmware();
  const port = newPort({ faults: { disconnect: { op: Op.FLASH_DEFL_DATA, occurrence: 2 } } });
  const first = await flash(port, fw, { mode: 'install', keepSettingsBackup: false });
  assert.equal(first.final.step === 'error' && first.final.code, 'cable-pulled', JSON.stringify(first.final));
  assert.match(first.final.step === 'error' ? first.final.message : '', /Plug the board back in/);
  port.replug();
  const again = await flash(port, fw, { mode: 'install', keepSettingsBackup: false });
  assert.equal(again.final.step, 'flashed', JSON.stringify(again.final));
  assert.deepEqual(port.emulator.flash.data.subarray(0, fw.factory.length), fw.factory);
});

test('a board that stops answering gives a timeout message, and a retry completes', {
  timeout: 40_000,
}, async () => {
  const fw = await makeTestFirmware();
  const port = newPort({ faults: { stall: { op: Op.FLASH_DEFL_BEGIN } } });
  const first = await flash(port, fw, { mode: 'update', keepSettingsBackup: false });
  assert.equal(first.final.step === 'error' && first.final.code, 'timeout', JSON.stringify(first.final));
  const again = await flash(port, fw, { mode: 'update', keepSettingsBackup: false });
  assert.equal(again.final.step, 'flashed', JSON.stringify(again.final));
});

test('a checksum mismatch after writing is reported, and a retry writes it right', {
  timeout: 30_000,
}, async () => {
  const fw = await makeTestFirmware();
  const port = newPort({ faults: { corruptWrite: { address: 0x20000 } } });
  const first = await flash(port, fw, { mode: 'install', keepSettingsBackup: false });
  assert.equal(
    first.final.step === 'error' && first.final.code,
    'verify-failed',
    JSON.stringify(first.final),
  );
  const again = await flash(port, fw, { mode: 'install', keepSettingsBackup: false });
  assert.equal(again.final.step, 'flashed');
  assert.deepEqual(port.emulator.flash.data.subarray(0, fw.factory.length), fw.factory);
});

test('an adapter that cannot do 921600 falls back to the next rate down', { timeout: 30_000 }, async () => {
  const fw = await makeTestFirmware();
  const port = newPort();
  const open = port.open.bind(port);
  port.open = async (o) => {
    if (o.baudRate > 460800) throw new DOMException('Failed to open serial port.', 'NetworkError');
    return open(o);
  };
  const { final, events } = await flash(port, fw, { mode: 'update', keepSettingsBackup: false });
  assert.equal(final.step, 'flashed', JSON.stringify(final));
  const detected = events.find((e) => e.step === 'detected');
  assert.equal(detected?.step === 'detected' && detected.chip.baud, 460800);
});

test('cancelling while the person chooses rejects with AbortError and releases the port', {
  timeout: 30_000,
}, async () => {
  const fw = await makeTestFirmware();
  const port = newPort();
  const ctl = new AbortController();
  const events: FlashState[] = [];
  await assert.rejects(
    runFlash({
      port,
      board,
      firmware: firmwareOf(fw),
      choose: async () => {
        ctl.abort(new DOMException('Cancelled', 'AbortError'));
        return { mode: 'install', keepSettingsBackup: false };
      },
      onEvent: (s) => events.push(s),
      signal: ctl.signal,
    }),
    (err: unknown) => err instanceof DOMException && err.name === 'AbortError',
  );
  assert.equal(
    events.some((e) => e.step === 'error'),
    false,
  );
  assert.equal(port.isOpen, false);
});
