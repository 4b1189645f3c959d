import { useEffect, useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import type { Peer } from '../api/types.ts';
import { Msg } from '../components/Msg/index.tsx';
import { t } from '../i18n/index.ts';
import { errorText } from '../lib/messages.ts';

/** The other cameras this one found on the network, each with a picture and a link. */
export function Peers() {
  const { api } = useCam();
  const [peers, setPeers] = useState<Peer[]>();
  const [err, setErr] = useState('');
  useEffect(() => {
    api.peers().then(
      (r) => setPeers(r.peers),
      (e) => setErr(errorText(e)),
    );
  }, [api]);
  return (
    <>
      <h1>{t.nav.peers}</h1>
      <Msg text={err} err />
      {peers?.length === 0 && <p>{t.peersNone}</p>}
      <ul class="peers">
        {peers?.map((p) => {
          const origin = `http://${p.ip}${p.port === 80 ? '' : `:${p.port}`}`;
          return (
            <li>
              <img src={`${origin}/snapshot.jpg`} alt={p.name} loading="lazy" width="160" height="120" />
              <a href={`${origin}/`}>{p.name}</a> <small>{p.version}</small>
            </li>
          );
        })}
      </ul>
    </>
  );
}
