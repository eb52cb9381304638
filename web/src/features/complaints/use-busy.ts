/**
 * One request at a time from a form or a button, and a spinner only once it takes long
 * enough to notice. A fast answer shows no flash of a spinner, and no spinner is left
 * behind half-animated in the button (where its "loading" label would join the button's
 * accessible name).
 */
import { useCallback, useRef, useState } from 'react';

const spinnerDelayMs = 250;

export function useBusy() {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<void>): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  /** For antd's `loading` (a Button's, or a Modal's `okButtonProps.loading`). */
  const spinner = busy ? { delay: spinnerDelayMs } : false;
  return { busy, spinner, run };
}
