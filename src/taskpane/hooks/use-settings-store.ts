import { useCallback, useEffect, useRef, useState } from 'react';
import { mergeSettings } from '../../core/settings/merge-settings';
import type { PlanSettings } from '../../core/settings/plan-settings';
import type { PortQueue } from './use-port-queue';

/** Typing settles this long before the settings are written to the workbook. */
export const SAVE_DELAY_MS = 600;

export interface SettingsStore {
  /** The settings as shown: the stored ones with her edits on top. */
  readonly settings: PlanSettings;
  /** The settings as of now, for a callback that runs later than the render it was made in. */
  current(): PlanSettings;
  /** Shows settings read from the workbook, without saving them. */
  show(next: PlanSettings): void;
  /** Applies an edit at once and saves it after a pause in typing. */
  update(patch: PlanSettings): void;
  /** Saves a pending edit now (before a build, a refresh, or when the pane closes). */
  flush(): Promise<void>;
}

/**
 * The settings kept with the workbook: loaded by whoever reads the workbook (`show`), edited at once,
 * saved debounced through the workbook's queue, merged with what is stored then so that an edit saved
 * late never makes the add-in forget which sheets are its own.
 */
export function useSettingsStore(queue: PortQueue, fail: (error: unknown) => void): SettingsStore {
  const [settings, setSettings] = useState<PlanSettings>({});
  const latest = useRef<PlanSettings>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef(false);

  const current = useCallback(() => latest.current, []);
  const show = useCallback((next: PlanSettings) => {
    latest.current = next;
    setSettings(next);
  }, []);

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!pending.current) return Promise.resolve();
    pending.current = false;
    return queue(async (port) => {
      const stored = await port.loadSettings();
      // The one place the pane writes settings: the outputs stay as the sheet writer recorded them.
      await port.saveSettings(mergeSettings(stored, latest.current));
    }).catch(fail);
  }, [queue, fail]);

  const update = useCallback(
    (patch: PlanSettings) => {
      show({ ...latest.current, ...patch });
      pending.current = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [show, flush],
  );

  // Closing the pane or the tab must not lose the last few keystrokes.
  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [flush]);

  return { settings, current, show, update, flush };
}
