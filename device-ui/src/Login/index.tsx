import { useState } from 'preact/hooks';
import { useCam } from '../App/context.ts';
import { ApiError } from '../api/errors.ts';
import { Msg } from '../components/Msg/index.tsx';
import { t } from '../i18n/index.ts';
import { errorText } from '../lib/messages.ts';

/** Asks for the admin password. The token is kept in memory, so no cookie is needed. */
export function Login({ onDone }: { onDone: () => void }) {
  const { api } = useCam();
  const [pw, setPw] = useState('');
  const [err, setErr] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.login(pw);
      onDone();
    } catch (x) {
      setErr(x instanceof ApiError && x.status === 401 ? t.badPassword : errorText(x));
    }
    setBusy(false);
  };
  return (
    <form onSubmit={submit}>
      <h1>{t.login}</h1>
      <div class="f">
        <label for="pw">{t.password}</label>
        <input
          id="pw"
          type="password"
          autoComplete="current-password"
          value={pw}
          onInput={(e) => setPw(e.currentTarget.value)}
          aria-invalid={err ? 'true' : undefined}
          required
        />
      </div>
      <Msg text={err} err />
      <button type="submit" disabled={busy}>
        {t.login}
      </button>
    </form>
  );
}
