import { useState } from 'preact/hooks';
import type { FlasherBoard } from '../../generated/boards.ts';
import type { DetectedChip, FlashPlan } from '../states.ts';

/** Step 3: what was found on the cable, and install fresh or update keeping settings. */
export function ChooseStep({
  board,
  chip,
  onChoose,
}: {
  board: FlasherBoard;
  chip: DetectedChip;
  onChoose: (plan: FlashPlan) => void;
}) {
  const [mode, setMode] = useState<FlashPlan['mode']>('install');
  const [backup, setBackup] = useState(false);
  return (
    <section aria-labelledby="choose">
      <h2 id="choose">3. Found {chip.description}</h2>
      <dl class="facts">
        <dt>Chip</dt>
        <dd>{chip.family}</dd>
        <dt>MAC</dt>
        <dd>{chip.mac}</dd>
        <dt>Flash</dt>
        <dd>{chip.flashBytes ? `${chip.flashBytes / 1024 / 1024} MB` : 'unknown size'}</dd>
        <dt>Speed</dt>
        <dd>{chip.baud} baud</dd>
      </dl>
      <p>It matches {board.name}.</p>
      <fieldset>
        <legend>How to flash</legend>
        <label>
          <input type="radio" name="mode" checked={mode === 'install'} onChange={() => setMode('install')} />{' '}
          Install fresh (full image; settings are erased)
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'update'} onChange={() => setMode('update')} />{' '}
          Update, keep settings (app image only)
        </label>
        {mode === 'install' && (
          <label>
            <input type="checkbox" checked={backup} onChange={(e) => setBackup(e.currentTarget.checked)} />{' '}
            Back up the settings first and put them back afterwards
          </label>
        )}
      </fieldset>
      <button
        type="button"
        onClick={() => onChoose({ mode, keepSettingsBackup: mode === 'install' && backup })}
      >
        Start flashing
      </button>
    </section>
  );
}
