/**
 * Step 6 (learn) as the web app sees it: the shapes taken from the server's contracts
 * (learning.schema.ts, type-only imports), the keys it offers in forms, and who may do what,
 * a mirror of src/domain/learning/post-mortem.ts used only to decide what to show (the server
 * decides, and answers 403 when this is out of date).
 */
import type { z } from 'zod';
import type {
  ActionPage as ActionPageSchema,
  ActionView,
  CasePage as CasePageSchema,
  CaseView,
  PostMortemPage as PostMortemPageSchema,
  PostMortemView,
} from '../../../../src/server/routes/learning.schema';
import type { SessionUser } from '../../api/client';

export type PostMortem = z.infer<typeof PostMortemView>;
export type PostMortemLine = z.infer<typeof PostMortemPageSchema>['items'][number];
export type CorrectiveAction = z.infer<typeof ActionView>;
export type ActionPage = z.infer<typeof ActionPageSchema>;
export type LibraryCase = z.infer<typeof CaseView>;
export type CasePage = z.infer<typeof CasePageSchema>;
export type RootCause = NonNullable<PostMortem['rootCause']>;
export type ActionKind = CorrectiveAction['kind'];

export const rootCauses: readonly RootCause[] = [
  'process_gap',
  'staff_skill',
  'resources',
  'product_defect',
  'third_party',
  'other',
];
export const actionKinds: readonly ActionKind[] = ['corrective', 'preventive'];

type Role = SessionUser['role'];
const has = (user: SessionUser | null, roles: readonly Role[]) => user !== null && roles.includes(user.role);

export const canWritePostMortem = (user: SessionUser | null, complaintOwnerId: string | null) =>
  has(user, ['admin', 'supervisor', 'quality_manager']) || (user !== null && user.id === complaintOwnerId);

export const canCompleteAction = (user: SessionUser | null, action: CorrectiveAction) =>
  has(user, ['admin', 'quality_manager']) || user?.id === action.ownerId;

export const canCancelAction = (user: SessionUser | null, action: CorrectiveAction) =>
  has(user, ['admin', 'quality_manager']) || user?.id === action.createdById;

export const canAddToLibrary = (user: SessionUser | null) =>
  has(user, ['admin', 'supervisor', 'quality_manager']);

/** Quality managers, supervisors and admins track everyone's actions; others their own. */
export const tracksAllActions = (user: SessionUser | null) =>
  has(user, ['admin', 'supervisor', 'quality_manager']);

/** The status to show: an open action past its due time is overdue. */
export const actionState = (a: CorrectiveAction) => (a.status === 'open' && a.overdue ? 'overdue' : a.status);
