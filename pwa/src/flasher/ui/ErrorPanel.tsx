/** A failure: what happened and what to do, with a way forward that always exists. */
export function ErrorPanel({
  message,
  detail,
  onRetry,
  onBack,
}: {
  message: string;
  detail: string;
  onRetry: () => void;
  onBack: () => void;
}) {
  return (
    <section role="alert" class="msg error" aria-labelledby="flash-failed">
      <h2 id="flash-failed">Flashing stopped</h2>
      <p>{message}</p>
      <details>
        <summary>Technical details</summary>
        <code>{detail}</code>
      </details>
      <p>
        <button type="button" onClick={onRetry}>
          Try again
        </button>{' '}
        <button type="button" class="secondary" onClick={onBack}>
          Back to boards
        </button>
      </p>
    </section>
  );
}
