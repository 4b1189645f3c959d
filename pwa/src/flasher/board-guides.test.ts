import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BOARDS } from '../generated/boards.ts';
import { GUIDES } from './board-guides.ts';

test('every board in the board table has a wiring guide, and no guide names an unknown board', () => {
  assert.deepEqual(Object.keys(GUIDES).sort(), BOARDS.map((b) => b.id).sort());
});

test('native-USB guides belong to ESP32-S3 boards only', () => {
  for (const b of BOARDS) {
    if (GUIDES[b.id].wiring === 'native-usb') assert.equal(b.chipFamily, 'ESP32-S3', b.id);
  }
});
