/**
 * Live updates for open pages (web app, server-sent events). Every history entry sends a
 * `closeloop_events` NOTIFY when its transaction commits (migration history_events); each app
 * process listens once and hands the events to the streams its browsers hold open. Several
 * processes on one PostgreSQL all hear every event, so a browser on any of them stays current.
 */
import type { Database } from '../../store/database.js';

/**
 * A complaint changed (a history entry; complaintId '*' when a statement changed more than
 * 100 at once: reload whatever is shown), or one person got a notification.
 */
export type LiveEvent =
  | { type: 'complaint'; complaintId: string; action: string }
  | { type: 'notification'; userId: string; kind: string; complaintId: string | null };

export const liveEventsChannel = 'closeloop_events';

export class LiveEvents {
  private readonly subscribers = new Set<(event: LiveEvent) => void>();
  private unlisten: Promise<() => Promise<void>> | null = null;

  constructor(private readonly database: Database) {}

  /** Starts listening with the first subscriber; answers the unsubscribe function. */
  async subscribe(onEvent: (event: LiveEvent) => void): Promise<() => void> {
    this.unlisten ??= this.database.listen(liveEventsChannel, (payload) => this.dispatch(payload));
    await this.unlisten;
    this.subscribers.add(onEvent);
    return () => this.subscribers.delete(onEvent);
  }

  get size(): number {
    return this.subscribers.size;
  }

  private dispatch(payload: string): void {
    const events: LiveEvent[] = [];
    try {
      const parsed = JSON.parse(payload) as Record<string, unknown>;
      if (typeof parsed.userId === 'string' && typeof parsed.kind === 'string') {
        const complaintId = typeof parsed.complaintId === 'string' ? parsed.complaintId : null;
        events.push({ type: 'notification', userId: parsed.userId, kind: parsed.kind, complaintId });
      } else if (parsed.changes === null) {
        events.push({ type: 'complaint', complaintId: '*', action: 'many' });
      } else if (Array.isArray(parsed.changes)) {
        for (const change of parsed.changes as Record<string, unknown>[]) {
          if (typeof change.complaintId === 'string' && typeof change.action === 'string') {
            events.push({ type: 'complaint', complaintId: change.complaintId, action: change.action });
          }
        }
      }
    } catch {
      return; // not ours
    }
    for (const event of events) for (const subscriber of this.subscribers) subscriber(event);
  }

  async stop(): Promise<void> {
    this.subscribers.clear();
    if (this.unlisten) await (await this.unlisten)();
  }
}
