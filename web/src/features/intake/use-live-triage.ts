/**
 * The live triage suggestion while the agent types: one call to POST /api/v1/triage
 * 400 ms after the last keystroke, the previous call cancelled, so a fast typist causes
 * one request per pause, and an old answer never replaces a newer one. It reads what saving
 * reads (subject, description and expectation, with the customer's tier), so the suggestion
 * the agent accepts is the triage the complaint is saved with.
 */
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { suggestTriage, type TriageRequest, type TriageSuggestion } from './intake-api';

export const triageDelayMs = 400;
/** Fewer characters than this say too little to triage. */
const minimumChars = 4;

export interface LiveTriage {
  suggestion: TriageSuggestion | null;
  state: 'idle' | 'reading' | 'ready' | 'failed';
}

export function useLiveTriage({ text, tier }: TriageRequest): LiveTriage {
  const [live, setLive] = useState<LiveTriage>({ suggestion: null, state: 'idle' });
  const trimmed = text.trim();

  useEffect(() => {
    if (Array.from(trimmed).length < minimumChars) {
      setLive({ suggestion: null, state: 'idle' });
      return;
    }
    setLive((current) => ({ ...current, state: 'reading' }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      suggestTriage({ text: trimmed, tier }, controller.signal).then(
        (suggestion) => setLive({ suggestion, state: 'ready' }),
        (error: unknown) => {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          setLive((current) => ({
            suggestion: error instanceof ApiError ? null : current.suggestion,
            state: 'failed',
          }));
        },
      );
    }, triageDelayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, tier]);

  return live;
}
