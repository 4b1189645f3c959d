import assert from 'node:assert/strict';
import { test } from 'node:test';
import { href, parseHash } from './router.ts';

test('hashes name a screen and an optional argument', () => {
  assert.deepEqual(parseHash('#/settings/camera'), { screen: 'settings', arg: 'camera' });
  assert.deepEqual(parseHash('#/system'), { screen: 'system', arg: '' });
  assert.deepEqual(parseHash('#setup'), { screen: 'setup', arg: '' });
});

test('an empty or unknown hash is the home screen', () => {
  assert.deepEqual(parseHash(''), { screen: 'home', arg: '' });
  assert.deepEqual(parseHash('#/nowhere/x'), { screen: 'home', arg: 'x' });
});

test('links round-trip through the parser', () => {
  assert.deepEqual(parseHash(href('settings', 'a b')), { screen: 'settings', arg: 'a b' });
  assert.equal(href('peers'), '#/peers');
});
