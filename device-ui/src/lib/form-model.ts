import type { Schema, Setting, Value, Values } from '../api/types.ts';

export interface Group {
  id: string;
  label: string;
  fields: Setting[];
}

/** A form value: typed when valid, or the raw text the user typed, kept so nothing is lost. */
export type FormValues = Record<string, Value>;

/** Settings grouped in the schema's group order; fields keep schema order; empty groups dropped. */
export function groupsOf(schema: Schema): Group[] {
  return schema.groups
    .map((g) => ({ ...g, fields: schema.settings.filter((s) => s.group === g.id) }))
    .filter((g) => g.fields.length);
}

/**
 * The form's starting values: the camera's value, else the schema default. A secret starts empty
 * (its value is never sent to the browser) and stays unchanged while left empty.
 */
export function initialForm(schema: Schema, values: Values): FormValues {
  const form: FormValues = {};
  for (const s of schema.settings) {
    const v = values[s.key];
    form[s.key] = s.secret ? '' : v === undefined || typeof v === 'object' ? s.default : v;
  }
  return form;
}

/** Whether a secret setting currently has a value on the camera. */
export const secretSet = (values: Values, key: string) => {
  const v = values[key];
  return typeof v === 'object' && v.set;
};

/**
 * Turns an input's text into the setting's type. Text that is not a whole number stays text, so
 * the server's validation message appears at the field and the user's typing is kept.
 */
export function coerce(s: Setting, raw: string | boolean): Value {
  if (s.type === 'bool') return raw === true || raw === 'true';
  if (typeof raw !== 'string') return raw;
  if (s.type === 'int' && /^-?\d+$/.test(raw.trim())) return Number(raw);
  if (s.type === 'enum') return s.options?.find((o) => String(o.value) === raw)?.value ?? raw;
  return raw;
}

/** Only what changed since `base`; an empty secret means "leave as it is". */
export function diff(schema: Schema, base: FormValues, form: FormValues): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const s of schema.settings) {
    const v = form[s.key];
    if (v === undefined || (s.secret && v === '')) continue;
    if (s.secret || v !== base[s.key]) out[s.key] = v;
  }
  return out;
}

/** True when any of the changed keys only takes effect after a restart. */
export const needsReboot = (schema: Schema, changed: Record<string, Value>) =>
  schema.settings.some((s) => s.reboot && s.key in changed);
