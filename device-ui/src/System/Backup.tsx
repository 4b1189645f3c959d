import { useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import { Msg } from '../components/Msg/index.tsx';
import { fmt, t } from '../i18n/index.ts';
import { download } from '../lib/download.ts';
import { errorText } from '../lib/messages.ts';
import { exportSettings, parseImport } from '../lib/settings-file.ts';

/** Settings export to a JSON file and import from one (applied as one PATCH, all or nothing). */
export function Backup() {
  const { api, info } = useCam();
  const [msg, setMsg] = useState<[string, boolean?]>(['']);
  const run = async (job: () => Promise<string>) => {
    try {
      setMsg([await job()]);
    } catch (x) {
      setMsg([errorText(x), true]);
    }
  };
  const out = () =>
    run(async () => {
      const [s, v] = await Promise.all([api.schema(), api.settings()]);
      const name = info?.name || 'camera';
      download(`${name}-settings.json`, JSON.stringify(exportSettings(s, v.values, name), null, 1));
      return '';
    });
  const load = (file?: File) =>
    file &&
    run(async () => {
      const changes = parseImport(await file.text(), await api.schema());
      if (!changes) throw new Error(t.importBad);
      await api.patch(changes);
      return fmt(t.imported, { n: Object.keys(changes).length });
    });
  return (
    <section>
      <h2>{t.exportTitle}</h2>
      <p>{t.exportNote}</p>
      <button type="button" onClick={out}>
        {t.exportBtn}
      </button>{' '}
      <label class="btn">
        {t.importBtn}
        <input
          type="file"
          accept=".json,application/json"
          class="vh"
          onChange={(e) => load(e.currentTarget.files?.[0])}
        />
      </label>
      <Msg text={msg[0]} err={msg[1]} />
    </section>
  );
}
