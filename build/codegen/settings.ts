// Settings code generation: firmware/core/settings/schema.json → the firmware's C++ table (with the
// /api/schema body as a constant) and the device UI's TypeScript types. Runs first in the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../lib/paths.ts';
import { writeIfChanged } from '../lib/write-if-changed.ts';
import { renderCpp, renderTs } from './settings-render.ts';
import { SchemaError, type SettingsSchema, validateSchema } from './settings-validate.ts';

export { SchemaError };

export interface SettingsCodegenOptions {
  schemaFile?: string;
  cppFile?: string;
  tsFile?: string;
}

export const settingsSchemaFile = join(paths.firmware, 'core', 'settings', 'schema.json');

/** Validates the schema and writes both outputs (only when they change). Throws SchemaError. */
export function generateSettings(opts: SettingsCodegenOptions = {}): SettingsSchema {
  const file = opts.schemaFile ?? settingsSchemaFile;
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new SchemaError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const schema = validateSchema(doc);
  writeIfChanged(opts.cppFile ?? join(paths.firmwareGenerated, 'settings_schema.hpp'), renderCpp(schema));
  writeIfChanged(opts.tsFile ?? join(paths.deviceUi, 'src', 'generated', 'settings.ts'), renderTs(schema));
  return schema;
}
