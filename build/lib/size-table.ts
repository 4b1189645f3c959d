import { gzipSync } from 'node:zlib';

export interface SizeRow {
  artifact: string;
  raw: number;
  gzip: number;
  budget?: number;
}

export function gzipLength(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** The table printed on every build, so a size regression is seen where it happens. */
export function formatSizeTable(rows: SizeRow[]): string {
  const header = ['artifact', 'raw bytes', 'gzip bytes', 'budget'];
  const body = rows.map((r) => [
    r.artifact,
    r.raw.toLocaleString('en-US'),
    r.gzip.toLocaleString('en-US'),
    r.budget === undefined
      ? ''
      : `${r.budget.toLocaleString('en-US')} (${Math.round((100 * r.gzip) / r.budget)}%)`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const fmt = (row: string[]) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}
