// Writes a syntactically valid ESP32 app image with a printcam app description, for tests and
// benchmarks of OTA (the simulated camera installs and "boots" it; it runs nothing). The layout is
// ESP-IDF's (firmware/core/ota/esp_image.hpp documents every field):
//   header (24) · 3 × {load_addr, data_len, data} · zero padding · checksum byte · SHA-256 (32)
// The first segment (DROM, 0x3F400020) starts with esp_app_desc_t and printcam's board descriptor.
//   tsx build/release/make-test-image.ts --version 1.2.3 [--board ai-thinker-esp32-cam]
//       [--size 65536] [--project printcam] --out image.bin
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadBoardTable } from '../codegen/board-data.ts';

/** esp_image_header_t.magic */
const IMAGE_MAGIC = 0xe9;
/** esp_app_desc_t.magic_word */
const APP_DESC_MAGIC = 0xabcd5432;
/** ESP_ROM_CHECKSUM_INITIAL: the checksum starts from this and XORs every segment data byte. */
const CHECKSUM_SEED = 0xef;
const APP_DESC_SIZE = 256;
/** printcam's board descriptor: this tag, then the board id NUL-padded to 32 bytes. */
const BOARD_TAG = 'PCBOARD\0';
const BOARD_ID_SIZE = 32;
const DESCRIPTOR_BYTES = APP_DESC_SIZE + BOARD_TAG.length + BOARD_ID_SIZE;
/** Header, three segment headers, the 4 bytes of padding ending in the checksum, the hash. */
const OVERHEAD = 24 + 3 * 8 + 4 + 32;
/** Smallest image: the descriptors need their bytes, the two filler segments a few. */
export const MIN_TEST_IMAGE_BYTES = 400;
/** esp_chip_id_t by boards.json chip key. */
export const CHIP_IDS: Record<string, number> = { esp32: 0, esp32s3: 9 };

export interface TestImageSpec {
  version: string;
  board?: string;
  /** Total bytes, rounded up to a multiple of 16 (the image's granularity). */
  size?: number;
  project?: string;
  /** Overrides the board's chip id (to build a wrong-chip image). */
  chipId?: number;
}

function text(value: string, field: number): Buffer {
  const out = Buffer.alloc(field);
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length >= field) throw new Error(`"${value}" does not fit a ${field}-byte field`);
  bytes.copy(out);
  return out;
}

/** Deterministic filler from the version (xorshift32), so versions differ in every segment. */
function filler(seed: string, n: number): Buffer {
  let state = 2166136261;
  for (const c of Buffer.from(seed)) state = Math.imul(state ^ c, 16777619) >>> 0;
  const out = Buffer.alloc(n);
  for (let i = 0; i < n; i++) {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out[i] = state & 0xff;
  }
  return out;
}

function segment(loadAddr: number, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32LE(loadAddr, 0);
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data]);
}

/** Builds the image in memory. Throws on a board that boards.json does not list. */
export function makeTestImage(spec: TestImageSpec): Buffer {
  const boardId = spec.board ?? 'ai-thinker-esp32-cam';
  const board = loadBoardTable().boards.find((b) => b.id === boardId);
  const chipId = spec.chipId ?? (board ? CHIP_IDS[board.chip] : undefined);
  if (chipId === undefined) throw new Error(`unknown board ${JSON.stringify(boardId)}`);
  const total = Math.ceil(Math.max(spec.size ?? 65536, MIN_TEST_IMAGE_BYTES) / 16) * 16;
  const data = total - OVERHEAD;
  const first = Math.max(DESCRIPTOR_BYTES, Math.floor(data / 2 / 4) * 4);
  const second = Math.floor((data - first) / 2 / 4) * 4;
  const third = data - first - second;

  const header = Buffer.alloc(24);
  header.writeUInt8(IMAGE_MAGIC, 0);
  header.writeUInt8(3, 1); // segment_count
  header.writeUInt8(2, 2); // spi_mode DIO
  header.writeUInt8(0x20, 3); // spi_size 4 MB | spi_speed 40 MHz
  header.writeUInt32LE(0x40081000, 4); // entry_addr
  header.writeUInt8(0xee, 8); // wp_pin: not used
  header.writeUInt16LE(chipId, 12);
  header.writeUInt16LE(399, 17); // max_chip_rev_full: v3.99
  header.writeUInt8(1, 23); // hash_appended

  const desc = Buffer.alloc(APP_DESC_SIZE);
  desc.writeUInt32LE(APP_DESC_MAGIC, 0);
  text(spec.version, 32).copy(desc, 16);
  text(spec.project ?? 'printcam', 32).copy(desc, 48);
  text('12:00:00', 16).copy(desc, 80);
  text('Nov 22 2026', 16).copy(desc, 96);
  text('v5.5', 32).copy(desc, 112);
  filler(`${spec.version}/elf`, 32).copy(desc, 144); // app_elf_sha256
  const boardDesc = Buffer.concat([Buffer.from(BOARD_TAG, 'latin1'), text(boardId, BOARD_ID_SIZE)]);

  const segments = [
    segment(0x3f400020, Buffer.concat([desc, boardDesc, filler(spec.version, first - DESCRIPTOR_BYTES)])),
    segment(0x3ffb0000, filler(`${spec.version}/dram`, second)),
    segment(0x40080000, filler(`${spec.version}/iram`, third)),
  ];
  let checksum = CHECKSUM_SEED;
  for (const s of segments) for (const b of s.subarray(8)) checksum ^= b;
  const tail = Buffer.from([0, 0, 0, checksum]);
  const body = Buffer.concat([header, ...segments, tail]);
  const image = Buffer.concat([body, createHash('sha256').update(body).digest()]);
  if (image.length !== total) throw new Error(`internal: built ${image.length} bytes, meant ${total}`);
  return image;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { values } = parseArgs({
      options: {
        version: { type: 'string' },
        board: { type: 'string' },
        size: { type: 'string' },
        project: { type: 'string' },
        out: { type: 'string' },
      },
    });
    if (!values.version || !values.out) throw new Error('missing --version or --out');
    const size = values.size === undefined ? undefined : Number(values.size);
    if (size !== undefined && !Number.isInteger(size)) throw new Error('--size must be a whole number');
    const image = makeTestImage({
      version: values.version,
      board: values.board,
      size,
      project: values.project,
    });
    writeFileSync(values.out, image);
    console.log(`wrote ${values.out} (${image.length} bytes, printcam ${values.version})`);
  } catch (err) {
    console.error(`make-test-image: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
