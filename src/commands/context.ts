/**
 * What every command is given: the database and the inputs the domain must not fetch
 * itself (the clock, randomness, the business calendar, the triage model).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { RandomBytes } from '../domain/complaint/tracking-number.js';
import type { BusinessCalendar } from '../domain/sla/deadline-types.js';
import type { TriageInput, TriageResult } from '../domain/triage/triage-result.js';
import type { Severity } from '../domain/vocabulary.js';
import type { Database } from '../store/database.js';
import type { DeadlinePolicyBook } from './deadline-policy-source.js';
import type { TriageModelBook } from './triage-model-source.js';

export interface CommandContext {
  database: Database;
  now: () => Date;
  randomBytes: RandomBytes;
  calendar: BusinessCalendar;
  /** Deadline targets: the current version for new complaints, each complaint's own after. */
  deadlinePolicies: DeadlinePolicyBook;
  triage: (input: TriageInput) => TriageResult;
  /** Which triage model is active and what a retrain learns from; absent: `triage` is fixed. */
  triageModels?: TriageModelBook | undefined;
  /** Severities whose resolution starts a post-mortem clock; unset: the domain's default. */
  postMortemSeverities?: readonly Severity[] | undefined;
}

export const systemRandomBytes: RandomBytes = (size) => randomBytes(size);

/** Tokens (sessions, API tokens, customer access tokens) are stored as this hash only. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
