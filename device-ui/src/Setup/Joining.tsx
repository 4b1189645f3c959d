import { useEffect, useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import { fmt, t } from '../i18n/index.ts';

/** How often the camera is asked whether it has joined; joining takes a few seconds. */
const POLL_MS = 1500;
/** A join that has not worked by now will not: wrong password or out of range. */
const GIVE_UP_MS = 45_000;

/**
 * Follows the camera joining the network and shows where to continue. The phone may lose the
 * camera's access point at any moment here, so the mDNS address is shown from the start.
 */
export function Joining({ ssid, onFail }: { ssid: string; onFail: () => void }) {
  const { api, info } = useCam();
  const [ip, setIp] = useState('');
  /** Why joining failed: the camera's Wi-Fi status, or `timeout`; '' while it may still work. */
  const [failed, setFailed] = useState('');

  useEffect(() => {
    if (ip) return;
    const start = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - start > GIVE_UP_MS) setFailed('timeout');
      api.status().then(
        ({ wifi: w }) => {
          if (w.connected && w.ssid === ssid && w.ip) setIp(w.ip);
          else if (w.status && w.status in t.joinWhy) setFailed(w.status);
        },
        // Losing the camera is expected once it leaves access-point mode; keep the addresses up.
        () => {},
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, ssid, ip]);

  const mdns = info && `http://${info.hostname}.local/`;
  return (
    <section>
      <h1>{t.setupTitle}</h1>
      <p role="status">
        {ip ? t.joined : fmt(failed ? (t.joinWhy[failed] ?? t.joinFailed) : t.joining, { ssid })}
      </p>
      {!ip && !failed && <progress aria-label={fmt(t.joining, { ssid })} />}
      <ul>
        {ip && (
          <li>
            <a href={`http://${ip}/`}>{`http://${ip}/`}</a>
          </li>
        )}
        {mdns && (
          <li>
            <a href={mdns}>{mdns}</a>
          </li>
        )}
      </ul>
      <p class="note">{t.apWarning}</p>
      {failed && !ip && (
        <button type="button" onClick={onFail}>
          {t.back}
        </button>
      )}
    </section>
  );
}
