/**
 * The checks every command on one complaint starts with: it exists (else not found), and,
 * for commands that change an open case, it is still open.
 */
import type { Complaint } from '../domain/complaint/complaint.js';
import { isOpen } from '../domain/complaint/lifecycle.js';
import { DomainError } from '../domain/errors.js';
import { findComplaintById, lockComplaint } from '../store/complaint-repository.js';
import type { Executor } from '../store/database.js';

const notFound = () => new DomainError('complaint.not_found', 'No complaint with this id.');

/** The complaint, locked for the rest of the transaction. */
export async function lockExistingComplaint(tx: Executor, id: string): Promise<Complaint> {
  const complaint = await lockComplaint(tx, id);
  if (!complaint) throw notFound();
  return complaint;
}

export async function findExistingComplaint(db: Executor, id: string): Promise<Complaint> {
  const complaint = await findComplaintById(db, id);
  if (!complaint) throw notFound();
  return complaint;
}

/** Refuses a change to a closed, resolved or dismissed complaint: "A closed complaint {what}." */
export function requireOpen(complaint: Complaint, what: string): void {
  if (!isOpen(complaint.status)) {
    throw new DomainError('complaint.precondition_failed', `A ${complaint.status} complaint ${what}.`);
  }
}
