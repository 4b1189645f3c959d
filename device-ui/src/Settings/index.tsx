import { useEffect, useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import type { Schema, Setting, Values } from '../api/types.ts';
import { Field } from '../components/Field/index.tsx';
import { Msg } from '../components/Msg/index.tsx';
import { StreamView } from '../components/StreamView/index.tsx';
import { t } from '../i18n/index.ts';
import {
  coerce,
  diff,
  type FormValues,
  groupsOf,
  initialForm,
  needsReboot,
  secretSet,
} from '../lib/form-model.ts';
import { errorText, fieldErrors } from '../lib/messages.ts';
import { previewStyle } from '../lib/preview.ts';
import { href } from '../lib/router.ts';

/**
 * Every setting, rendered from the camera's schema, one group at a time. The form is kept across
 * groups; Save sends only what changed, and a refused Save keeps every typed value.
 */
export function Settings({ arg }: { arg: string }) {
  const { api, locked, waitRestart } = useCam();
  const [schema, setSchema] = useState<Schema>();
  const [values, setValues] = useState<Values>({});
  const [base, setBase] = useState<FormValues>({});
  const [form, setForm] = useState<FormValues>({});
  const [errs, setErrs] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState<[string, boolean?]>(['']);
  const [reboot, setReboot] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    try {
      const [s, v] = await Promise.all([api.schema(), api.settings()]);
      setSchema(s);
      setValues(v.values);
      setBase(initialForm(s, v.values));
      setForm(initialForm(s, v.values));
      setMsg(['']);
    } catch (e) {
      setMsg([errorText(e), true]);
    }
  };
  useEffect(() => {
    load();
  }, [api]);

  if (!schema)
    return (
      <>
        <h1>{t.nav.settings}</h1>
        <Msg text={msg[0] || t.loading} err={msg[1]} />
        {msg[1] && (
          <button type="button" onClick={load}>
            {t.retry}
          </button>
        )}
      </>
    );

  const groups = groupsOf(schema);
  const group = groups.find((g) => g.id === arg) ?? groups[0];
  const save = async (e: Event) => {
    e.preventDefault();
    const changed = diff(schema, base, form);
    if (!Object.keys(changed).length) return setMsg([t.noChanges]);
    setBusy(true);
    setMsg([t.saving]);
    try {
      const r = await api.patch(changed);
      const next = initialForm(schema, r.values);
      setValues(r.values);
      setBase(next);
      setForm(next);
      setErrs({});
      setReboot(r.reboot_required || needsReboot(schema, changed));
      setMsg([t.saved]);
    } catch (x) {
      const fe = fieldErrors(x);
      setErrs(fe);
      setMsg([Object.keys(fe).length ? t.fixFields : errorText(x), true]);
    }
    setBusy(false);
  };
  const field = (s: Setting) => (
    <Field
      s={s}
      value={form[s.key]}
      error={errs[s.key]}
      isSet={secretSet(values, s.key)}
      onInput={(raw) => setForm({ ...form, [s.key]: coerce(s, raw) })}
    />
  );
  const adv = group.fields.filter((s) => s.advanced);

  return (
    <form onSubmit={save} noValidate>
      <h1>{t.nav.settings}</h1>
      <nav class="tabs" aria-label={t.nav.settings}>
        {groups.map((g) => (
          <a href={href('settings', g.id)} aria-current={g === group ? 'page' : undefined}>
            {g.label}
            {g.fields.some((s) => errs[s.key]) && ' ⚠'}
          </a>
        ))}
      </nav>
      <h2>{group.label}</h2>
      {group.id === 'camera' && <StreamView api={api} locked={locked} style={previewStyle(base, form)} />}
      {group.fields.filter((s) => !s.advanced).map(field)}
      {adv.length > 0 && (
        <details>
          <summary>{t.advanced}</summary>
          {adv.map(field)}
        </details>
      )}
      <div class="save">
        <Msg text={msg[0]} err={msg[1]} />
        {reboot && (
          <p>
            {t.rebootNeeded}{' '}
            <button
              type="button"
              onClick={() =>
                api.reboot().then(
                  () => waitRestart(),
                  (x) => setMsg([errorText(x), true]),
                )
              }
            >
              {t.restartNow}
            </button>
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t.save}
        </button>
      </div>
    </form>
  );
}
