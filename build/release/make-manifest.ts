// The release workflow's manifest step: given one board's built images, writes the manifest
// (firmware/release/manifest.schema.json) that ESP Web Tools, the PWA flasher and OTA-from-URL read.
//   tsx build/release/make-manifest.ts --board <id> --version <x.y.z> \
//       --factory <factory.bin> --app <app.bin> --out <manifest.json>
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBoardTable } from '../codegen/board-data.ts';
import { paths } from '../lib/paths.ts';
import { writeIfChanged } from '../lib/write-if-changed.ts';
import { APP_IMAGE_BUDGET_BYTES } from './image-budget.ts';
import { type Schema, validate } from './json-schema.ts';
import { parsePartitionCsv } from './partitions.ts';

export const manifestSchemaFile = join(paths.firmware, 'release', 'manifest.schema.json');
/** First byte of every ESP32 app image (esp_image_header_t.magic). */
const ESP_IMAGE_MAGIC = 0xe9;

export interface ManifestInput {
  board: string;
  version: string;
  factory: string;
  app: string;
  out: string;
}

function part(file: string, offset: number, manifestDir: string) {
  const bytes = readFileSync(file);
  const path = relative(manifestDir, file);
  if (path !== basename(file)) throw new Error(`${file} must sit beside the manifest (paths are relative)`);
  return { path, offset, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}

/** Builds, validates and writes the manifest; throws with a clear message on any bad input. */
export function makeManifest(input: ManifestInput): Record<string, unknown> {
  const table = loadBoardTable();
  const board = table.boards.find((b) => b.id === input.board);
  if (!board) throw new Error(`unknown board ${JSON.stringify(input.board)}`);
  const appBytes = readFileSync(input.app);
  if (appBytes[0] !== ESP_IMAGE_MAGIC) throw new Error(`${input.app} is not an ESP app image (magic 0xE9)`);
  if (appBytes.length > APP_IMAGE_BUDGET_BYTES) {
    throw new Error(
      `${input.app} is ${appBytes.length} bytes, over the ${APP_IMAGE_BUDGET_BYTES}-byte budget`,
    );
  }
  const layout = parsePartitionCsv(readFileSync(join(paths.firmware, board.partitionTable), 'utf8'));
  const slot = layout.find((p) => p.type === 'app' && p.subtype === 'ota_0');
  if (!slot) throw new Error(`${board.partitionTable} has no ota_0 slot`);
  const dir = dirname(input.out);
  const manifest = {
    name: `printcam for ${board.name}`,
    version: input.version,
    board: board.id,
    boardName: board.name,
    // A new install offers a full erase: a board coming from other firmware has foreign NVS data.
    new_install_prompt_erase: true,
    builds: [
      {
        chipFamily: table.chips[board.chip].chipFamily,
        parts: [part(input.factory, 0, dir)],
        app: part(input.app, slot.offset, dir),
      },
    ],
  };
  const schema = JSON.parse(readFileSync(manifestSchemaFile, 'utf8')) as Schema;
  const errors = validate(schema, manifest);
  if (errors.length > 0) throw new Error(`manifest does not match its schema:\n  ${errors.join('\n  ')}`);
  writeIfChanged(input.out, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { values } = parseArgs({
      options: Object.fromEntries(
        ['board', 'version', 'factory', 'app', 'out'].map((k) => [k, { type: 'string' }]),
      ),
    });
    const missing = ['board', 'version', 'factory', 'app', 'out'].filter((k) => !values[k]);
    if (missing.length > 0) throw new Error(`missing --${missing.join(', --')}`);
    makeManifest(values as unknown as ManifestInput);
    console.log(`wrote ${values.out}`);
  } catch (err) {
    console.error(`make-manifest: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
