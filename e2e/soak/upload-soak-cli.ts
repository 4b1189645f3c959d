// CLI for the upload soak, run by ctest (short) and build/soak-upload.ts (long):
//   node --import tsx e2e/soak/upload-soak-cli.ts --binary PATH [--cycles 200] [--seed 1] [--fault-rate 0.25]
// Prints a summary and exits 1 on any disagreement.
import { parseArgs } from 'node:util';
import { runUploadSoak } from './upload-soak.ts';

const { values } = parseArgs({
  options: {
    binary: { type: 'string' },
    cycles: { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    'fault-rate': { type: 'string', default: '0.25' },
    'timeout-ms': { type: 'string', default: '300' },
  },
});
if (!values.binary) {
  console.error(
    'usage: upload-soak-cli.ts --binary PATH [--cycles N] [--seed N] [--fault-rate R] [--timeout-ms MS]',
  );
  process.exit(2);
}
const report = await runUploadSoak({
  binary: values.binary,
  cycles: Number(values.cycles),
  seed: Number(values.seed),
  faultRate: Number(values['fault-rate']),
  timeoutMs: Number(values['timeout-ms']),
});
const { output } = report;
const faultShare = report.requests > 0 ? report.faultedRequests / report.requests : 0;
console.log(
  `upload soak: ${output.cycles} cycles, ${report.requests} requests, ${report.faultedRequests} faulted ` +
    `(${(faultShare * 100).toFixed(1)}%), ${output.status.totals.successes} accepted; ` +
    `${report.wallMs} ms real (${(output.real_ms / Math.max(output.cycles, 1)).toFixed(1)} ms per cycle), ` +
    `${Math.round(output.simulated_ms / 1000)} s simulated`,
);
console.log(`failures by code: ${JSON.stringify(output.status.totals.by_code)}`);
console.log(
  `heap in use: ${output.heap.after_warmup} B after warm-up, ${output.heap.end} B at the end, peak ${output.heap.peak} B`,
);
if (report.problems.length > 0) {
  console.error(`FAILED:\n- ${report.problems.join('\n- ')}`);
  process.exit(1);
}
console.log('upload soak passed');
