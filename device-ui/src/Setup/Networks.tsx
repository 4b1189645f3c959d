import { useEffect, useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import type { Network } from '../api/types.ts';
import { Bars } from '../components/Bars/index.tsx';
import { Msg } from '../components/Msg/index.tsx';
import { t } from '../i18n/index.ts';
import { errorText } from '../lib/messages.ts';

/** Marks the "type a hidden network's name" choice in the list. */
export const HIDDEN = '\u0000hidden';

/** The networks the camera sees, strongest first, as a radio list with signal and lock. */
export function Networks({ value, onPick }: { value: string; onPick: (ssid: string) => void }) {
  const { api } = useCam();
  const [nets, setNets] = useState<Network[]>();
  const [err, setErr] = useState('');
  const scan = () => {
    setNets(undefined);
    setErr('');
    api.scan().then(
      (r) => setNets(r.networks.filter((n) => n.ssid).sort((a, b) => b.rssi - a.rssi)),
      (e) => {
        setNets([]);
        setErr(errorText(e));
      },
    );
  };
  useEffect(scan, [api]);
  const item = (ssid: string, label: string, n?: Network) => (
    <label class="net">
      <input type="radio" name="ssid" checked={value === ssid} onChange={() => onPick(ssid)} />
      {label}
      {n && <Bars rssi={n.rssi} />}
      {n?.secure && (
        <span role="img" aria-label={t.secured}>
          🔒
        </span>
      )}
    </label>
  );
  return (
    <fieldset>
      <legend>{t.networks}</legend>
      <Msg text={nets ? '' : t.scanning} />
      <Msg text={err} err />
      {nets?.map((n) => item(n.ssid, n.ssid, n))}
      {item(HIDDEN, t.otherNetwork)}
      <button type="button" onClick={scan}>
        {t.scan}
      </button>
    </fieldset>
  );
}
