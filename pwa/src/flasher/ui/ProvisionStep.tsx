import { useEffect, useRef, useState } from 'preact/hooks';
import { appPath } from '../../base.ts';
import { parseCameraAddress } from '../../cameras/address.ts';
import { addCamera, newCameraId } from '../../cameras/camera-list.ts';
import { cameraStore } from '../../cameras/cameras.ts';
import { isAbort } from '../errors.ts';
import {
  type CameraDetails,
  type Network,
  type ProvisionState,
  runProvision,
} from '../provision/provision.ts';
import type { SerialPortLike } from '../transports/serial-port.ts';
import { DetailsForm } from './DetailsForm.tsx';

/** Step 5: Wi-Fi and Prusa Connect over the same cable, then the camera joins the app's list. */
export function ProvisionStep({ port }: { port: SerialPortLike }) {
  const [state, setState] = useState<ProvisionState>({ step: 'detecting' });
  const [added, setAdded] = useState('');
  const [run, setRun] = useState(0);
  const answer = useRef<(d: CameraDetails) => void>(undefined);
  const last = useRef<CameraDetails | undefined>(undefined);

  useEffect(() => {
    const ctl = new AbortController();
    runProvision({
      port,
      signal: ctl.signal,
      onEvent: setState,
      ask: (networks: Network[], retryMessage?: string) =>
        new Promise<CameraDetails>((resolve) => {
          answer.current = resolve;
          setState({ step: 'asking', networks, retryMessage });
        }),
    })
      .then(async (final) => {
        if (final.step !== 'provisioned') return;
        const address = parseCameraAddress(final.url);
        if (!address.ok) return setAdded(`The camera reported an address the app cannot use: ${final.url}`);
        const r = await cameraStore.apply((l) =>
          addCamera(l, { id: newCameraId(), origin: address.origin, name: final.name, group: '' }),
        );
        setAdded(r.ok ? `Added ${final.name || address.origin} to your cameras.` : r.message);
      })
      .catch((err: unknown) => {
        if (!isAbort(err)) setState({ step: 'error', message: String(err) });
      });
    return () => ctl.abort(new DOMException('Left the page', 'AbortError'));
  }, [port, run]);

  return (
    <section aria-labelledby="provision">
      <h2 id="provision">5. Wi-Fi and Prusa Connect</h2>
      {state.step === 'detecting' && <p role="status">Waiting for the camera to start…</p>}
      {state.step === 'asking' && (
        <DetailsForm
          networks={state.networks}
          retryMessage={state.retryMessage}
          previous={last.current}
          onSubmit={(d) => {
            last.current = d;
            answer.current?.(d);
          }}
        />
      )}
      {state.step === 'joining' && <p role="status">The camera is joining {state.ssid}…</p>}
      {state.step === 'configuring' && <p role="status">Saving the camera's settings…</p>}
      {state.step === 'provisioned' && (
        <div>
          <p role="status">
            The camera is online at <a href={state.url}>{state.url}</a>. {added}
          </p>
          {state.apPassword && (
            <p>
              Keep this for later: if the camera ever loses your Wi-Fi it opens its own network{' '}
              <strong>{state.apSsid}</strong> with the password{' '}
              <strong class="ap-password">{state.apPassword}</strong>.
            </p>
          )}
          <p>
            <a href={appPath('')}>Go to your cameras</a>
          </p>
        </div>
      )}
      {state.step === 'error' && (
        <div role="alert" class="msg error">
          <p>{state.message}</p>
          <button type="button" onClick={() => setRun((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
    </section>
  );
}
