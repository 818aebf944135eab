import { useEffect } from 'react';

type Listener = (error: unknown) => void;

const listeners = new Set<Listener>();
const early: unknown[] = [];

/**
 * Reports an error that no promise carries back to the pane (the Excel port's
 * event handlers fail after the call that set them up has returned). It reaches
 * the pane's message bar; one that comes before the pane listens waits for it.
 */
export function reportHostError(error: unknown): void {
  if (listeners.size === 0) early.push(error);
  for (const listener of listeners) listener(error);
}

/** Shows host errors through `onError` while the calling component is mounted. */
export function useHostErrors(onError: Listener): void {
  useEffect(() => {
    listeners.add(onError);
    for (const error of early.splice(0)) onError(error);
    return () => {
      listeners.delete(onError);
    };
  }, [onError]);
}
