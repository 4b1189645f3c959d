import { useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import type { Value } from '../api/types.ts';
import { Field } from '../components/Field/index.tsx';
import { Msg } from '../components/Msg/index.tsx';
import { fmt, t } from '../i18n/index.ts';
import { errorText, fieldErrors } from '../lib/messages.ts';
import { Joining } from './Joining.tsx';
import { HIDDEN, Networks } from './Networks.tsx';

/** What the setup form sends, by settings key. */
const KEYS = {
  ssid: 'network.wifi_ssid',
  pw: 'network.wifi_password',
  name: 'system.name',
  token: 'upload.token',
  admin: 'security.admin_password',
} as const;
type Key = keyof typeof KEYS;

/**
 * First run: pick a network, give its password, name the camera, paste the Prusa Connect token,
 * optionally protect the settings; then follow the camera joining the network.
 */
export function Setup() {
  const { api, info } = useCam();
  const [pick, setPick] = useState('');
  const [v, setV] = useState<Record<Key, string>>({ ssid: '', pw: '', name: '', token: '', admin: '' });
  const [errs, setErrs] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState('');
  const [joining, setJoining] = useState('');
  const ssid = pick === HIDDEN ? v.ssid : pick;

  if (joining) return <Joining ssid={joining} onFail={() => setJoining('')} />;

  const submit = async (e: Event) => {
    e.preventDefault();
    const body: Record<string, Value> = { [KEYS.ssid]: ssid };
    for (const k of ['pw', 'name', 'token', 'admin'] as const) if (v[k]) body[KEYS[k]] = v[k];
    try {
      await api.patch(body);
      // The password just set now guards the API; log in with it so the progress view keeps working.
      if (v.admin) await api.login(v.admin);
      setJoining(ssid);
    } catch (x) {
      const fe = fieldErrors(x);
      setErrs(fe);
      setMsg(Object.keys(fe).length ? t.fixFields : errorText(x));
    }
  };
  const input = (k: Key, label: string, pw?: boolean, help?: string) => (
    <Field
      s={{
        key: KEYS[k],
        type: 'string',
        group: '',
        label,
        default: '',
        help,
        format: pw ? 'password' : undefined,
      }}
      value={v[k]}
      error={errs[KEYS[k]]}
      onInput={(raw) => setV({ ...v, [k]: String(raw) })}
    />
  );
  return (
    <form onSubmit={submit} noValidate>
      <h1>{t.setupTitle}</h1>
      <p>{t.setupIntro}</p>
      <Networks value={pick} onPick={setPick} />
      {pick === HIDDEN && input('ssid', t.ssid)}
      {input('pw', t.password, true)}
      {input('name', t.cameraName, false, info?.name)}
      {input('token', t.token, false, t.tokenHow)}
      {input('admin', t.adminPassword, true, t.adminHelp)}
      <p class="note">{t.apWarning}</p>
      {info && <p>{fmt(t.continueAt, { url: `http://${info.hostname}.local/` })}</p>}
      <Msg text={msg} err />
      <button type="submit" disabled={!ssid}>
        {t.join}
      </button>
    </form>
  );
}
