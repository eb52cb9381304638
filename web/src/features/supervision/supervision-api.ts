/**
 * The supervision views as the web app sees them: the shapes taken from the server's
 * contracts (supervision.schema.ts, type-only imports), a loader that refreshes on live
 * events, and the links from a board number to the queue that lists those complaints.
 */
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type {
  ApprovalsPage as ApprovalsPageSchema,
  DeadlineBoardView,
  EscalationsPage as EscalationsPageSchema,
  WorkloadView,
} from '../../../../src/server/routes/supervision.schema';
import { api } from '../../api/client';
import { useLiveEvents } from '../../api/live';

export type DeadlineBoard = z.infer<typeof DeadlineBoardView>;
export type OwnerDeadlines = DeadlineBoard['owners'][number];
export type Workload = z.infer<typeof WorkloadView>;
export type PersonWorkload = Workload['people'][number];
export type ApprovalsPage = z.infer<typeof ApprovalsPageSchema>;
export type PendingApproval = ApprovalsPage['items'][number];
export type EscalationsPage = z.infer<typeof EscalationsPageSchema>;
export type Escalation = EscalationsPage['items'][number];

/** Who sees the supervision views (src/domain/access/permissions.ts 'supervision.read'). */
export const supervisionRoles: readonly string[] = ['admin', 'supervisor', 'quality_manager'];

/** lifecycle.ts `openStatuses`, for the link behind an "open" count. */
const openStatuses = 'new,triaged,investigating,remedy_proposed,in_progress';

/** What a number of the board counts: open complaints, at risk, breached, or an overdue after-resolution deadline. */
export type BoardFigure = 'open' | 'atRisk' | 'breached' | 'followUps' | 'postMortems';

/** The queue query behind one figure of the board (owner or team added by the callers). */
export function figureParams(what: BoardFigure): URLSearchParams {
  const params = new URLSearchParams();
  if (what === 'open') params.set('status', openStatuses);
  else if (what === 'followUps' || what === 'postMortems') {
    params.set('view', 'breached');
    params.set('clock', what === 'followUps' ? 'follow_up' : 'post_mortem');
  } else params.set('view', what);
  return params;
}

/** The queue listing the complaints behind one number of the board. */
export function queueLink(ownerId: string | null, what: BoardFigure): string {
  const params = figureParams(what);
  params.set('owner', ownerId ?? 'none');
  return `/complaints?${params.toString()}`;
}

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  /** True until the first answer; later refreshes keep the data on screen. */
  loading: boolean;
  reload: () => void;
}

/**
 * GETs `path`, and again whenever a complaint changes (server-sent events, never polling):
 * the page on the wall stays current by itself.
 */
export function useLiveResource<T>(path: string): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; path: string | null }>({
    data: null,
    error: null,
    path: null,
  });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    api<T>(path, { signal: controller.signal }).then(
      (data) => setState({ data, error: null, path }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error, path }));
      },
    );
    return () => controller.abort();
  }, [path, attempt]);
  const reload = useCallback(() => setAttempt((a) => a + 1), []);
  useLiveEvents(reload);
  const current = state.path === path;
  return {
    data: current ? state.data : null,
    error: current ? state.error : null,
    loading: !current || (state.data === null && state.error === null),
    reload,
  };
}

/** "45 min", "3 h 20 min" / "45 分钟", "3 小时 20 分钟". */
export function formatMinutes(minutes: number, language: string): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (language === 'zh-CN') {
    if (hours === 0) return `${rest} 分钟`;
    return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
  }
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
