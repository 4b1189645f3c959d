// Reads an ESP-IDF partition CSV (the subset printcam writes: explicit offsets and sizes) and checks
// a layout against a flash size and the app image budget.

export interface Partition {
  name: string;
  type: string;
  subtype: string;
  offset: number;
  size: number;
}

/** ESP-IDF's default CONFIG_PARTITION_TABLE_OFFSET; the table itself takes one 4 KiB sector. */
export const PARTITION_TABLE_OFFSET = 0x8000;
const PARTITION_TABLE_END = PARTITION_TABLE_OFFSET + 0x1000;
/** Flash erase sector: data partitions must start and end on it. */
const SECTOR = 0x1000;
/** App partitions must be 64 KiB aligned: the MMU maps the app in 64 KiB pages. */
const APP_ALIGN = 0x10000;

/** A number as ESP-IDF's gen_esp32part accepts it: hex, decimal, or with a K/M suffix. */
function parseSize(text: string, where: string): number {
  const m = /^(0x[0-9a-f]+|\d+)([km])?$/i.exec(text.trim());
  if (!m) throw new Error(`${where}: ${JSON.stringify(text)} is not a number`);
  const unit = m[2]?.toLowerCase() === 'm' ? 1024 * 1024 : m[2] ? 1024 : 1;
  return Number(m[1]) * unit;
}

export function parsePartitionCsv(csv: string): Partition[] {
  const parts: Partition[] = [];
  csv.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const where = `line ${i + 1}`;
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length < 5) throw new Error(`${where}: expected name, type, subtype, offset, size`);
    const [name, type, subtype, offset, size] = cells as [string, string, string, string, string];
    if (offset === '') throw new Error(`${where}: ${name} has no offset; write every offset out`);
    parts.push({
      name,
      type,
      subtype,
      offset: parseSize(offset, where),
      size: parseSize(size, where),
    });
  });
  return parts;
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase()}`;

/** Every problem with a layout for a flash of `flashBytes`; empty when it is sound. */
export function checkPartitions(parts: Partition[], flashBytes: number, appBudget: number): string[] {
  const errors: string[] = [];
  const sorted = [...parts].sort((a, b) => a.offset - b.offset);
  let end = PARTITION_TABLE_END;
  let previous = 'the partition table';
  for (const p of sorted) {
    const align = p.type === 'app' ? APP_ALIGN : SECTOR;
    if (p.offset % align !== 0) errors.push(`${p.name} at ${hex(p.offset)} is not ${hex(align)}-aligned`);
    if (p.size % SECTOR !== 0) errors.push(`${p.name} size ${hex(p.size)} is not whole sectors`);
    if (p.offset < end) errors.push(`${p.name} at ${hex(p.offset)} overlaps ${previous}`);
    end = Math.max(end, p.offset + p.size);
    previous = p.name;
  }
  if (end > flashBytes) errors.push(`the layout ends at ${hex(end)}, past the ${hex(flashBytes)} flash`);
  const find = (type: string, subtype: string) =>
    parts.filter((p) => p.type === type && p.subtype === subtype);
  for (const [type, subtype] of [
    ['data', 'nvs'],
    ['data', 'ota'],
    ['app', 'ota_0'],
    ['app', 'ota_1'],
    ['data', 'coredump'],
  ] as const) {
    const n = find(type, subtype).length;
    if (n !== 1) errors.push(`expected one ${type}/${subtype} partition, found ${n}`);
  }
  const otadata = find('data', 'ota')[0];
  if (otadata && otadata.size !== 2 * SECTOR) errors.push('otadata must be exactly 0x2000 (two sectors)');
  for (const slot of [...find('app', 'ota_0'), ...find('app', 'ota_1')]) {
    if (slot.size < appBudget) {
      errors.push(`${slot.name} (${hex(slot.size)}) is smaller than the app image budget ${hex(appBudget)}`);
    }
  }
  if (parts.some((p) => p.type === 'app' && p.subtype === 'factory')) {
    errors.push('a factory app slot would be left behind by OTA updates; use two OTA slots only');
  }
  return errors;
}
