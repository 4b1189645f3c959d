import { useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import { Msg } from '../components/Msg/index.tsx';
import { fmt, t } from '../i18n/index.ts';
import { errorText } from '../lib/messages.ts';
import { href } from '../lib/router.ts';
import { Backup } from './Backup.tsx';
import { Logs } from './Logs.tsx';
import { Ota } from './Ota.tsx';

/** Firmware, restart, factory reset, log and settings backup. */
export function System() {
  const { api, info, waitRestart } = useCam();
  const [word, setWord] = useState('');
  const [msg, setMsg] = useState('');
  /** Runs a call that restarts the camera; `after` runs once the camera answers again. */
  const act = (call: () => Promise<unknown>, after?: () => void) => () =>
    call().then(
      () => waitRestart(after),
      (e) => setMsg(errorText(e)),
    );
  return (
    <>
      <h1>{t.nav.system}</h1>
      {info && <p>{fmt(t.version, { v: info.firmware.version, b: info.firmware.build })}</p>}
      <Ota />
      <h2>{t.restart}</h2>
      <button type="button" onClick={act(api.reboot)}>
        {t.restart}
      </button>
      <h2>{t.reset}</h2>
      <div class="f">
        <label for="rw">{fmt(t.resetHelp, { word: t.resetWord })}</label>
        <input id="rw" value={word} autoComplete="off" onInput={(e) => setWord(e.currentTarget.value)} />
      </div>
      <button
        type="button"
        class="danger"
        disabled={word.trim() !== t.resetWord}
        onClick={act(api.factoryReset, () => (location.hash = href('setup')))}
      >
        {t.reset}
      </button>
      <Msg text={msg} err />
      <Logs />
      <Backup />
    </>
  );
}
