// A validator for the part of JSON Schema 2020-12 that firmware/release/manifest.schema.json uses:
// type, enum, required, properties, additionalProperties: false, items, min/maxItems, minLength,
// pattern, minimum, and local $ref. Anything else in a schema is an error, not silently ignored.

export type Schema = { [key: string]: unknown };

const KNOWN = new Set([
  '$schema',
  '$id',
  '$defs',
  '$ref',
  'title',
  'description',
  'type',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'pattern',
  'minimum',
]);

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** Every way `value` breaks `schema`, each as "<JSON pointer>: <problem>"; empty when valid. */
export function validate(schema: Schema, value: unknown, root: Schema = schema, at = ''): string[] {
  const unknown = Object.keys(schema).filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) return [`${at || '/'}: schema keyword(s) not supported: ${unknown.join(', ')}`];
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Schema | undefined)?.[key], root);
    if (!target) return [`${at || '/'}: unresolved $ref ${schema.$ref}`];
    return validate(target as Schema, value, root, at);
  }
  const where = at || '/';
  const t = typeOf(value);
  if (schema.type !== undefined) {
    const ok = schema.type === t || (schema.type === 'number' && t === 'integer');
    if (!ok) return [`${where}: expected ${schema.type}, got ${t}`];
  }
  const errors: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    errors.push(`${where}: must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  }
  if (t === 'string') {
    const s = value as string;
    if (typeof schema.minLength === 'number' && s.length < schema.minLength)
      errors.push(`${where}: too short`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(s)) {
      errors.push(`${where}: does not match ${schema.pattern}`);
    }
  }
  if (
    (t === 'integer' || t === 'number') &&
    typeof schema.minimum === 'number' &&
    (value as number) < schema.minimum
  ) {
    errors.push(`${where}: below ${schema.minimum}`);
  }
  if (t === 'array') {
    const a = value as unknown[];
    if (typeof schema.minItems === 'number' && a.length < schema.minItems)
      errors.push(`${where}: too few items`);
    if (typeof schema.maxItems === 'number' && a.length > schema.maxItems)
      errors.push(`${where}: too many items`);
    if (schema.items) {
      a.forEach((item, i) => {
        errors.push(...validate(schema.items as Schema, item, root, `${at}/${i}`));
      });
    }
  }
  if (t === 'object') {
    const o = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in o)) errors.push(`${where}: missing required "${key}"`);
    }
    for (const [key, v] of Object.entries(o)) {
      if (props[key]) errors.push(...validate(props[key], v, root, `${at}/${key}`));
      else if (schema.additionalProperties === false) errors.push(`${where}: unexpected "${key}"`);
    }
  }
  return errors;
}
