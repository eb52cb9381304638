/**
 * The current time, renewed every `everyMs`: for countdowns that must move while a page stays
 * open (a deadline turning "at risk" at its warning time). A local timer, no server request.
 */
import { useEffect, useState } from 'react';

export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
