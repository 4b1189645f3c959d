import { useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import { Msg } from '../components/Msg/index.tsx';
import { fmt, t } from '../i18n/index.ts';
import { errorText } from '../lib/messages.ts';

/** Firmware update from a file, with upload progress and the camera's verdict in words. */
export function Ota() {
  const { api, waitRestart } = useCam();
  const [file, setFile] = useState<File>();
  const [p, setP] = useState<number>();
  const [msg, setMsg] = useState<[string, boolean?]>(['']);
  const send = async (e: Event) => {
    e.preventDefault();
    if (!file) return;
    setMsg(['']);
    setP(0);
    try {
      await api.ota(file, setP);
      setMsg([t.updated]);
      waitRestart();
    } catch (x) {
      setMsg([errorText(x), true]);
    }
    setP(undefined);
  };
  return (
    <form onSubmit={send}>
      <h2>{t.update}</h2>
      <div class="f">
        <label for="fw">{t.updateFile}</label>
        <input id="fw" type="file" accept=".bin" onChange={(e) => setFile(e.currentTarget.files?.[0])} />
      </div>
      {p !== undefined && (
        <progress max={1} value={p} aria-label={fmt(t.uploading, { p: Math.round(p * 100) })} />
      )}
      <Msg text={p === undefined ? msg[0] : fmt(t.uploading, { p: Math.round(p * 100) })} err={msg[1]} />
      <button type="submit" disabled={!file || p !== undefined}>
        {t.updateStart}
      </button>
    </form>
  );
}
