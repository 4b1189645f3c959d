import { useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import { Bars } from '../components/Bars/index.tsx';
import { Msg } from '../components/Msg/index.tsx';
import { StreamView } from '../components/StreamView/index.tsx';
import { t } from '../i18n/index.ts';
import { duration, when } from '../lib/format.ts';
import { errorText, uploadErrorText } from '../lib/messages.ts';

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
            {up?.enabled === false
              ? t.uploadOff
              : `${t.lastUpload}: ${up?.last_success ? when(up.last_success) : t.never}`}
            {up?.next_due_s !== undefined && <div>{`${t.nextUpload}: ${duration(up.next_due_s)}`}</div>}
            {up?.last_error && <div class="err">{uploadErrorText(up.last_error)}</div>}
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
