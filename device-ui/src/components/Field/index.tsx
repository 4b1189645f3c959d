import type { Setting, Value } from '../../api/types.ts';
import { t } from '../../i18n/index.ts';

export interface FieldProps {
  s: Setting;
  value: Value;
  /** The server's message for this field, shown under it and announced. */
  error?: string;
  /** For a secret: whether the camera has one (shown as a hint, never the value). */
  isSet?: boolean;
  onInput: (raw: string | boolean) => void;
}

const INPUT_TYPE: Record<string, 'url' | 'password'> = { url: 'url', password: 'password' };

/** One setting as a labelled control, chosen by the schema's type and format. */
export function Field({ s, value, error, isSet, onInput }: FieldProps) {
  const id = `f-${s.key}`;
  const hint = s.secret ? (isSet ? t.secretSet : t.secretUnset) : s.help;
  const describe = [error && `${id}-e`, hint && `${id}-h`].filter(Boolean).join(' ') || undefined;
  const a = {
    id,
    name: s.key,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describe,
  };
  const text = (e: Event) => onInput((e.currentTarget as HTMLInputElement).value);
  let control = null;
  if (s.type === 'bool')
    control = (
      <input
        {...a}
        type="checkbox"
        checked={value === true}
        onChange={(e) => onInput(e.currentTarget.checked)}
      />
    );
  else if (s.type === 'enum')
    control = (
      <select {...a} value={String(value)} onChange={text}>
        {s.options?.map((o) => (
          <option value={String(o.value)}>{o.label}</option>
        ))}
      </select>
    );
  else
    control = (
      <input
        {...a}
        // Preact's types pair each input type with its own attributes, so a run-time choice needs this.
        type={
          (s.type === 'int'
            ? 'number'
            : s.secret
              ? 'password'
              : INPUT_TYPE[s.format ?? ''] || 'text') as 'text'
        }
        value={String(value)}
        min={s.min}
        max={s.max}
        step={s.step}
        minLength={s.minLength}
        maxLength={s.maxLength}
        autoComplete={s.secret || s.format === 'password' ? 'new-password' : 'off'}
        onInput={text}
      />
    );
  return (
    <div class={s.type === 'bool' ? 'f chk' : 'f'}>
      <label for={id}>
        {s.label}
        {s.unit && ` (${s.unit})`}
      </label>
      {control}
      {hint && <small id={`${id}-h`}>{hint}</small>}
      {error && (
        <small id={`${id}-e`} class="err">
          {error}
        </small>
      )}
    </div>
  );
}
