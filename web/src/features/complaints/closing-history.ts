/**
 * What the closing steps' history entries say on the staff timeline: the survey's rating
 * and comment, the follow-up's outcome and notes. (An offer's answer carries a `reason`,
 * which the timeline already shows.) Labels live in the `closing` namespace.
 */
import type { TFunction } from 'i18next';
import type { HistoryEntry } from './timeline-entries';

/** The entry's title key, and the `closing` one for the closing steps' actions. */
export const historyTitleKeys = (action: string): string[] => [
  `history.${action}`,
  `closing.history.${action}`,
];

export function closingDetails(entry: HistoryEntry, t: TFunction): string[] {
  const c = entry.changes;
  const out: string[] = [];
  if (entry.action === 'survey.submitted' && typeof c.rating === 'number') {
    out.push(t('closing.detail.rating', { rating: c.rating }));
    if (typeof c.comment === 'string' && c.comment) {
      out.push(t('closing.detail.comment', { comment: c.comment }));
    }
  }
  if (entry.action === 'follow_up.recorded' && typeof c.outcome === 'string') {
    out.push(t('closing.detail.outcome', { outcome: t(`closing.staff.outcomes.${c.outcome}`) }));
    if (typeof c.notes === 'string' && c.notes) out.push(t('closing.detail.notes', { notes: c.notes }));
  }
  return out;
}
