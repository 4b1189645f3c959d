/**
 * Provisioning over the same port right after flashing, free of UI: Improv Serial for Wi-Fi (with
 * the camera's own network scan for the picker), then the camera's text console for the Prusa
 * Connect token, its name and the admin password, and last the setup access point's password to
 * show for later. A refused Wi-Fi password asks again instead of failing.
 */
import { ImprovSerial } from 'improv-wifi-serial-sdk/dist/serial.js';
import { ROM_BAUD } from '../esp-session.ts';
import type { SerialPortLike } from '../transports/serial-port.ts';
import { ConsoleClient } from './console-client.ts';
import { quoteValue } from './console-lines.ts';

/** The firmware boots in about a second; Improv re-asks every second until it answers. */
export const IMPROV_DETECT_TIMEOUT_MS = 10_000;
/** The camera gives up joining after 25 s (firmware/API.md); the SDK's own default is 30 s. */
const JOIN_TIMEOUT_MS = 35_000;
/** Improv error code for "could not join that network" (improv-wifi.com/serial). */
const UNABLE_TO_CONNECT = 0x03;

export interface Network {
  name: string;
  rssi: number;
  secured: boolean;
}

export interface CameraDetails {
  ssid: string;
  password: string;
  /** Prusa Connect camera token; empty skips it. */
  token: string;
  name: string;
  /** Empty leaves the camera open, as its setting allows. */
  adminPassword: string;
}

export type ProvisionState =
  | { step: 'detecting' }
  | { step: 'asking'; networks: Network[]; retryMessage?: string }
  | { step: 'joining'; ssid: string }
  | { step: 'configuring' }
  | { step: 'provisioned'; url: string; name: string; apSsid: string; apPassword: string }
  | { step: 'error'; message: string };

export interface ProvisionRequest {
  port: SerialPortLike;
  ask(networks: Network[], retryMessage?: string): Promise<CameraDetails>;
  onEvent(state: ProvisionState): void;
  signal: AbortSignal;
}

const silent = { log: () => {}, error: () => {}, debug: () => {} };

async function configure(
  console: ConsoleClient,
  d: CameraDetails,
): Promise<{ ssid: string; password: string }> {
  const set = async (key: string, value: string) => {
    const r = await console.run(`set ${key}=${quoteValue(value)}`);
    if (!r.ok) throw new Error(`The camera refused ${key}: ${r.message}`);
  };
  if (d.token) await set('upload.token', d.token);
  if (d.adminPassword) await set('security.admin_password', d.adminPassword);
  if (d.name) await set('system.name', d.name);
  const ap = await console.run('ap');
  const info = ap.ok ? (ap.json as { ssid?: string; password?: string }) : {};
  return { ssid: info.ssid ?? '', password: info.password ?? '' };
}

export async function runProvision(req: ProvisionRequest): Promise<ProvisionState> {
  const { port, onEvent, signal } = req;
  let improv: ImprovSerial | undefined;
  let console: ConsoleClient | undefined;
  let opened = false;
  try {
    onEvent({ step: 'detecting' });
    await port.open({ baudRate: ROM_BAUD });
    opened = true;
    // Both lines released: on the ESP32-CAM-MB an asserted RTS holds the chip in reset.
    await port.setSignals({ dataTerminalReady: false, requestToSend: false });
    improv = new ImprovSerial(port as never, silent);
    await improv.initialize(IMPROV_DETECT_TIMEOUT_MS);
    const networks = await improv.scan().catch(() => []);
    let retryMessage: string | undefined;
    let details: CameraDetails;
    for (;;) {
      signal.throwIfAborted();
      onEvent({ step: 'asking', networks, retryMessage });
      details = await req.ask(networks, retryMessage);
      signal.throwIfAborted();
      onEvent({ step: 'joining', ssid: details.ssid });
      try {
        await improv.provision(details.ssid, details.password, JOIN_TIMEOUT_MS);
        break;
      } catch (err) {
        if (improv.error !== UNABLE_TO_CONNECT) throw err;
        retryMessage = `The camera could not join ${details.ssid}. Check the password (and that it is a 2.4 GHz network) and try again.`;
      }
    }
    const url = improv.nextUrl ?? '';
    await improv.close();
    improv = undefined;
    onEvent({ step: 'configuring' });
    console = new ConsoleClient(port);
    const ap = await configure(console, details);
    const done: ProvisionState = {
      step: 'provisioned',
      url,
      name: details.name,
      apSsid: ap.ssid,
      apPassword: ap.password,
    };
    onEvent(done);
    return done;
  } catch (err) {
    if (signal.aborted) throw signal.reason ?? new DOMException('Cancelled', 'AbortError');
    const detail = err instanceof Error ? err.message : String(err);
    const message = /not detected/i.test(detail)
      ? 'The camera did not answer on the serial port. Press RESET on the board and try again; if the app was just flashed, give it a few seconds to start.'
      : `${detail} Try again.`;
    const failed: ProvisionState = { step: 'error', message };
    onEvent(failed);
    return failed;
  } finally {
    await improv?.close().catch(() => {});
    await console?.release();
    if (opened) await port.close().catch(() => {});
  }
}
