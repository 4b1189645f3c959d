import { useEffect, useState } from 'preact/hooks';
import { getStatus } from '../api/camera-client.ts';
import { checkAddress } from '../reach/check-address.ts';
import { describeHealth, type Health } from './health.ts';

/** Often enough to notice a camera dropping off; rare enough for a hundred of them. */
const HEALTH_INTERVAL_MS = 15_000;

/** A camera's health, refreshed while the page is visible; undefined until the first answer. */
export function useHealth(origin: string): Health | undefined {
  const [health, setHealth] = useState<Health>();
  useEffect(() => {
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      clearTimeout(timer);
      if (document.visibilityState === 'visible') {
        try {
          const { outcome } = await checkAddress(origin, abort.signal);
          const status =
            outcome.kind === 'printcam'
              ? await getStatus(origin, abort.signal).catch(() => undefined)
              : undefined;
          setHealth(describeHealth(outcome, status));
        } catch {
          if (abort.signal.aborted) return;
        }
      }
      timer = setTimeout(poll, HEALTH_INTERVAL_MS);
    };
    const onVisible = () => document.visibilityState === 'visible' && void poll();
    document.addEventListener('visibilitychange', onVisible);
    void poll();
    return () => {
      abort.abort();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [origin]);
  return health;
}
