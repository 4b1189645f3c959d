// Checks firmware/core/settings/schema.json before anything is generated from it: a bad schema
// must fail the build with a message naming the setting and the rule, never reach the firmware.

export const SETTING_TYPES = ['bool', 'int', 'enum', 'string'] as const;
export const STRING_FORMATS = [
  'url',
  'hostname',
  'ipv4',
  'password',
  'timezone',
  'alnum',
  'origin_list',
] as const;

export type SettingType = (typeof SETTING_TYPES)[number];
export type StringFormat = (typeof STRING_FORMATS)[number];

export interface EnumOption {
  value: string;
  label: string;
}

export interface SettingEntry {
  key: string;
  type: SettingType;
  group: string;
  label: string;
  default: boolean | number | string;
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
  options?: EnumOption[];
  minLength?: number;
  maxLength?: number;
  /** Strings: the empty string is valid whatever minLength and format say (it means "unset"). */
  allowEmpty?: boolean;
  format?: StringFormat;
  secret?: boolean;
  reboot?: boolean;
  advanced?: boolean;
  help: string;
  since: number;
}

export interface SettingsSchema {
  version: number;
  groups: { id: string; label: string }[];
  settings: SettingEntry[];
}

export class SchemaError extends Error {}

const KEY_PATTERN = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;
const OPTION_PATTERN = /^[A-Za-z0-9_]+$/;
/** The C++ table stores ints as int32_t. */
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
/** The longest string the firmware keeps: settings live in one small NVS blob. */
const MAX_STRING_BYTES = 1024;
/** Help is one line under a form field, on a phone. */
const MAX_HELP_CHARS = 120;

const ALLOWED: Record<SettingType, string[]> = {
  bool: [],
  int: ['min', 'max', 'step', 'unit'],
  enum: ['options'],
  string: ['minLength', 'maxLength', 'allowEmpty', 'format', 'secret'],
};
const COMMON = ['key', 'type', 'group', 'label', 'default', 'reboot', 'advanced', 'help', 'since'];

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Validates the parsed schema document; throws SchemaError listing every problem found. */
export function validateSchema(doc: unknown): SettingsSchema {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  if (typeof doc !== 'object' || doc === null) throw new SchemaError('schema: must be a JSON object');
  const d = doc as Record<string, unknown>;
  if (!isInt(d.version) || d.version < 1) fail('version', 'must be a whole number ≥ 1');
  const version = isInt(d.version) ? d.version : 1;
  const groups = Array.isArray(d.groups) ? (d.groups as { id: unknown; label: unknown }[]) : [];
  if (groups.length === 0) fail('groups', 'must be a non-empty list');
  const groupIds = new Set<string>();
  for (const g of groups) {
    if (typeof g.id !== 'string' || !/^[a-z][a-z0-9_]*$/.test(g.id)) fail('groups', `bad id ${g.id}`);
    else if (groupIds.has(g.id)) fail('groups', `duplicate id "${g.id}"`);
    else groupIds.add(g.id);
    if (typeof g.label !== 'string' || g.label === '') fail(`group ${g.id}`, 'needs a label');
  }
  const settings = Array.isArray(d.settings) ? (d.settings as Record<string, unknown>[]) : [];
  if (settings.length === 0) fail('settings', 'must be a non-empty list');
  const keys = new Set<string>();
  settings.forEach((s, i) => {
    const where = typeof s.key === 'string' ? s.key : `settings[${i}]`;
    const bad = (what: string) => fail(where, what);
    if (typeof s.key !== 'string' || !KEY_PATTERN.test(s.key)) bad('key must be group.name in snake_case');
    else if (keys.has(s.key)) bad('duplicate key');
    else keys.add(s.key);
    if (!SETTING_TYPES.includes(s.type as SettingType)) {
      bad(`type must be one of ${SETTING_TYPES.join(', ')}`);
      return;
    }
    const type = s.type as SettingType;
    for (const field of Object.keys(s)) {
      if (!COMMON.includes(field) && !ALLOWED[type].includes(field))
        bad(`field "${field}" is not valid on ${type}`);
    }
    if (typeof s.group !== 'string' || !groupIds.has(s.group)) bad(`group "${s.group}" is not in groups`);
    else if (typeof s.key === 'string' && !s.key.startsWith(`${s.group}.`))
      bad('key must start with its group');
    if (typeof s.label !== 'string' || s.label === '') bad('needs a label');
    if (typeof s.help !== 'string' || s.help.length > MAX_HELP_CHARS || !s.help.endsWith('.'))
      bad(`help must be one short sentence (≤ ${MAX_HELP_CHARS} characters) ending in a full stop`);
    if (!isInt(s.since) || s.since < 1 || s.since > version) bad(`since must be 1..${version}`);
    for (const flag of ['reboot', 'advanced', 'secret', 'allowEmpty']) {
      if (s[flag] !== undefined && typeof s[flag] !== 'boolean') bad(`${flag} must be true or false`);
    }
    checkTyped(type, s, bad);
  });
  if (problems.length > 0) throw new SchemaError(`invalid settings schema:\n  ${problems.join('\n  ')}`);
  return doc as SettingsSchema;
}

