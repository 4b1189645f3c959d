import { useEffect, useState } from 'preact/hooks';

/**
 * esptool-js waits for serial data with setTimeout(1 ms) loops, which Chrome throttles to about
 * once a second in a hidden tab: flashing then crawls (ESP Web Tools says "Keep this page visible").
 * While busy we say so, and the tab title warns if the person switches away.
 */
export function VisibilityWarning({ busy }: { busy: boolean }) {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    if (!busy) return;
    const title = document.title;
    const update = () => {
      setHidden(document.hidden);
      document.title = document.hidden ? '⚠ Flashing — come back to this tab' : title;
    };
    document.addEventListener('visibilitychange', update);
    return () => {
      document.removeEventListener('visibilitychange', update);
      document.title = title;
    };
  }, [busy]);
  if (!busy) return null;
  return (
    <p class="msg" role="status">
      Keep this tab visible and the computer awake until flashing ends
      {hidden
        ? ' — the tab was hidden, which slows flashing down.'
        : '; in a background tab it slows down a lot.'}
    </p>
  );
}
