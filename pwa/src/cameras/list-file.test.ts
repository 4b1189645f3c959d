import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Camera } from './camera-list.ts';
import { exportList, importList, LIST_FILE_FORMAT } from './list-file.ts';

const existing: Camera[] = [{ id: 'a', origin: 'http://10.0.0.1', name: 'Left', group: 'MK4' }];
let counter = 0;
const makeId = () => `new-${++counter}`;

test('an exported list imports back into an empty list unchanged', () => {
  const r = importList([], exportList(existing), makeId);
  assert.ok(r.ok);
  assert.deepEqual(
    r.cameras.map(({ origin, name, group }) => ({ origin, name, group })),
    [{ origin: 'http://10.0.0.1', name: 'Left', group: 'MK4' }],
  );
});

test('import merges: new addresses are appended, listed ones kept as they are', () => {
  const file = JSON.stringify({
    format: LIST_FILE_FORMAT,
    version: 1,
    cameras: [
      { address: '10.0.0.1', name: 'Renamed' },
      { address: 'cam2.local:8080', group: 'XL' },
    ],
  });
  const r = importList(existing, file, makeId);
  assert.ok(r.ok);
  assert.equal(r.added, 1);
  assert.equal(r.alreadyListed, 1);
  assert.equal(r.cameras[0].name, 'Left');
  assert.equal(r.cameras[1].origin, 'http://cam2.local:8080');
  assert.equal(r.cameras[1].group, 'XL');
});

const refusal = (text: string) => {
  const r = importList(existing, text, makeId);
  assert.ok(!r.ok, `expected refusal of ${text.slice(0, 60)}`);
  assert.match(r.message, /not changed/);
  return r.message;
};

test('files that are not camera lists are refused, each with its reason', () => {
  assert.match(refusal('<html>'), /not JSON/);
  assert.match(refusal('{"cameras":[]}'), /format/);
  assert.match(refusal('[1,2]'), /format/);
  assert.match(refusal(`{"format":"${LIST_FILE_FORMAT}","version":1}`), /cameras/);
  assert.match(
    refusal(`{"format":"${LIST_FILE_FORMAT}","version":1,"cameras":[{"name":"x"}]}`),
    /camera 1 has no address/,
  );
  assert.match(
    refusal(`{"format":"${LIST_FILE_FORMAT}","version":1,"cameras":[{"address":"ftp://x"}]}`),
    /camera 1: .*http/,
  );
  assert.match(
    refusal(`{"format":"${LIST_FILE_FORMAT}","version":1,"cameras":[{"address":"x.local","name":7}]}`),
    /name or group/,
  );
});

test('one bad camera refuses the whole file, so nothing is half-imported', () => {
  const file = JSON.stringify({
    format: LIST_FILE_FORMAT,
    version: 1,
    cameras: [{ address: '10.0.0.9' }, { address: 'bad host!' }],
  });
  assert.match(refusal(file), /camera 2/);
});

test('a list from a newer app version asks for an update', () => {
  assert.match(refusal(`{"format":"${LIST_FILE_FORMAT}","version":2,"cameras":[]}`), /newer printcam app/);
});
