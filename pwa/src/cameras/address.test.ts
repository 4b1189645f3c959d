import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayAddress, parseCameraAddress } from './address.ts';

const origin = (input: string) => {
  const r = parseCameraAddress(input);
  assert.ok(r.ok, `expected ${input} to parse`);
  return r.origin;
};
const refused = (input: string) => {
  const r = parseCameraAddress(input);
  assert.ok(!r.ok, `expected ${input} to be refused`);
  return r.message;
};

test('a bare IP address becomes an http origin', () => {
  assert.equal(origin('192.168.1.50'), 'http://192.168.1.50');
});

test('a name with a port keeps the port and is lower-cased', () => {
  assert.equal(origin('  PrintCam.local:8080 '), 'http://printcam.local:8080');
});

test('a pasted stream URL is reduced to the camera origin', () => {
  assert.equal(origin('http://10.0.0.7/stream.mjpg?x=1#y'), 'http://10.0.0.7');
});

test('https and IPv6 addresses are accepted', () => {
  assert.equal(origin('https://cam.example.org'), 'https://cam.example.org');
  assert.equal(origin('[fe80::1]:81'), 'http://[fe80::1]:81');
});

test('the default port is dropped so one camera has one origin', () => {
  assert.equal(origin('http://10.0.0.7:80/'), 'http://10.0.0.7');
});

test('empty input, spaces, other schemes and credentials are refused with a reason', () => {
  assert.match(refused('   '), /Type the camera/);
  assert.match(refused('192.168.1 .50'), /no spaces/);
  assert.match(refused('ftp://10.0.0.7'), /http/);
  assert.match(refused('http://admin:pw@10.0.0.7'), /password/);
  assert.match(refused('cam_01!'), /not (a valid host name|an address)/);
});

test('displayAddress drops the scheme', () => {
  assert.equal(displayAddress('http://10.0.0.7:8080'), '10.0.0.7:8080');
});
