import { usePendingUpdate } from './update-state.ts';

/** "Update available": the page decides when the new version takes over, never mid-task. */
export function UpdatePrompt() {
  const apply = usePendingUpdate();
  if (!apply) return null;
  return (
    <div class="update row" role="status">
      A new version of printcam is ready.
      <button type="button" onClick={apply}>
        Update now
      </button>
    </div>
  );
}
