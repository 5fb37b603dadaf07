import { useEffect, type RefObject } from 'react';
import { useServices } from '../services/services';

/** Sidebar apps size their own iframe: follow the content's height as it grows and shrinks. */
export function useAutoResize(ref: RefObject<HTMLElement>): void {
  const { port } = useServices();
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    let last = -1;
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height !== last) {
        last = height;
        port.resize(height);
      }
    };
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
    return () => observer.disconnect();
  }, [port, ref]);
}
