/**
 * What the timeline says of a triage correction (each changed field, from → to), of a
 * saved post-mortem (its root cause) and of an added corrective or preventive action (its
 * kind and text), and the names of the system's own actors in the reader's language.
 */
import type { TFunction } from 'i18next';
import { changePair, type HistoryEntry } from './timeline-entries';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The job names the server records as system actors (src/jobs), and their i18n keys. */
const systemActorKeys: Record<string, string> = {
  Duplicates: 'duplicates',
  SLA: 'deadlines',
  Deadlines: 'overdue',
  'email intake': 'emailIntake',
};

/** A system actor's name in the reader's language; an unknown one as the server wrote it. */
export function systemActorName(name: string, t: TFunction): string {
  const key = systemActorKeys[name];
  return key ? t(`history.systemActor.${key}`, { defaultValue: name }) : name;
}

/** The fields a triage correction records as [from, to] (src/commands/correct-triage.ts). */
export function triageCorrectionDetails(entry: HistoryEntry, t: TFunction): string[] {
  if (entry.action !== 'triage.corrected') return [];
  const c = entry.changes;
  const field = (name: string, value: string) => `${name}${t('complaint.colon')}${value}`;
  const label = (prefix: string, value: unknown) =>
    typeof value === 'string' ? t(`${prefix}.${value}`, { defaultValue: value }) : t('complaint.none');
  const risks = (value: unknown) =>
    Array.isArray(value) && value.length
      ? value.map((risk) => label('risk', risk)).join(t('history.listSeparator'))
      : t('complaint.noRisks');
  const urgent = (value: unknown) => t(value === true ? 'history.urgentValue.yes' : 'history.urgentValue.no');
  const out: string[] = [];
  const fields: [string, string, (value: unknown) => string][] = [
    ['category', t('complaint.category'), (v) => label('category', v)],
    ['severity', t('complaint.severity'), (v) => label('severity', v)],
    ['emotion', t('complaint.emotion'), (v) => label('emotion', v)],
    ['risks', t('complaint.risks'), risks],
    ['urgent', t('complaint.cueField.urgent'), urgent],
  ];
  for (const [key, name, show] of fields) {
    const pair = changePair(c[key]);
    if (pair) out.push(field(name, `${show(pair[0])} → ${show(pair[1])}`));
  }
  return out;
}

/** A post-mortem's root cause as saved, and an added action's kind and text. */
export function learningDetails(entry: HistoryEntry, t: TFunction): string[] {
  const c = entry.changes;
  const field = (name: string, value: string) => `${name}${t('complaint.colon')}${value}`;
  if (entry.action === 'post_mortem.saved' || entry.action === 'post_mortem.completed') {
    const pair = changePair(c.rootCause);
    const cause = pair ? text(pair[1]) : '';
    return cause
      ? [field(t('learn.rootCause'), t(`learn.rootCauseKey.${cause}`, { defaultValue: cause }))]
      : [];
  }
  if (entry.action === 'action.added') {
    const kind = text(c.kind);
    const description = text(c.description);
    const name = kind ? t(`learn.kindKey.${kind}`, { defaultValue: kind }) : t('learn.description');
    return description ? [field(name, description)] : [];
  }
  return [];
}
