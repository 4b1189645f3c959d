/**
 * Whether a new version of the app is installed and waiting. The service worker registration
 * (register.ts, loaded after the first screen) offers it; the prompt in the shell shows it.
 */
import { useEffect, useState } from 'preact/hooks';

type Apply = () => void;
let pending: Apply | undefined;
const listeners = new Set<(apply: Apply | undefined) => void>();

export function offerUpdate(apply: Apply): void {
  pending = apply;
  for (const l of listeners) l(apply);
}

export function usePendingUpdate(): Apply | undefined {
  const [apply, setApply] = useState(() => pending);
  useEffect(() => {
    // Stored through a wrapper: a bare function passed to a state setter would be called.
    const listener = (a: Apply | undefined) => setApply(() => a);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return apply;
}
