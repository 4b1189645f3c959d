import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchmarkResult, Line } from './benchmark.ts';
import type { Machine } from './machine.ts';

export interface Report {
  machine: Machine;
  options: { only: string[] | null; repeat: number };
  durationMs: number;
  results: BenchmarkResult[];
}

/** Thousands separated; fractions kept to about three significant digits. */
export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  const abs = Math.abs(v);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function formatValue(line: Line): string {
  if (line.value === null) return '—';
  if (line.unit === '×') return `${formatNumber(line.value)}×`;
  return line.unit ? `${formatNumber(line.value)} ${line.unit}` : formatNumber(line.value);
}

/** `p10–p90 (n)`, or empty for an exact figure. */
export function formatSpread(line: Line): string {
  const s = line.summary;
  if (!s) return '';
  return `${formatNumber(s.p10)}–${formatNumber(s.p90)} (n=${s.n})`;
}

const HEADER = ['metric', 'value', 'p10–p90', 'target', 'verdict'];
const cells = (l: Line) => [l.metric, formatValue(l), formatSpread(l), l.target ?? '', l.verdict];

/** The console view: one aligned table per benchmark, notes indented under their line. */
export function formatConsole(results: BenchmarkResult[]): string {
  const rows = results.flatMap((r) => r.lines.map(cells));
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row: string[]) =>
    row
      .map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out: string[] = [];
  for (const r of results) {
    out.push('', `${r.title} [${r.name}] — ${formatNumber(Math.round(r.durationMs / 100) / 10)} s`);
    out.push(fmt(HEADER), widths.map((w) => '-'.repeat(w)).join('  '));
    for (const l of r.lines) {
      out.push(fmt(cells(l)));
      if (l.note) out.push(`    ↳ ${l.note}`);
    }
  }
  out.push('', tally(results));
  return out.join('\n');
}

export function tally(results: BenchmarkResult[]): string {
  const lines = results.flatMap((r) => r.lines);
  const count = (v: Line['verdict']) => lines.filter((l) => l.verdict === v).length;
  return (
    `${count('met')} met, ${count('not met')} not met, ${count('not yet available')} not yet available` +
    `${count('error') ? `, ${count('error')} errors` : ''} (${count('info')} figures without a target)`
  );
}

const md = (s: string) => s.replaceAll('|', '\\|');

export function formatMarkdown(report: Report): string {
  const m = report.machine;
  const out = [
    '# printcam benchmarks',
    '',
    `Run on ${m.date.slice(0, 10)} (${m.date}) at commit \`${m.commit}\` with \`npm run bench` +
      `${report.options.only ? ` -- --only ${report.options.only.join(',')}` : ''}\`` +
      ` (${report.options.repeat} repeats), ${formatNumber(Math.round(report.durationMs / 1000))} s in all.`,
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | ${md(m.cpu)} |`,
    `| cores | ${m.cores} |`,
    `| memory | ${formatNumber(m.memoryGiB)} GiB |`,
    `| OS | ${md(m.os)} |`,
    `| Node | ${m.node} |`,
    `| Chromium | ${md(m.chromium)} |`,
    '',
    'Values are medians over the repeats; p10–p90 is their spread. Verdicts judge the median against',
    'the target from the issue. Comparisons are ratios measured within this one run, because the',
    'machine is shared and absolute times drift from run to run.',
    '',
    `**${tally(report.results)}**`,
  ];
  for (const r of report.results) {
    out.push('', `## ${r.title} (\`${r.name}\`)`, '', `Targets: ${md(r.target)}`, '');
    out.push('| metric | value | p10–p90 | target | verdict | note |', '|---|--:|--:|---|---|---|');
    for (const l of r.lines) out.push(`| ${[...cells(l), l.note ?? ''].map(md).join(' | ')} |`);
    if (r.notes.length) out.push('', ...r.notes.map((n) => `- ${n}`));
  }
  return `${out.join('\n')}\n`;
}

/** Writes `<stem>.json` and `<stem>.md` into dir; returns their paths. */
export function writeReport(report: Report, dir: string, stem: string): string[] {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, `${stem}.json`);
  const markdown = join(dir, `${stem}.md`);
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(markdown, formatMarkdown(report));
  return [json, markdown];
}
