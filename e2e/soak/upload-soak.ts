// The upload soak: runs `printcam-upload-soak` (the firmware's core uploader over the real POSIX
// HTTP client, under ASan/LSan in the default host build) against the mock Prusa Connect with
// random faults, then checks the camera's reported status against what the mock saw:
// every request kept the contract, every failure the mock caused is counted under the right code,
// and uploads resumed after each fault.
import { spawn } from 'node:child_process';
import { type FaultAction, type RequestRecord, startMockConnect } from '../fixtures/mock-connect/index.ts';

export const SOAK_TOKEN = 'T0nSPU2v05v0pJeKYFYV';

export interface SoakOptions {
  binary: string;
  cycles: number;
  seed: number;
  /** Share of Connect requests that get a fault (0..1). */
  faultRate: number;
  /** The uploader's connect and I/O timeout: what a hung server costs per request, in real time. */
  timeoutMs: number;
}

interface AttemptJson {
  ok: boolean;
  code: string;
}
interface StatusJson {
  state: string;
  consecutive_failures: number;
  last_attempt: AttemptJson | null;
  last_success: AttemptJson | null;
  totals: { attempts: number; successes: number; failures: number; by_code: Record<string, number> };
  info: { pending: boolean; sent: number; failures: number };
}
export interface SoakOutput {
  cycles: number;
  finished: boolean;
  real_ms: number;
  simulated_ms: number;
  photos_saved: number;
  jpeg_bytes: number;
  heap: { after_warmup: number; end: number; peak: number };
  status: StatusJson;
}
export interface SoakReport {
  output: SoakOutput;
  /** Everything that disagrees; empty when the soak passed. */
  problems: string[];
  faultedRequests: number;
  requests: number;
  wallMs: number;
}

// Every fault kind the uploader must survive; short parameters so a soak stays quick. Hangs cost
// one timeout each; resets cut the snapshot body mid-way (the soak's frame is larger than 1 KiB).
const FAULTS: FaultAction[] = [
  { kind: 'status', status: 500 },
  { kind: 'status', status: 503 },
  { kind: 'status', status: 404 },
  { kind: 'status', status: 429 },
  { kind: 'reset', afterBytes: 1024 },
  { kind: 'hang' },
  { kind: 'delay', ms: 20 },
];

/** The failure code the camera must report for what the mock did to one request. */
export function expectedCode(r: RequestRecord): string {
  if (r.outcome === 'hang') return 'timeout';
  if (r.outcome === 'reset') return 'connection_lost';
  const s = r.status ?? 0;
  if (s === 200 || s === 201 || s === 204) return 'ok';
  if (s === 404) return 'printer_offline';
  if (s === 429) return 'rate_limited';
  if (s >= 500) return 'server_error';
  return `http_${s}`;
}

function tally(records: RequestRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) {
    const code = expectedCode(r);
    out[code] = (out[code] ?? 0) + 1;
  }
  return out;
}

function runBinary(
  binary: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', (err) => resolve({ code: 127, stdout, stderr: `${stderr}${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

export async function runUploadSoak(opts: SoakOptions): Promise<SoakReport> {
  const started = Date.now();
  const mock = await startMockConnect({
    tokens: [SOAK_TOKEN],
    // The soak's clock is simulated: the uploader keeps the 10 s floor on its own clock, which the
    // mock (measuring real time) cannot see, so its rate check is off here and tested in units.
    minSnapshotIntervalMs: 0,
    maxRecords: opts.cycles * 3 + 100,
    faults: { seed: opts.seed, rules: [{ probability: opts.faultRate, oneOf: FAULTS }] },
  });
  try {
    const run = await runBinary(opts.binary, [
      '--url',
      mock.url,
      '--token',
      SOAK_TOKEN,
      '--cycles',
      String(opts.cycles),
      '--timeout-ms',
      String(opts.timeoutMs),
    ]);
    const problems: string[] = [];
    if (run.code !== 0) problems.push(`the soak binary exited ${run.code}:\n${run.stderr.slice(-4000)}`);
    const line = run.stdout.trim().split('\n').pop() ?? '';
    let output: SoakOutput;
    try {
      output = JSON.parse(line) as SoakOutput;
    } catch {
      throw new Error(
        `no JSON result from the soak binary (exit ${run.code}):\n${run.stdout}\n${run.stderr}`,
      );
    }
    const records = mock.requests();
    problems.push(
      ...reconcile(
        output,
        records,
        mock.violations().map((v) => `${v.kind}: ${v.message}`),
      ),
    );
    return {
      output,
      problems,
      faultedRequests: records.filter((r) => r.faults.length > 0).length,
      requests: records.length,
      wallMs: Date.now() - started,
    };
  } finally {
    await mock.close();
  }
}

/** Every disagreement between the camera's status and the mock's records. */
export function reconcile(output: SoakOutput, records: RequestRecord[], violations: string[]): string[] {
  const problems: string[] = [];
  const status = output.status;
  if (!output.finished) problems.push(`only ${output.cycles} cycles finished`);
  if (violations.length > 0) problems.push(`contract violations: ${violations.slice(0, 5).join('; ')}`);
  const snapshots = records.filter((r) => r.path === '/c/snapshot');
  const infos = records.filter((r) => r.path === '/c/info');
  const seen = tally(snapshots);
  const { ok = 0, ...failures } = seen;
  if (status.totals.attempts !== snapshots.length) {
    problems.push(
      `camera counted ${status.totals.attempts} attempts, mock saw ${snapshots.length} snapshots`,
    );
  }
  if (status.totals.successes !== ok)
    problems.push(`camera counted ${status.totals.successes} successes, mock accepted ${ok}`);
  if (output.photos_saved !== ok)
    problems.push(`${output.photos_saved} photos saved for ${ok} accepted snapshots`);
  const codes = new Set([...Object.keys(failures), ...Object.keys(status.totals.by_code)]);
  for (const code of codes) {
    const want = failures[code] ?? 0;
    const got = status.totals.by_code[code] ?? 0;
    if (want !== got) problems.push(`failure ${code}: mock caused ${want}, camera reported ${got}`);
  }
  const infoSeen = tally(infos);
  if (status.info.sent !== (infoSeen.ok ?? 0))
    problems.push(`info: camera sent ${status.info.sent}, mock accepted ${infoSeen.ok ?? 0}`);
  if (status.info.failures !== infos.length - (infoSeen.ok ?? 0))
    problems.push('info failures disagree with the mock');
  // Uploads resume: after every failed snapshot, a later one is accepted (bar a failing tail).
  const lastOk = snapshots.map((r) => expectedCode(r)).lastIndexOf('ok');
  const tailFailures = snapshots.length - 1 - lastOk;
  if (tailFailures !== status.consecutive_failures) {
    problems.push(
      `${tailFailures} failures after the last success, camera says ${status.consecutive_failures}`,
    );
  }
  if (tailFailures > 8) problems.push(`uploads did not resume: the last ${tailFailures} snapshots failed`);
  return problems;
}
