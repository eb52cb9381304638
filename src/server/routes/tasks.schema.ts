/**
 * The department task API's shapes (step 2): what an owner asks of a department, what a
 * handler answers, and what a handler sees of the complaint (never the customer's contact).
 * The web app imports these contracts; nothing else defines them.
 */
import { z } from 'zod';
import { taskStatuses } from '../../domain/complaint/department-task.js';
import { complaintStatuses } from '../../domain/complaint/lifecycle.js';
import { categories, departments, severities } from '../../domain/vocabulary.js';
import { commaList, instant, requiredText } from '../http/text.js';

export const TaskBody = z.object({
  department: z.enum(departments),
  handlerId: z.uuid(),
  request: requiredText(2_000).meta({ description: 'What the department is asked to check or do' }),
  dueAt: instant.meta({ description: 'When the answer is due; must be in the future' }),
});
export type TaskBody = z.infer<typeof TaskBody>;

export const CompleteTaskBody = z.object({
  outcome: requiredText(5_000).meta({ description: 'What the department found or did' }),
});
export const CancelTaskBody = z.object({ reason: requiredText(2_000) });

export const TaskIdParams = z.object({ id: z.string().max(100) });

export const ListTasksQuery = z.object({
  mine: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true: only tasks given to me (a handler always sees only theirs)' }),
  status: commaList(z.enum(taskStatuses)),
  complaintId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

const Instant = z.string();

/** What a handler needs of the complaint to act: no customer name, email or phone. */
export const TaskComplaintView = z.object({
  id: z.string(),
  trackingNumber: z.string(),
  status: z.enum(complaintStatuses),
  subject: z.string(),
  description: z.string(),
  verifiedFacts: z.string().nullable(),
  orderRef: z.string().nullable(),
  productRef: z.string().nullable(),
  category: z.enum(categories),
  severity: z.enum(severities),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
});

export const TaskView = z.object({
  id: z.string(),
  complaintId: z.string(),
  department: z.enum(departments),
  handlerId: z.string(),
  handlerName: z.string().nullable(),
  request: z.string(),
  dueAt: Instant,
  status: z.enum(taskStatuses),
  outcome: z.string().nullable().meta({ description: 'The outcome when done; the reason when cancelled' }),
  createdById: z.string(),
  createdByName: z.string().nullable(),
  createdAt: Instant,
  completedAt: Instant.nullable(),
  overdue: z.boolean().meta({ description: 'Still open after its due time' }),
  complaint: TaskComplaintView.optional().meta({ description: 'In task lists across complaints' }),
});

export const TaskList = z.object({ items: z.array(TaskView) });
export const TaskPage = z.object({ items: z.array(TaskView), nextCursor: z.string().nullable() });
