/**
 * Names of colleagues for the roles that may not list staff accounts (a handler): the
 * names their own tasks on this complaint carry (its owner, who asked, who handles). The
 * tasks API shows a handler these names, so the complaint page names the owner as the
 * task card does.
 */
import { useEffect, useState } from 'react';
import { api, session } from '../../api/client';
import type { TaskPage } from '../../../../src/server/routes/tasks.schema';
import type { z } from 'zod';
import { can } from './next-steps';

export function useTaskNames(complaintId: string): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!complaintId || can(session.user(), 'listUsers')) return;
    let live = true;
    api<z.infer<typeof TaskPage>>(
      `/api/v1/tasks?complaintId=${encodeURIComponent(complaintId)}&limit=50`,
    ).then(
      (page) => {
        const found = new Map<string, string>();
        for (const task of page.items) {
          if (task.handlerName) found.set(task.handlerId, task.handlerName);
          if (task.createdByName) found.set(task.createdById, task.createdByName);
          if (task.complaint?.ownerId && task.complaint.ownerName) {
            found.set(task.complaint.ownerId, task.complaint.ownerName);
          }
        }
        if (live) setNames(found);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [complaintId]);
  return names;
}
