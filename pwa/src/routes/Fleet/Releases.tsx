import { useEffect, useState } from 'preact/hooks';
import type { ReleaseList } from '../../fleet/releases.ts';

interface Props {
  releases: ReleaseList | undefined;
  address: string;
  onAddress: (url: string) => void;
  onCheck: () => void;
}

/** The newest release per board, where each came from, and an address for newer ones. */
export function Releases({ releases, address, onAddress, onCheck }: Props) {
  const [text, setText] = useState(address);
  useEffect(() => setText(address), [address]);
  const submit = (e: Event) => {
    e.preventDefault();
    // Saving a changed address reloads by itself; the same address is checked again on request.
    if (text.trim() === address) onCheck();
    else onAddress(text.trim());
  };
  const list = releases ? [...releases.releases.values()] : [];
  return (
    <section aria-labelledby="fleet-releases">
      <h2 id="fleet-releases">Releases</h2>
      {!releases && <p aria-busy="true">Looking for releases…</p>}
      {releases && list.length === 0 && (
        <p>No release is known yet: this copy of the app has no firmware bundled. Enter a release address.</p>
      )}
      {list.length > 0 && (
        <ul class="fleet-releases">
          {list.map((r) => (
            <li key={r.manifest.board}>
              {r.manifest.boardName}: <strong>{r.manifest.version}</strong>{' '}
              <span class="muted">({r.source})</span>
            </li>
          ))}
        </ul>
      )}
      {releases?.problems.map((p) => (
        <p key={p} class="note">
          {p}
        </p>
      ))}
      <form class="row" onSubmit={submit}>
        <label for="fleet-release-url">Release address (index or manifest)</label>
        <input
          id="fleet-release-url"
          type="url"
          placeholder="https://…/firmware/index.json"
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Check</button>
      </form>
    </section>
  );
}
