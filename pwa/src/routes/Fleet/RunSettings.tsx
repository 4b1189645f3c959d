import type { FleetPrefs } from '../../fleet/fleet-prefs.ts';
import type { MethodChoice } from '../../fleet/method.ts';
import { PARALLEL_CHOICES } from '../../fleet/queue.ts';

const METHODS: { value: MethodChoice; label: string }[] = [
  { value: 'auto', label: 'Automatic: the camera downloads it when it can' },
  { value: 'url', label: 'The camera downloads it' },
  { value: 'upload', label: 'Upload from this device' },
];

interface Props {
  prefs: FleetPrefs;
  onChange: (change: Partial<FleetPrefs>) => void;
  disabled: boolean;
}

/** How a run goes: how many cameras at once, whether to stop at the first failure, how images travel. */
export function RunSettings({ prefs, onChange, disabled }: Props) {
  return (
    <fieldset class="row fleet-settings" disabled={disabled}>
      <legend>How to update</legend>
      <label>
        Cameras at once{' '}
        <select
          value={String(prefs.parallel)}
          onChange={(e) => onChange({ parallel: Number(e.currentTarget.value) })}
        >
          {PARALLEL_CHOICES.map((n) => (
            <option key={n} value={String(n)}>
              {n === 1 ? '1 (one after another)' : n}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={prefs.stopOnFailure}
          onChange={(e) => onChange({ stopOnFailure: e.currentTarget.checked })}
        />{' '}
        Stop on the first failure
      </label>
      <label>
        Image transfer{' '}
        <select
          value={prefs.method}
          onChange={(e) => onChange({ method: e.currentTarget.value as MethodChoice })}
        >
          {METHODS.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
