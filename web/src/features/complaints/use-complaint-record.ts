/**
 * Everything the detail page shows about one complaint, fetched in parallel (one round
 * trip, no waterfall) and fetched again after each action. While it refreshes, the page
 * keeps showing what it had.
 */
import { useLiveEvents } from '../../api/live';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { Attachment, ComplaintDetail, History, Message, Remedy } from '../../api/types';

export interface ComplaintRecord {
  /** With `staff`: the names of everyone the complaint refers to, for every role. */
  complaint: ComplaintDetail;
  history: History['items'];
  messages: Message[];
  attachments: Attachment[];
  remedies: Remedy[];
}

interface RecordState {
  record: ComplaintRecord | null;
  error: unknown;
  loading: boolean;
}

async function loadRecord(id: string, signal: AbortSignal): Promise<ComplaintRecord> {
  const base = `/api/v1/complaints/${encodeURIComponent(id)}`;
  const [complaint, history, messages, attachments, remedies] = await Promise.all([
    api<ComplaintDetail>(base, { signal }),
    api<History>(`${base}/history?limit=1000`, { signal }),
    api<{ items: Message[] }>(`${base}/messages`, { signal }),
    api<{ items: Attachment[] }>(`${base}/attachments`, { signal }),
    api<{ items: Remedy[] }>(`${base}/remedies`, { signal }),
  ]);
  return {
    complaint,
    history: history.items,
    messages: messages.items,
    attachments: attachments.items,
    remedies: remedies.items,
  };
}

export function useComplaintRecord(id: string) {
  const [state, setState] = useState<RecordState>({ record: null, error: null, loading: true });
  const current = useRef<AbortController | null>(null);

  const reload = useCallback(async () => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setState((s) => ({ ...s, loading: true }));
    try {
      const record = await loadRecord(id, controller.signal);
      setState({ record, error: null, loading: false });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState((s) => ({ ...s, error, loading: false }));
    }
  }, [id]);

  useEffect(() => {
    setState({ record: null, error: null, loading: true });
    void reload();
    return () => current.current?.abort();
  }, [reload]);

  // Live: someone else (or a job, or the customer) changed this complaint.
  useLiveEvents(
    () => void reload(),
    (event) => event.type === 'complaint' && (event.complaintId === id || event.complaintId === '*'),
  );

  return { ...state, reload };
}
