import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `ms`: typing into a field of a long schedule's document then
 * rebuilds the document once after the pause, not on every key. The first value, and the value at a
 * change of `resetKey` (another sheet read, another analysis), are taken at once.
 */
export function useDebouncedValue<T>(value: T, ms: number, resetKey?: unknown): T {
  const [settled, setSettled] = useState({ value, key: resetKey });
  const reset = !Object.is(settled.key, resetKey);
  useEffect(() => {
    if (reset || Object.is(settled.value, value)) return;
    const timer = setTimeout(() => setSettled({ value, key: resetKey }), ms);
    return () => clearTimeout(timer);
  }, [value, ms, resetKey, reset, settled.value]);
  if (reset) {
    // Derived state, updated during render as React allows for a component's own state.
    setSettled({ value, key: resetKey });
    return value;
  }
  return settled.value;
}
