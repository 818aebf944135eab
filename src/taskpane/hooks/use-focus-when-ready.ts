import { useEffect, useRef } from 'react';

/** A ref for an element that is focused once, when `ready` first turns true (the result, after she opened a file). */
export function useFocusWhenReady(ready: boolean) {
  const ref = useRef<HTMLElement>(null);
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current || !ref.current) return;
    done.current = true;
    ref.current.focus();
  }, [ready]);
  return ref;
}
