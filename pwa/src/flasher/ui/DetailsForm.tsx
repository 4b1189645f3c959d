import { useState } from 'preact/hooks';
import type { CameraDetails, Network } from '../provision/provision.ts';

const OTHER = '\u0000other';

/** The network picker (the camera's own scan) and the camera's settings, in one form. */
export function DetailsForm({
  networks: found,
  retryMessage,
  previous,
  onSubmit,
}: {
  networks: Network[];
  retryMessage?: string;
  /** What was sent last time, so a retry only needs the one wrong field fixed. */
  previous?: CameraDetails;
  onSubmit: (d: CameraDetails) => void;
}) {
  // Strongest first: the network the camera hears best is the likely choice.
  const networks = [...found].sort((a, b) => b.rssi - a.rssi);
  const known = (ssid?: string) => networks.some((n) => n.name === ssid);
  const [choice, setChoice] = useState(
    previous ? (known(previous.ssid) ? previous.ssid : OTHER) : (networks[0]?.name ?? OTHER),
  );
  const [other, setOther] = useState(previous && !known(previous.ssid) ? previous.ssid : '');
  const [password, setPassword] = useState(previous?.password ?? '');
  const [token, setToken] = useState(previous?.token ?? '');
  const [name, setName] = useState(previous?.name ?? '');
  const [admin, setAdmin] = useState(previous?.adminPassword ?? '');
  const ssid = choice === OTHER ? other : choice;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ ssid, password, token: token.trim(), name: name.trim(), adminPassword: admin });
      }}
    >
      {retryMessage && (
        <p role="alert" class="msg error">
          {retryMessage}
        </p>
      )}
      <label>
        Wi-Fi network
        <select value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
          {networks.map((n) => (
            <option key={n.name} value={n.name}>
              {n.name} ({n.rssi} dBm{n.secured ? ', secured' : ', open'})
            </option>
          ))}
          <option value={OTHER}>Other network…</option>
        </select>
      </label>
      {choice === OTHER && (
        <label>
          Network name
          <input value={other} onInput={(e) => setOther(e.currentTarget.value)} required maxLength={32} />
        </label>
      )}
      <label>
        Wi-Fi password
        <input
          type="password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          maxLength={63}
        />
      </label>
      <label>
        Prusa Connect camera token (optional)
        <input value={token} onInput={(e) => setToken(e.currentTarget.value)} pattern="[A-Za-z0-9]{20}" />
      </label>
      <label>
        Camera name
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} maxLength={32} />
      </label>
      <label>
        Admin password (optional, at least 8 characters)
        <input
          type="password"
          value={admin}
          onInput={(e) => setAdmin(e.currentTarget.value)}
          minLength={8}
          maxLength={64}
        />
      </label>
      <button type="submit" disabled={ssid === ''}>
        Connect camera
      </button>
    </form>
  );
}
