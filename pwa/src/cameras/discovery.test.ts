import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Peer } from '@device-ui/api/index.ts';
import { newPeers } from './discovery.ts';

const peer = (ip: string, port = 80, name = 'cam'): Peer => ({ name, host: `${name}.local`, ip, port });

test('peers already listed, duplicates across cameras and unusable entries are dropped', () => {
  const listed = [{ id: 'a', origin: 'http://10.0.0.1', name: '', group: '' }];
  const found = newPeers(
    [
      [peer('10.0.0.1'), peer('10.0.0.2', 80, 'left')],
      [peer('10.0.0.2', 80, 'left'), peer('10.0.0.3', 8080, 'right'), { ...peer(''), host: '' }],
    ],
    listed,
  );
  assert.deepEqual(found, [
    { origin: 'http://10.0.0.2', name: 'left', version: undefined },
    { origin: 'http://10.0.0.3:8080', name: 'right', version: undefined },
  ]);
});

test('a peer without an IP is reached by its host name', () => {
  assert.equal(newPeers([[{ ...peer(''), host: 'cam.local' }]], [])[0].origin, 'http://cam.local');
});