function checkTyped(type: SettingType, s: Record<string, unknown>, bad: (what: string) => void): void {
  const def = s.default;
  if (type === 'bool') {
    if (typeof def !== 'boolean') bad('default must be true or false');
  } else if (type === 'int') {
    const { min, max, step } = s;
    if (!isInt(min) || !isInt(max) || min < INT32_MIN || max > INT32_MAX || min > max) {
      bad('min and max must be 32-bit whole numbers with min ≤ max');
      return;
    }
    if (!isInt(step) || step < 1) {
      bad('step must be a whole number ≥ 1');
      return;
    }
    if ((max - min) % step !== 0) bad(`max ${max} is not min plus a multiple of step ${step}`);
    if (!isInt(def) || def < min || def > max) bad(`default must be a whole number in ${min}..${max}`);
    else if ((def - min) % step !== 0) bad(`default ${def} is not on a step of ${step} from ${min}`);
  } else if (type === 'enum') {
    const options = Array.isArray(s.options) ? (s.options as Partial<EnumOption>[]) : [];
    if (options.length === 0) {
      bad('an enum needs options');
      return;
    }
    const seen = new Set<string>();
    for (const o of options) {
      if (typeof o.value !== 'string' || !OPTION_PATTERN.test(o.value)) bad(`bad option value ${o.value}`);
      else if (seen.has(o.value)) bad(`duplicate option "${o.value}"`);
      else seen.add(o.value);
      if (typeof o.label !== 'string' || o.label === '') bad(`option "${o.value}" needs a label`);
    }
    if (typeof def !== 'string' || !seen.has(def)) bad(`default "${def}" is not among the options`);
  } else {
    const min = s.minLength ?? 0;
    const max = s.maxLength;
    if (!isInt(max) || max < 1 || max > MAX_STRING_BYTES) {
      bad(`maxLength must be 1..${MAX_STRING_BYTES}`);
      return;
    }
    if (!isInt(min) || min < 0 || min > max) {
      bad('minLength must be 0..maxLength');
      return;
    }
    if (s.format !== undefined && !STRING_FORMATS.includes(s.format as StringFormat))
      bad(`format must be one of ${STRING_FORMATS.join(', ')}`);
    if (typeof def !== 'string') {
      bad('default must be a string');
      return;
    }
    const emptyOk = def === '' && s.allowEmpty === true;
    if (!emptyOk && (bytes(def) < min || bytes(def) > max)) bad(`default is not ${min}..${max} bytes long`);
    if (s.secret === true && def !== '') bad('a secret must default to empty');
  }
}
