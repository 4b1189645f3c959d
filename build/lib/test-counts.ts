/** Passed/failed counts read from each test runner's own summary. */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const num = (text: string, re: RegExp): number | undefined => {
  const m = re.exec(text);
  return m ? Number(m[1]) : undefined;
};

/** Node's test runner, spec reporter: "ℹ pass 12" / "ℹ fail 0" / "ℹ cancelled 0" / "ℹ skipped 0". */
export function nodeTestCounts(output: string, exitCode: number): Counts {
  const passed = num(output, /^ℹ pass (\d+)$/m);
  const failed = num(output, /^ℹ fail (\d+)$/m);
  if (passed === undefined || failed === undefined) return { passed: 0, failed: 1, skipped: 0 };
  const cancelled = num(output, /^ℹ cancelled (\d+)$/m) ?? 0;
  const skipped = num(output, /^ℹ skipped (\d+)$/m) ?? 0;
  // A non-zero exit with no failing test (a crash between tests) still counts as a failure.
  const extra = exitCode !== 0 && failed + cancelled === 0 ? 1 : 0;
  return { passed, failed: failed + cancelled + extra, skipped };
}

/** ctest: "93% tests passed, 1 tests failed out of 14". */
export function ctestCounts(output: string, exitCode: number): Counts {
  const m = /tests passed, (\d+) tests? failed out of (\d+)/.exec(output);
  if (!m)
    return { passed: 0, failed: exitCode === 0 && /No tests were found/.test(output) ? 0 : 1, skipped: 0 };
  const failed = Number(m[1]);
  const total = Number(m[2]);
  const skipped = num(output, /^\s*(\d+) tests? (?:were )?(?:not run|skipped)/m) ?? 0;
  return { passed: total - failed - skipped, failed, skipped };
}

interface PlaywrightStats {
  expected: number;
  unexpected: number;
  flaky: number;
  skipped: number;
}

/** Playwright's JSON report `stats`; a flaky test (passed on retry) counts as failed: it is not fine. */
export function playwrightCounts(
  report: { stats?: PlaywrightStats; errors?: unknown[] } | undefined,
  exitCode: number,
): Counts {
  const s = report?.stats;
  if (!s) return { passed: 0, failed: 1, skipped: 0 };
  const global = (report.errors?.length ?? 0) > 0 || (exitCode !== 0 && s.unexpected + s.flaky === 0) ? 1 : 0;
  return { passed: s.expected, failed: s.unexpected + s.flaky + global, skipped: s.skipped };
}
