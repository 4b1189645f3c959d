import { useEffect, useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import type { LogLine } from '../api/types.ts';
import { Msg } from '../components/Msg/index.tsx';
import { t } from '../i18n/index.ts';
import { download } from '../lib/download.ts';
import { duration } from '../lib/format.ts';
import { errorText } from '../lib/messages.ts';

/** One line per entry: the wall-clock time once the camera has one, else the time since it started. */
const text = (lines: LogLine[]) =>
  lines
    .map(
      (l) =>
        `${l.t ? new Date(l.t * 1000).toLocaleString() : `+${duration((l.up_ms ?? 0) / 1000)}`} ${l.level} ${l.msg}`,
    )
    .join('\n');

/** The camera's recent log, with a download of the same lines. */
export function Logs() {
  const { api, info } = useCam();
  const [lines, setLines] = useState<LogLine[]>([]);
  const [err, setErr] = useState('');
  const load = () =>
    api.logs().then(
      (r) => {
        setLines(r.lines);
        setErr('');
      },
      (e) => setErr(errorText(e)),
    );
  useEffect(() => {
    load();
  }, [api]);
  return (
    <section>
      <h2>{t.logs}</h2>
      <Msg text={err} err />
      {/* Focusable with a name, so keyboard users can scroll a long log (WCAG 2.1.1). */}
      <pre class="log" tabIndex={0} aria-label={t.logs}>
        {text(lines)}
      </pre>
      <button type="button" onClick={load}>
        {t.retry}
      </button>{' '}
      <button
        type="button"
        onClick={() => download(`${info?.name || 'camera'}.log`, new Blob([text(lines)]))}
      >
        {t.downloadLogs}
      </button>
    </section>
  );
}
