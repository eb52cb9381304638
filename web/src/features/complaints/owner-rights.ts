/**
 * A mirror of `actsForOwner` in src/domain/complaint/department-task.ts, used only to
 * decide what to show: the owner of a complaint, or a supervisor or admin, records its
 * facts and asks departments. The server decides and answers 403 when this is stale.
 */
import type { SessionUser } from '../../api/client';

export function actsForOwner(user: SessionUser | null, ownerId: string | null): boolean {
  if (!user) return false;
  return (ownerId !== null && user.id === ownerId) || user.role === 'admin' || user.role === 'supervisor';
}
