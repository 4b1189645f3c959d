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
  /** Shows what `job` returns, or its failure; a job that set its own message returns nothing. */
  const run = async (job: () => Promise<string | undefined>) => {
    try {
      const done = await job();
      if (done !== undefined) setMsg([done]);
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
      if (!changes) {
        setMsg([t.importBad, true]);
        return;
      }
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
          onChange={(e) => {
            load(e.currentTarget.files?.[0]);
            // Emptied, so choosing the same file again is a change too.
            e.currentTarget.value = '';
          }}
        />
      </label>
      <Msg text={msg[0]} err={msg[1]} />
    </section>
  );
}
