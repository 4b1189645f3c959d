import assert from 'node:assert/strict';
import { test } from 'node:test';
import { previewStyle } from './preview.ts';

test('no change from the saved values means no preview style', () => {
  const v = { 'camera.brightness': 1, 'camera.hmirror': true };
  assert.equal(previewStyle(v, { ...v }), '');
});

test('mirror, flip and rotation changes become a transform relative to what the camera does now', () => {
  const saved = { 'camera.hmirror': false, 'camera.vflip': true, 'camera.rotation': 90 };
  const form = { 'camera.hmirror': true, 'camera.vflip': false, 'camera.rotation': 0 };
  assert.equal(previewStyle(saved, form), 'transform:rotate(270deg) scaleX(-1) scaleY(-1)');
});

test('a mirror change of a picture the camera turns sideways flips it along the other screen axis', () => {
  // Saved at 90°: the sensor's left-right is the screen's top-bottom once the browser turns it.
  const saved = { 'camera.hmirror': false, 'camera.vflip': false, 'camera.rotation': 90 };
  assert.equal(previewStyle(saved, { ...saved, 'camera.hmirror': true }), 'transform:scaleY(-1)');
  assert.equal(previewStyle(saved, { ...saved, 'camera.vflip': true }), 'transform:scaleX(-1)');
  const upsideDown = { ...saved, 'camera.rotation': 180 };
  assert.equal(previewStyle(upsideDown, { ...upsideDown, 'camera.hmirror': true }), 'transform:scaleX(-1)');
});

test('image controls become CSS filters, never negative', () => {
  const s = previewStyle({ 'camera.brightness': 0 }, { 'camera.brightness': 2, 'camera.saturation': -2 });
  assert.equal(s, 'filter:brightness(1.4) saturate(0.6)');
  assert.equal(previewStyle({ 'camera.contrast': 2 }, { 'camera.contrast': -8 }), 'filter:contrast(0.0)');
});
