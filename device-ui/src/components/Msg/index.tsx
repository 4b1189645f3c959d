/**
 * A message where it matters: errors are alerts (read out at once), other news polite status.
 * Renders nothing without text, so the live region is in place before its text arrives.
 */
export function Msg({ text, err }: { text?: string; err?: boolean }) {
  return (
    <p class={err ? 'msg err' : 'msg'} role={err ? 'alert' : 'status'} hidden={!text}>
      {text}
    </p>
  );
}
