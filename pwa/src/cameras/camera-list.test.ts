import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addCamera,
  type Camera,
  groupCameras,
  labelOf,
  MAX_LABEL_LENGTH,
  moveCamera,
  removeCamera,
  renameCamera,
  setGroup,
} from './camera-list.ts';

const cam = (id: string, group = '', name = ''): Camera => ({
  id,
  origin: `http://10.0.0.${id}`,
  name,
  group,
});
const ids = (list: Camera[]) => list.map((c) => c.id).join(',');

test('adding a camera appends it with tidied labels', () => {
  const r = addCamera([cam('1')], { ...cam('2'), name: '  MK4   left ', group: ' MK4 ' });
  assert.ok(r.ok);
  assert.equal(ids(r.cameras), '1,2');
  assert.equal(r.cameras[1].name, 'MK4 left');
  assert.equal(r.cameras[1].group, 'MK4');
});

test('adding an address that is already listed is refused and names the existing camera', () => {
  const r = addCamera([cam('1', '', 'Bed cam')], { ...cam('9'), origin: 'http://10.0.0.1' });
  assert.ok(!r.ok);
  assert.match(r.message, /Bed cam is already in your list/);
});

test('labels longer than the limit are cut', () => {
  const r = renameCamera([cam('1')], '1', 'x'.repeat(200));
  assert.equal(r[0].name.length, MAX_LABEL_LENGTH);
});

test('remove, rename and regroup touch only the named camera', () => {
  const list = [cam('1'), cam('2'), cam('3')];
  assert.equal(ids(removeCamera(list, '2')), '1,3');
  assert.equal(renameCamera(list, '3', 'Top')[2].name, 'Top');
  assert.equal(setGroup(list, '1', 'XL')[0].group, 'XL');
  assert.equal(list[0].group, '', 'the input list is not mutated');
});

test('moving a camera up or down reorders and clamps at the ends', () => {
  const list = [cam('1'), cam('2'), cam('3')];
  assert.equal(ids(moveCamera(list, '3', -1)), '1,3,2');
  assert.equal(ids(moveCamera(list, '1', +1)), '2,1,3');
  assert.equal(moveCamera(list, '1', -1), list);
  assert.equal(moveCamera(list, 'nope', 1), list);
});

test('groups keep the order of their first camera', () => {
  const groups = groupCameras([cam('1', 'MK4'), cam('2'), cam('3', 'MK4'), cam('4', 'XL')]);
  assert.deepEqual(
    groups.map((g) => [g.group, ids(g.cameras)]),
    [
      ['MK4', '1,3'],
      ['', '2'],
      ['XL', '4'],
    ],
  );
});

test('a camera without a name is labelled by its address', () => {
  assert.equal(labelOf(cam('5')), '10.0.0.5');
  assert.equal(labelOf(cam('5', '', 'Left')), 'Left');
});
