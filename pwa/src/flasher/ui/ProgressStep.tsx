import { formatBytes, formatSeconds } from '../progress.ts';
import type { Progress } from '../states.ts';

/** A real progress bar: bytes, speed and time left, announced politely to screen readers. */
export function ProgressStep({
  title,
  progress,
  baud,
}: {
  title: string;
  progress: Progress;
  baud?: number;
}) {
  const { done, total, bytesPerSecond, secondsLeft } = progress;
  const left = formatSeconds(secondsLeft);
  return (
    <section aria-labelledby="progress-title">
      <h2 id="progress-title">{title}</h2>
      <progress aria-label={title} max={total} value={done} />
      <p aria-live="polite">
        {formatBytes(done)} of {formatBytes(total)}
        {bytesPerSecond > 0 && ` · ${formatBytes(bytesPerSecond)}/s`}
        {left && ` · ${left} left`}
        {baud && ` · ${baud} baud`}
      </p>
    </section>
  );
}
