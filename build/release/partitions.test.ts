import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadBoardTable } from '../codegen/board-data.ts';
import { paths } from '../lib/paths.ts';
import { APP_IMAGE_BUDGET_BYTES } from './image-budget.ts';
import { checkPartitions, type Partition, parsePartitionCsv } from './partitions.ts';

const MB = 1024 * 1024;
const read = (name: string) => parsePartitionCsv(readFileSync(join(paths.firmware, name), 'utf8'));

test('every board’s partition table fits its flash with both OTA slots within the image budget', () => {
  for (const board of loadBoardTable().boards) {
    const errors = checkPartitions(read(board.partitionTable), board.flashMB * MB, APP_IMAGE_BUDGET_BYTES);
    assert.deepEqual(errors, [], `${board.id} with ${board.partitionTable}`);
  }
});

test('the 4 MB table fills the flash: nvs, otadata, two OTA slots and a coredump, no factory slot', () => {
  const parts = read('partitions.csv');
  assert.deepEqual(
    parts.map((p) => p.name),
    ['nvs', 'otadata', 'ota_0', 'ota_1', 'coredump'],
  );
  const last = parts.at(-1) as Partition;
  assert.equal(last.offset + last.size, 4 * MB);
  assert.equal(parts.find((p) => p.name === 'ota_0')?.offset, 0x10000, 'the app image flashes at 0x10000');
});

const sound = read('partitions.csv');
const change = (name: string, patch: Partial<Partition>) =>
  sound.map((p) => (p.name === name ? { ...p, ...patch } : p));

test('overlap, misalignment, overflow and a small slot are each reported', () => {
  const check = (parts: Partition[]) => checkPartitions(parts, 4 * MB, APP_IMAGE_BUDGET_BYTES).join('\n');
  assert.match(check(change('ota_1', { offset: 0x1f0000 })), /ota_1 at 0x1F0000 overlaps ota_0/);
  assert.match(check(change('ota_1', { offset: 0x208000 })), /ota_1 at 0x208000 is not 0x10000-aligned/);
  assert.match(check(change('coredump', { size: 0x20000 })), /ends at 0x410000, past the 0x400000 flash/);
  assert.match(
    check(change('ota_0', { size: 0x100000 })),
    /ota_0 \(0x100000\) is smaller than the app image budget/,
  );
  assert.match(check(change('nvs', { offset: 0x8000 })), /nvs at 0x8000 overlaps the partition table/);
  assert.match(check(sound.filter((p) => p.name !== 'ota_1')), /expected one app\/ota_1 partition, found 0/);
});

test('the CSV reader takes K and M suffixes, skips comments, and refuses a blank offset', () => {
  const parts = parsePartitionCsv('# c\nnvs, data, nvs, 36K, 20K # tail\n\napp, app, ota_0, 0x10000, 1M\n');
  assert.deepEqual(
    parts.map((p) => [p.offset, p.size]),
    [
      [0x9000, 0x5000],
      [0x10000, 0x100000],
    ],
  );
  assert.throws(() => parsePartitionCsv('nvs, data, nvs, , 0x5000'), /line 1: nvs has no offset/);
  assert.throws(() => parsePartitionCsv('nvs, data, nvs, 0x9000, lots'), /"lots" is not a number/);
});
