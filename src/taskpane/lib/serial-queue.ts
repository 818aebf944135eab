/**
 * Runs async tasks one after another. Settings saves and table writes go through
 * one queue so that a late save can never interleave with a build that records
 * which output sheets are ours.
 */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    // The queue carries on after a failure; the caller still gets the rejection.
    tail = run.catch(() => undefined);
    return run;
  };
}
