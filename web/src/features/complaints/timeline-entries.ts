/**
 * One timeline from two sources: the append-only history and the messages. A
 * `message.added` history entry is shown as the message itself, so nothing appears twice.
 */
import type { History, Message } from '../../api/types';

export type HistoryEntry = History['items'][number];

export type TimelineEntry =
  | { kind: 'history'; at: string; key: string; entry: HistoryEntry }
  | { kind: 'message'; at: string; key: string; message: Message };

export function mergeTimeline(
  history: readonly HistoryEntry[],
  messages: readonly Message[],
): TimelineEntry[] {
  const messageIds = new Set(messages.map((m) => m.id));
  const entries: TimelineEntry[] = [
    ...history
      .filter((h) => !(h.action === 'message.added' && messageIds.has(String(h.changes.messageId))))
      .map((entry, index): TimelineEntry => ({ kind: 'history', at: entry.at, key: `h${index}`, entry })),
    ...messages.map((message): TimelineEntry => ({
      kind: 'message',
      at: message.createdAt,
      key: `m${message.id}`,
      message,
    })),
  ];
  // Stable: equal instants keep history before messages, each in its own order.
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** A `[before, after]` pair from a history entry's changes, if that is what it holds. */
export function changePair(value: unknown): [unknown, unknown] | null {
  return Array.isArray(value) && value.length === 2 ? [value[0], value[1]] : null;
}
