/** The hooks the device UI uses, with Preact's meaning (preact/hooks in the PWA). */
import { afterPaint, nextHook, readContext, schedule } from './render.ts';
import type { Context } from './vnode.ts';

type SetState<T> = (next: T | ((prev: T) => T)) => void;

export function useState<T>(initial: T | (() => T)): [T, SetState<T>] {
  const h = nextHook();
  h.v ??= [
    typeof initial === 'function' ? (initial as () => T)() : initial,
    (next: T | ((prev: T) => T)) => {
      const pair = h.v as [T, SetState<T>];
      const value = typeof next === 'function' ? (next as (prev: T) => T)(pair[0]) : next;
      if (value === pair[0]) return;
      h.v = [value, pair[1]];
      schedule();
    },
  ];
  return h.v as [T, SetState<T>];
}

/** Runs `effect` after the render that changed one of `deps` (every render without deps). */
export function useEffect(effect: () => unknown, deps?: unknown[]) {
  const h = nextHook();
  if (deps && h.deps && deps.length === h.deps.length && deps.every((d, i) => d === h.deps![i])) return;
  h.deps = deps;
  afterPaint(() => {
    h.cleanup?.();
    const cleanup = effect();
    // Preact's rule: only a returned function is a cleanup.
    h.cleanup = typeof cleanup === 'function' ? (cleanup as () => void) : undefined;
  });
}

export function useRef<T>(initial: T) {
  const h = nextHook();
  h.v ??= { current: initial };
  return h.v as { current: T };
}

export const useContext = readContext;
export type { Context };
