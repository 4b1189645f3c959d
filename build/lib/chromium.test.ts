import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHROMIUM_CANDIDATES, chromiumExecutable, findChromium, noChromiumMessage } from './chromium.mjs';

const onDisk =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

test('PRINTCAM_CHROMIUM wins over every installed browser, even one that is not there', () => {
  const env = { PRINTCAM_CHROMIUM: '/opt/chrome/chrome' };
  assert.equal(findChromium(env, onDisk('/usr/bin/chromium')), '/opt/chrome/chrome');
});

test("Debian's /usr/bin/chromium is preferred when several browsers are installed", () => {
  const all = onDisk('/usr/bin/chromium', '/snap/bin/chromium', '/usr/bin/google-chrome-stable');
  assert.equal(findChromium({}, all), '/usr/bin/chromium');
});

test("Ubuntu's snap is found when there is no /usr/bin/chromium", () => {
  assert.equal(
    findChromium({}, onDisk('/usr/bin/chromium-browser', '/snap/bin/chromium')),
    '/snap/bin/chromium',
  );
});

test('Google Chrome is found under either of its package names', () => {
  assert.equal(findChromium({}, onDisk('/usr/bin/google-chrome-stable')), '/usr/bin/google-chrome-stable');
  assert.equal(findChromium({}, onDisk('/usr/bin/google-chrome')), '/usr/bin/google-chrome');
});

test("Ubuntu's chromium-browser launcher alone does not count: without the snap it runs nothing", () => {
  assert.equal(findChromium({}, onDisk('/usr/bin/chromium-browser')), undefined);
});

test('an empty PRINTCAM_CHROMIUM falls back to the usual places', () => {
  assert.equal(findChromium({ PRINTCAM_CHROMIUM: '' }, onDisk('/snap/bin/chromium')), '/snap/bin/chromium');
});

test('with no browser, chromiumExecutable names every place looked at and the override', () => {
  assert.throws(
    () => chromiumExecutable({}, onDisk()),
    (err: Error) =>
      CHROMIUM_CANDIDATES.every((path) => err.message.includes(path)) &&
      err.message.includes('PRINTCAM_CHROMIUM') &&
      err.message === noChromiumMessage(),
  );
  assert.equal(chromiumExecutable({}, onDisk('/usr/bin/google-chrome')), '/usr/bin/google-chrome');
});
