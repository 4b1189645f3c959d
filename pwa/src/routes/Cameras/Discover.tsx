import { useState } from 'preact/hooks';
import { getPeers } from '../../api/camera-client.ts';
import { addCamera, type Camera, newCameraId } from '../../cameras/camera-list.ts';
import { cameraStore } from '../../cameras/cameras.ts';
import { type Candidate, newPeers } from '../../cameras/discovery.ts';

type State = { step: 'idle' } | { step: 'asking' } | { step: 'done'; found: Candidate[]; answered: number };

/** Finds more cameras by asking every known camera for the peers it sees on the network. */
export function Discover({ cameras }: { cameras: Camera[] }) {
  const [state, setState] = useState<State>({ step: 'idle' });
  if (cameras.length === 0) return null;
  // Found cameras leave the offer once added, from here or elsewhere.
  const listed = new Set(cameras.map((c) => c.origin));
  const offered = state.step === 'done' ? state.found.filter((c) => !listed.has(c.origin)) : [];
  const ask = async () => {
    setState({ step: 'asking' });
    const answers = await Promise.allSettled(cameras.map((c) => getPeers(c.origin)));
    const lists = answers.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
    setState({ step: 'done', found: newPeers(lists, cameraStore.get()), answered: lists.length });
  };
  const add = (c: Candidate) =>
    cameraStore.apply((l) => addCamera(l, { id: newCameraId(), origin: c.origin, name: c.name, group: '' }));
  return (
    <section aria-labelledby="discover-heading">
      <h2 id="discover-heading">Find more cameras</h2>
      <button type="button" onClick={ask} disabled={state.step === 'asking'}>
        {state.step === 'asking' ? 'Asking your cameras…' : 'Ask my cameras for others'}
      </button>
      <div role="status" aria-live="polite">
        {state.step === 'done' && state.answered === 0 && (
          <p>
            None of your cameras answered with a list of others. They may be offline, or their firmware may be
            older than peer discovery.
          </p>
        )}
        {state.step === 'done' && state.answered > 0 && offered.length === 0 && (
          <p>No other cameras found: every camera they see is already in your list.</p>
        )}
        {offered.length > 0 && (
          <ul>
            {offered.map((c) => (
              <li key={c.origin} class="row">
                {c.name || c.origin} <span class="muted">{c.origin}</span>
                <button type="button" onClick={() => add(c)}>
                  Add
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
