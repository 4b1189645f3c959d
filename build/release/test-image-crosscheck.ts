// Cross-checks two independent implementations of the ESP app image format: images written by
// make-test-image.ts (TypeScript) must pass the firmware's own checks (printcam-image-check, C++),
// and each field corrupted here must be refused with its code. ctest runs it after the build:
//   tsx build/release/test-image-crosscheck.ts --checker <printcam-image-check>
// Ends with the plain line "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeTestImage } from './make-test-image.ts';

interface Case {
  name: string;
  image: Buffer;
  board?: string;
  /** "ok" or the refusal code the firmware must give. */
  expect: string;
}

function corrupt(edit: (b: Buffer) => void): Buffer {
  const b = makeTestImage({ version: '1.0.0', size: 4096 });
  edit(b);
  return b;
}

const cases: Case[] = [
  { name: 'a 64 KB image', image: makeTestImage({ version: '2.0.0' }), expect: 'ok' },
  { name: 'the smallest image', image: makeTestImage({ version: '0.0.1', size: 400 }), expect: 'ok' },
  {
    name: 'an ESP32-S3 board',
    image: makeTestImage({ version: '1.0.0-rc.1', board: 'esp32-s3-eye', size: 5000 }),
    board: 'esp32-s3-eye',
    expect: 'ok',
  },
  { name: 'magic', image: corrupt((b) => b.writeUInt8(0xe8, 0)), expect: 'bad_magic' },
  { name: 'segment count', image: corrupt((b) => b.writeUInt8(17, 1)), expect: 'bad_segment_count' },
  { name: 'chip id', image: corrupt((b) => b.writeUInt16LE(9, 12)), expect: 'wrong_chip' },
  { name: 'hash flag', image: corrupt((b) => b.writeUInt8(0, 23)), expect: 'no_hash' },
  { name: 'segment data', image: corrupt((b) => b.writeUInt8(b[1000] ^ 1, 1000)), expect: 'bad_checksum' },
  {
    name: 'appended hash',
    image: corrupt((b) => b.writeUInt8(b[b.length - 1] ^ 1, b.length - 1)),
    expect: 'hash_mismatch',
  },
  {
    name: 'project name',
    image: makeTestImage({ version: '1.0.0', project: 'other', size: 4096 }),
    expect: 'wrong_project',
  },
  {
    name: 'board',
    image: makeTestImage({ version: '1.0.0', board: 'freenove-esp32-wrover-dev' }),
    expect: 'wrong_board',
  },
  {
    name: 'truncation',
    image: makeTestImage({ version: '1.0.0' }).subarray(0, 30000),
    expect: 'segment_past_end',
  },
];

const { values } = parseArgs({ options: { checker: { type: 'string' } } });
if (!values.checker) {
  console.error('usage: test-image-crosscheck.ts --checker <printcam-image-check>');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'printcam-images-'));
let passed = 0;
let failed = 0;
for (const [i, c] of cases.entries()) {
  const file = join(dir, `${i}.bin`);
  writeFileSync(file, c.image);
  let out: string;
  try {
    out = execFileSync(values.checker, ['--board', c.board ?? 'ai-thinker-esp32-cam', file], {
      encoding: 'utf8',
    });
  } catch (err) {
    out = (err as { stdout?: string }).stdout ?? String(err);
  }
  const verdict = out.startsWith('ok ') ? 'ok' : (/^refused (\w+):/.exec(out)?.[1] ?? out.trim());
  if (verdict === c.expect) {
    passed++;
    console.log(`ok   ${c.name}: ${out.trim()}`);
  } else {
    failed++;
    console.log(`FAIL ${c.name}: expected ${c.expect}, got ${out.trim()}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
