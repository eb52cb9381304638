/**
 * An agent corrects what triage suggested (PRODUCT.md R3): category, emotion, severity, risks,
 * urgency. The complaint takes the person's values (source 'person'), leaves the needs-review
 * list, and each changed field is stored as a correction (who, when, from, to, which model) for
 * the next training run, with a history entry. Confirming without a change also clears review.
 * A new category clears the complaint's subcategory (it belonged to the old one), in the same entry.
 */
import type { Actor, Complaint } from '../domain/complaint/complaint.js';
import { DomainError } from '../domain/errors.js';
import type { Category, Emotion, Risk, Severity } from '../domain/vocabulary.js';
import { updateComplaint, type ComplaintChanges } from '../store/complaint-repository.js';
import { appendHistory } from '../store/history-repository.js';
import { insertCorrections, type NewCorrection } from '../store/triage-correction-repository.js';
import { lockExistingComplaint } from './complaint-guards.js';
import type { CommandContext } from './context.js';

export interface TriageCorrection {
  category?: Category | undefined;
  emotion?: Emotion | undefined;
  severity?: Severity | undefined;
  risks?: Risk[] | undefined;
  urgent?: boolean | undefined;
  reason?: string | undefined;
}

export async function correctTriage(
  ctx: CommandContext,
  complaintId: string,
  input: TriageCorrection,
  actor: Extract<Actor, { type: 'user' }>,
): Promise<Complaint> {
  return ctx.database.db.transaction(async (tx) => {
    const complaint = await lockExistingComplaint(tx, complaintId);
    if (complaint.status === 'dismissed') {
      throw new DomainError('complaint.precondition_failed', 'A dismissed complaint keeps its triage.');
    }
    const now = ctx.now();
    const triage = complaint.triage;
    const changes: ComplaintChanges = {};
    const recorded: Record<string, unknown> = {};
    const corrections: NewCorrection[] = [];
    const correct = (field: NewCorrection['field'], from: unknown, to: unknown) => {
      recorded[field] = [from, to];
      corrections.push({
        complaintId,
        field,
        from,
        to,
        modelVersion: triage.modelVersion,
        correctedById: actor.id,
        correctedAt: now,
      });
    };

    if (input.category !== undefined && input.category !== triage.category.label) {
      correct('category', triage.category.label, input.category);
      Object.assign(changes, { category: input.category, categoryConfidence: 1, categorySource: 'person' });
      // A subcategory belongs to one category: another category's is cleared with the correction.
      if (complaint.subcategoryId !== null) {
        changes.subcategoryId = null;
        recorded.subcategoryId = [complaint.subcategoryId, null];
      }
    }
    if (input.emotion !== undefined && input.emotion !== triage.emotion.label) {
      correct('emotion', triage.emotion.label, input.emotion);
      Object.assign(changes, { emotion: input.emotion });
    }
    if (input.severity !== undefined && input.severity !== triage.severity) {
      correct('severity', triage.severity, input.severity);
      Object.assign(changes, { severity: input.severity, severitySource: 'person' });
    }
    if (input.risks !== undefined) {
      const risks = [...new Set(input.risks)].sort();
      if (risks.join() !== [...triage.risks].sort().join()) {
        correct('risks', triage.risks, risks);
        Object.assign(changes, { risks });
      }
    }
    // A severe complaint is urgent (PRODUCT.md R3); a person may also raise or lower urgency.
    const urgent = input.urgent ?? (changes.severity === 'severe' ? true : undefined);
    if (urgent !== undefined && urgent !== triage.urgent) {
      correct('urgent', triage.urgent, urgent);
      changes.urgent = urgent;
    }
    if (triage.needsReview) {
      changes.needsReview = false;
      recorded.needsReview = [true, false];
    }
    if (Object.keys(changes).length === 0) return complaint;
    if (input.reason?.trim()) recorded.reason = input.reason.trim();
    await insertCorrections(tx, corrections);
    const updated = await updateComplaint(tx, complaintId, changes, now);
    await appendHistory(
      tx,
      complaintId,
      actor,
      corrections.length ? 'triage.corrected' : 'triage.confirmed',
      recorded,
      now,
    );
    return updated;
  });
}
