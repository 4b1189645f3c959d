import { useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import { Bars } from '../components/Bars/index.tsx';
import { Msg } from '../components/Msg/index.tsx';
import { StreamView } from '../components/StreamView/index.tsx';
import { t } from '../i18n/index.ts';
import { duration } from '../lib/format.ts';
import { errorText, uploadLines } from '../lib/messages.ts';

/** Live view and the camera's state at a glance; values update from /api/events. */
export function Home() {
  const { api, info, status: s, locked } = useCam();
  const [msg, setMsg] = useState<[string, boolean?]>(['']);
  const up = s?.upload;
  const now = async () => {
    try {
      await api.uploadNow();
      setMsg([t.uploadQueued]);
    } catch (e) {
      setMsg([errorText(e), true]);
    }
  };
  return (
    <>
      <h1 class="vh">{t.live}</h1>
      <StreamView api={api} locked={locked} name={info?.name} />
      {s && (
        <dl>
          <dt>{t.upload}</dt>
          <dd>
            {up &&
              uploadLines(up, s.uptime_s).map(
                (line, i) => line && <div class={i > 1 ? 'err' : undefined}>{line}</div>,
              )}
            <div>
              <button type="button" onClick={now}>
                {t.uploadNow}
              </button>
            </div>
            <Msg text={msg[0]} err={msg[1]} />
          </dd>
          <dt>{t.wifi}</dt>
          <dd>
            <Bars rssi={s.wifi.rssi} /> {s.wifi.ssid} {s.wifi.ip}
          </dd>
          <dt>{t.uptime}</dt>
          <dd>{duration(s.uptime_s)}</dd>
          <dt>{t.firmware}</dt>
          <dd>{info?.firmware.version}</dd>
        </dl>
      )}
    </>
  );
}
