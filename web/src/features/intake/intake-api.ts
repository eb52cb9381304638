/**
 * What the intake form sends and reads: the staff intake body (CONTRACT.md §5), the live
 * triage suggestion (§7); the emotion the agent heard goes with the complaint. Types come from
 * the server's zod contracts.
 */
import type { z } from 'zod';
import type { OpenComplaintBody } from '../../../../src/server/routes/complaints.schema';
import type { TriageBody, TriageView } from '../../../../src/server/routes/triage.schema';
import { api } from '../../api/client';
import type { Complaint } from '../../api/types';

/** The body as JSON carries it: instants are ISO strings (the schema turns them into dates). */
export type IntakeBody = Omit<z.input<typeof OpenComplaintBody>, 'occurredAt' | 'receivedAt'> & {
  occurredAt?: string | undefined;
  receivedAt?: string | undefined;
};
export type TriageSuggestion = z.infer<typeof TriageView>;
export type Channel = IntakeBody['channel'];
export type Emotion = TriageSuggestion['emotion']['label'];

/** Channels an agent logs, the phone first (the web form and email make their own). */
export const intakeChannels: readonly Channel[] = ['phone', 'letter', 'in_person', 'email', 'chat', 'social'];

export const logComplaint = (body: IntakeBody) =>
  api<Complaint>('/api/v1/complaints', { method: 'POST', body });

export type TriageRequest = Pick<z.input<typeof TriageBody>, 'text' | 'tier'>;

/**
 * The text saving triages (src/commands/open-complaint.ts): subject, description and what
 * the customer expects, one per line, the empty ones left out.
 */
export const triageTextOf = (body: Pick<IntakeBody, 'subject' | 'description' | 'expectation'>) =>
  [body.subject, body.description, body.expectation].filter(Boolean).join('\n');

export const suggestTriage = (request: TriageRequest, signal: AbortSignal) =>
  api<TriageSuggestion>('/api/v1/triage', { method: 'POST', body: request, signal });
