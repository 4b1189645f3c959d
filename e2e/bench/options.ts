export interface BenchOptions {
  /** Benchmark names to run alone; null runs all. */
  only: string[] | null;
  repeat: number;
  help: boolean;
}

/**
 * Enough repeats for a median and a p10–p90 spread that mean something, few enough that the whole
 * run stays under the 10 minutes on a 2-core machine.
 */
export const DEFAULT_REPEAT = 10;
const MAX_REPEAT = 1000;

/** Parses `--only NAME[,NAME]` and `--repeat N` (also `--only=…`), checking names against `known`. */
export function parseOptions(argv: readonly string[], known: readonly string[]): BenchOptions {
  const opts: BenchOptions = { only: null, repeat: DEFAULT_REPEAT, help: false };
  const args = argv.flatMap((a) => (a.startsWith('--') && a.includes('=') ? a.split(/=(.*)/s, 2) : [a]));
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === '--help' || flag === '-h') {
      opts.help = true;
      continue;
    }
    if (flag !== '--only' && flag !== '--repeat') throw new Error(`unknown option ${flag}`);
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) throw new Error(`missing value after ${flag}`);
    if (flag === '--repeat') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > MAX_REPEAT) {
        throw new Error(`--repeat must be a whole number from 1 to ${MAX_REPEAT}, got '${value}'`);
      }
      opts.repeat = n;
    } else {
      const names = value.split(',').filter(Boolean);
      const unknown = names.filter((n) => !known.includes(n));
      if (names.length === 0 || unknown.length > 0) {
        throw new Error(`unknown benchmark '${unknown.join(',') || value}'; known: ${known.join(', ')}`);
      }
      opts.only = [...new Set([...(opts.only ?? []), ...names])];
    }
  }
  return opts;
}
