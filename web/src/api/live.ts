/**
 * Live updates: one server-sent event stream (`GET /api/v1/events`) per browser tab, shared by
 * every component that listens, opened while someone listens and a session exists. Read with
 * fetch (not EventSource) so the session token travels in the Authorization header, never in
 * a URL. Reconnects with backoff after a drop; events only say which complaint changed.
 */
import { useEffect, useRef } from 'react';
import { session } from './client';

/** A complaint changed, or the signed-in user got a notification. */
export type LiveEvent =
  | { type: 'complaint'; complaintId: string; action: string }
  | { type: 'notification'; complaintId: string | null; kind: string };

type Listener = (event: LiveEvent) => void;

const listeners = new Set<Listener>();
let controller: AbortController | null = null;

function parseBlock(block: string): LiveEvent | null {
  let event = '';
  let data = '';
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data += line.slice(5).trim();
  }
  if ((event !== 'complaint' && event !== 'notification') || !data) return null;
  try {
    return { type: event, ...(JSON.parse(data) as object) } as LiveEvent;
  } catch {
    return null;
  }
}

async function run(signal: AbortSignal): Promise<void> {
  let delay = 1_000;
  while (!signal.aborted) {
    const token = session.token();
    if (!token) return;
    try {
      const response = await fetch('/api/v1/events', {
        headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
        signal,
      });
      if (response.status === 401) return; // signed out: the app shows the login page
      if (response.ok && response.body) {
        delay = 1_000;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const event = parseBlock(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            if (event) for (const listener of listeners) listener(event);
          }
        }
      }
    } catch {
      if (signal.aborted) return;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 30_000);
  }
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (!controller) {
    controller = new AbortController();
    const own = controller;
    void run(own.signal).finally(() => {
      if (controller === own) controller = null;
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      controller?.abort();
      controller = null;
    }
  };
}

/**
 * Calls `onChange` (at most once per `quietMs`, after the last of a burst) when a complaint
 * changes; `filter` picks which events matter to the caller.
 */
export function useLiveEvents(
  onChange: () => void,
  filter: (event: LiveEvent) => boolean = (event) => event.type === 'complaint',
  quietMs = 600,
): void {
  const latest = useRef({ onChange, filter });
  latest.current = { onChange, filter };
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((event) => {
      if (!latest.current.filter(event)) return;
      clearTimeout(timer);
      timer = setTimeout(() => latest.current.onChange(), quietMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [quietMs]);
}
