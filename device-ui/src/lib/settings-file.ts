import type { Schema, Value, Values } from '../api/types.ts';

/** Marks a file as ours, so importing an unrelated JSON file is refused with a clear message. */
const KIND = 'printcam-settings';

/**
 * The export document: every setting the camera reads back. Secrets are left out because the
 * camera never reveals them (API.md: a secret reads `{"set":…}`).
 */
export function exportSettings(schema: Schema, values: Values, name: string) {
  const out: Record<string, Value> = {};
  for (const s of schema.settings) {
    const v = values[s.key];
    if (!s.secret && v !== undefined && typeof v !== 'object') out[s.key] = v;
  }
  return { kind: KIND, schema: schema.version, camera: name, values: out };
}

/**
 * The changes an imported file asks for: known, non-secret keys only (secrets may be included by
 * hand-editing the file and are sent too). Returns null when the text is not an export.
 */
export function parseImport(text: string, schema: Schema): Record<string, Value> | null {
  let doc: { kind?: string; values?: Record<string, unknown> };
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (doc?.kind !== KIND || typeof doc.values !== 'object' || !doc.values) return null;
  const out: Record<string, Value> = {};
  for (const s of schema.settings) {
    const v = doc.values[s.key];
    if (['boolean', 'number', 'string'].includes(typeof v)) out[s.key] = v as Value;
  }
  return out;
}
