import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cameraCanReach, chooseMethod, shouldFallBack } from './method.ts';

const url = (s: string) => new URL(s);

test('a camera on the network downloads from a public or LAN address itself', () => {
  assert.equal(
    cameraCanReach(url('https://example.github.io/printcam/firmware/app.bin'), 'http://192.168.1.20'),
    true,
  );
  assert.equal(cameraCanReach(url('http://192.168.1.5:8080/app.bin'), 'http://192.168.1.20'), true);
  assert.equal(chooseMethod('auto', url('http://192.168.1.5/app.bin'), 'http://192.168.1.20'), 'url');
});

test('an app served from localhost uploads to a camera on the network: it cannot reach our loopback', () => {
  assert.equal(cameraCanReach(url('http://localhost:5173/firmware/app.bin'), 'http://192.168.1.20'), false);
  assert.equal(cameraCanReach(url('http://127.0.0.1:5173/app.bin'), 'http://cam.local'), false);
  assert.equal(chooseMethod('auto', url('http://[::1]:80/app.bin'), 'http://192.168.1.20'), 'upload');
});

test('a simulated camera on this computer reaches loopback over http, not https', () => {
  assert.equal(cameraCanReach(url('http://127.0.0.1:9000/app.bin'), 'http://127.0.0.1:8081'), true);
  assert.equal(cameraCanReach(url('https://example.org/app.bin'), 'http://127.0.0.1:8081'), false);
});

test('only http and https are downloadable by a camera', () => {
  assert.equal(cameraCanReach(url('blob:http://localhost/abc'), 'http://192.168.1.20'), false);
});

test('a forced choice wins, and only auto falls back to uploading on a download problem', () => {
  assert.equal(chooseMethod('upload', url('http://192.168.1.5/app.bin'), 'http://192.168.1.20'), 'upload');
  assert.equal(chooseMethod('url', url('http://localhost/app.bin'), 'http://192.168.1.20'), 'url');
  assert.equal(shouldFallBack('auto', 'download_failed'), true);
  assert.equal(shouldFallBack('url', 'download_failed'), false);
  assert.equal(shouldFallBack('auto', 'wrong_board'), false, 'a bad image is bad whoever sends it');
  assert.equal(shouldFallBack('auto', undefined), false);
});
