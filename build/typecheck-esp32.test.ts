import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { typecheckEsp32 } from './typecheck-esp32.ts';

test('without IDF_PATH the ESP32 type-check says it was skipped, and passes nothing', () => {
  const env = { ...process.env };
  delete env.IDF_PATH;
  const out = execFileSync('npx', ['tsx', 'build/typecheck-esp32.ts'], { env, encoding: 'utf8' });
  assert.match(out, /typecheck:esp32 skipped: IDF_PATH not set/);
  assert.doesNotMatch(out, /passed/);
});

// Shown as skipped, not passed, where no ESP-IDF checkout is at hand.
const idf = process.env.IDF_PATH;
test('platform/esp32 and main/ compile against the ESP-IDF headers at IDF_PATH for both chips', {
  skip: idf ? false : 'IDF_PATH not set',
}, () => {
  const { version, checked } = typecheckEsp32(idf as string);
  assert.match(version, /^v5\./);
  assert.ok(checked.some((c) => c.startsWith('esp32: ') && c.endsWith('esp_http_server.cpp')));
  assert.ok(checked.some((c) => c.startsWith('esp32s3: ') && c.endsWith('app_main.cpp')));
  // The USB-Serial-JTAG adapter is in the S3 pass, the chip where its guard lets the code through.
  assert.ok(checked.includes('esp32s3: firmware/platform/esp32/esp_usb_serial_jtag_port.cpp'));
});

test('a managed component whose headers are not found fails the check, naming the variable to set', {
  skip: idf ? false : 'IDF_PATH not set',
}, () => {
  const saved = process.env.PRINTCAM_MDNS_DIR;
  process.env.PRINTCAM_MDNS_DIR = '/nonexistent/mdns';
  try {
    assert.throws(
      () => typecheckEsp32(idf as string),
      /mdns\.h not found under \/nonexistent\/mdns: set PRINTCAM_MDNS_DIR/,
    );
  } finally {
    if (saved === undefined) delete process.env.PRINTCAM_MDNS_DIR;
    else process.env.PRINTCAM_MDNS_DIR = saved;
  }
});
