/**
 * Domain errors: the closed list of things that can go wrong for business reasons.
 *
 * Every code is mapped to an HTTP status in `server/problem.ts`; a new code fails to
 * compile there until it is mapped. `detail` is safe to show to the person who asked.
 */
export type DomainErrorCode =
  | 'complaint.not_found'
  | 'complaint.transition_not_allowed'
  | 'complaint.precondition_failed'
  | 'complaint.version_conflict'
  | 'remedy.not_found'
  | 'remedy.not_concrete'
  | 'remedy.beyond_authority'
  | 'remedy.already_decided'
  | 'task.not_found'
  | 'reply_template.not_found'
  | 'task.not_open'
  | 'attachment.not_found'
  | 'attachment.too_large'
  | 'attachment.type_not_allowed'
  | 'user.not_found'
  | 'user.email_taken'
  | 'user.self_lockout'
  | 'user.last_admin'
  | 'auth.invalid_credentials'
  | 'auth.unauthenticated'
  | 'auth.forbidden'
  | 'auth.token_not_found'
  | 'job.not_found'
  | 'calendar.not_found'
  | 'survey.not_open'
  | 'survey.already_submitted'
  | 'offer.not_open'
  | 'follow_up.not_open'
  | 'action.not_found'
  | 'action.not_open'
  | 'case.not_found'
  | 'case.already_in_library'
  | 'triage_model.not_found'
  | 'triage_model.unreadable'
  | 'team.not_found'
  | 'team.name_taken'
  | 'input.invalid';

export interface FieldProblem {
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly errors?: readonly FieldProblem[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
