import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * True while the element is on screen and the page is visible: a tile off-screen, in a background
 * tab or on a locked phone asks its camera for nothing.
 */
export function useActive(ref: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(false);
  const [pageVisible, setPageVisible] = useState(document.visibilityState === 'visible');
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry.isIntersecting));
    observer.observe(el);
    const onVisibility = () => setPageVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      observer.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
  return onScreen && pageVisible;
}
