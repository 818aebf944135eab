import { useMemo } from 'react';
import type { WorkbookPort } from '../../core/ports/workbook-port';
import { serialQueue } from '../lib/serial-queue';

/** Runs a task on the workbook after every task queued before it has settled. */
export type PortQueue = <T>(task: (port: WorkbookPort) => Promise<T>) => Promise<T>;

/**
 * One queue per workbook for what writes to it (settings saves, plan sheets, a new schedule sheet),
 * so that a late save can never interleave with a build that records which output sheets are ours.
 */
export function usePortQueue(port: WorkbookPort): PortQueue {
  return useMemo(() => {
    const queue = serialQueue();
    return <T>(task: (port: WorkbookPort) => Promise<T>) => queue(() => task(port));
  }, [port]);
}
