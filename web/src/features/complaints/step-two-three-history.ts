/**
 * What step 2's history entries say on the staff timeline: the facts recorded (from →
 * to), and the department tasks asked, answered or cancelled. Labels live in the
 * `stepTwoThree` namespace; responsibility changes and reasons the timeline shows already.
 */
import type { TFunction } from 'i18next';
import { changePair, type HistoryEntry } from './timeline-entries';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function stepTwoThreeDetails(entry: HistoryEntry, t: TFunction): string[] {
  const c = entry.changes;
  const out: string[] = [];
  const field = (name: string, value: string) => `${name}${t('complaint.colon')}${value}`;
  if (entry.action === 'complaint.facts_recorded') {
    for (const key of ['verifiedFacts', 'orderRef', 'productRef'] as const) {
      const pair = changePair(c[key]);
      if (!pair) continue;
      const from = text(pair[0]) || t('complaint.none');
      const to = text(pair[1]) || t('complaint.none');
      out.push(field(t(`stepTwoThree.facts.${key}`), key === 'verifiedFacts' ? to : `${from} → ${to}`));
    }
  }
  if (entry.action.startsWith('task.') && typeof c.department === 'string') {
    out.push(t(`stepTwoThree.department.${c.department}`, { defaultValue: c.department }));
    if (text(c.request)) out.push(field(t('stepTwoThree.tasks.request'), text(c.request)));
    if (text(c.outcome)) out.push(field(t('stepTwoThree.tasks.outcome'), text(c.outcome)));
  }
  return out;
}
