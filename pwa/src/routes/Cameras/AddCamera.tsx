import { useEffect, useRef, useState } from 'preact/hooks';
import { parseCameraAddress } from '../../cameras/address.ts';
import { addCamera, alreadyListed, newCameraId } from '../../cameras/camera-list.ts';
import { cameraStore } from '../../cameras/cameras.ts';
import { isLoopbackPage } from '../../reach/browser.ts';
import { type AddressCheck, checkAddress } from '../../reach/check-address.ts';
import { queryLna } from '../../reach/lna.ts';

type State =
  | { step: 'idle'; message?: string }
  | { step: 'checking'; origin: string }
  | { step: 'explained'; origin: string; check: AddressCheck };

/** Add by address: probe it, add a printcam camera at once, explain anything else. */
export function AddCamera({ initial = '' }: { initial?: string }) {
  const [address, setAddress] = useState(initial);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [lnaPrompt, setLnaPrompt] = useState(false);
  const abort = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    // A loopback page (npm start) reaches cameras without asking, so the note would mislead there.
    queryLna().then((s) => setLnaPrompt(s === 'prompt' && !isLoopbackPage(location.href)));
    if (initial) void check(initial);
    return () => abort.current?.abort();
  }, []);

  const add = async (origin: string, name: string) => {
    const r = await cameraStore.apply((l) => addCamera(l, { id: newCameraId(), origin, name, group: '' }));
    setState({ step: 'idle', message: r.ok ? `Added ${name || origin}.` : r.message });
    if (r.ok) setAddress('');
  };

  async function check(text: string) {
    const parsed = parseCameraAddress(text);
    if (!parsed.ok) return setState({ step: 'idle', message: parsed.message });
    // Said before any network request: the answer does not depend on the camera.
    await cameraStore.ready;
    const listed = alreadyListed(cameraStore.get(), parsed.origin);
    if (listed) return setState({ step: 'idle', message: listed });
    abort.current?.abort();
    abort.current = new AbortController();
    setState({ step: 'checking', origin: parsed.origin });
    try {
      const result = await checkAddress(parsed.origin, abort.current.signal);
      if (result.outcome.kind === 'printcam') return add(parsed.origin, result.outcome.info.name ?? '');
      setState({ step: 'explained', origin: parsed.origin, check: result });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return;
      setState({ step: 'idle', message: `Could not check ${parsed.origin}: ${String(err)}` });
    }
  }

  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">Add a camera</h2>
      {lnaPrompt && (
        <p class="note">
          Your browser will ask whether this app may connect to devices on your local network. Choose Allow:
          it is how the app reaches your cameras.
        </p>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void check(address);
        }}
      >
        <label for="address">Address</label>
        <input
          id="address"
          value={address}
          placeholder="192.168.1.50 or printcam.local"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <button type="submit" disabled={state.step === 'checking'}>
          {state.step === 'checking' ? 'Checking…' : 'Add'}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {state.step === 'idle' && state.message && <p>{state.message}</p>}
        {state.step === 'explained' && <Explained state={state} onAdd={add} onRetry={check} />}
      </div>
    </section>
  );
}

function Explained(props: {
  state: Extract<State, { step: 'explained' }>;
  onAdd: (origin: string, name: string) => void;
  onRetry: (text: string) => void;
}) {
  const { origin, check } = props.state;
  const { title, text, steps } = check.explanation;
  return (
    <div class="explain">
      <p>
        <strong>{title}</strong>
      </p>
      <p>{text}</p>
      <p class="row">
        {steps.map((s) =>
          s === 'open-camera' ? (
            <a key={s} href={origin} target="_blank" rel="noopener">
              Open its page
            </a>
          ) : s === 'add-anyway' ? (
            <button key={s} type="button" onClick={() => props.onAdd(origin, '')}>
              Add anyway
            </button>
          ) : (
            <button key={s} type="button" onClick={() => props.onRetry(origin)}>
              Try again
            </button>
          ),
        )}
      </p>
    </div>
  );
}
