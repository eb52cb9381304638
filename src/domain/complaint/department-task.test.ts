import { describe, expect, it } from 'vitest';
import { actsForOwner, mayCompleteTask, seesOnlyOwnTasks, taskRequestProblems } from './department-task.js';
import { factChanges, factsProblems, normalizeFacts } from './verified-facts.js';
import { remedyTimeline } from './remedy-timeline.js';

describe('department tasks', () => {
  const task = { handlerId: 'handler-1' };

  it('lets the owner, a supervisor or an admin act for the complaint, nobody else', () => {
    expect(actsForOwner({ id: 'agent-1', role: 'agent' }, 'agent-1')).toBe(true);
    expect(actsForOwner({ id: 'agent-2', role: 'agent' }, 'agent-1')).toBe(false);
    expect(actsForOwner({ id: 'agent-2', role: 'agent' }, null)).toBe(false);
    expect(actsForOwner({ id: 'boss', role: 'supervisor' }, 'agent-1')).toBe(true);
    expect(actsForOwner({ id: 'root', role: 'admin' }, null)).toBe(true);
    expect(actsForOwner({ id: 'qm', role: 'quality_manager' }, 'agent-1')).toBe(false);
  });

  it('lets the handler or whoever acts for the owner complete a task', () => {
    expect(mayCompleteTask({ id: 'handler-1', role: 'handler' }, task, 'agent-1')).toBe(true);
    expect(mayCompleteTask({ id: 'handler-2', role: 'handler' }, task, 'agent-1')).toBe(false);
    expect(mayCompleteTask({ id: 'agent-1', role: 'agent' }, task, 'agent-1')).toBe(true);
    expect(mayCompleteTask({ id: 'agent-2', role: 'agent' }, task, 'agent-1')).toBe(false);
  });

  it('shows handlers only their own tasks', () => {
    expect(seesOnlyOwnTasks('handler')).toBe(true);
    expect(seesOnlyOwnTasks('agent')).toBe(false);
  });

  it('needs a due date ahead of now', () => {
    const now = new Date('2026-03-02T09:00:00.000Z');
    expect(taskRequestProblems({ dueAt: new Date('2026-03-02T08:59:59.000Z') }, now)).toEqual([
      { path: 'dueAt', message: 'must be in the future' },
    ]);
    expect(taskRequestProblems({ dueAt: now }, now)).toHaveLength(1);
    expect(taskRequestProblems({ dueAt: new Date('2026-03-02T10:00:00.000Z') }, now)).toEqual([]);
  });
});

describe('verified facts', () => {
  const current = { verifiedFacts: null, responsibility: null, orderRef: 'A-1', productRef: null };

  it('stores blank text as null and reports only the fields that change', () => {
    const next = normalizeFacts({
      verifiedFacts: '  Filter not cleaned for 3 months ',
      responsibility: 'internal_process',
      orderRef: 'A-1',
      productRef: '   ',
    });
    expect(next).toEqual({
      verifiedFacts: 'Filter not cleaned for 3 months',
      responsibility: 'internal_process',
      orderRef: 'A-1',
      productRef: null,
    });
    expect(factChanges(current, next)).toEqual({
      verifiedFacts: [null, 'Filter not cleaned for 3 months'],
      responsibility: [null, 'internal_process'],
    });
  });

  it('keeps a responsibility once a remedy was proposed', () => {
    const cleared = { ...current, responsibility: null };
    expect(factsProblems('investigating', cleared)).toEqual([]);
    expect(factsProblems('remedy_proposed', cleared)[0]?.path).toBe('responsibility');
    expect(factsProblems('in_progress', { ...cleared, responsibility: 'third_party' })).toEqual([]);
  });
});

describe('the customer’s timeline of a remedy above authority', () => {
  const history = [
    {
      at: new Date('2026-03-02T01:00:00.000Z'),
      action: 'remedy.proposed',
      changes: { remedyId: 'r1', status: 'pending_approval', answerBy: '2026-03-03T01:00:00.000Z' },
    },
    {
      at: new Date('2026-03-02T01:05:00.000Z'),
      action: 'remedy.proposed',
      changes: { remedyId: 'r2', status: 'approved' },
    },
    {
      at: new Date('2026-03-02T02:00:00.000Z'),
      action: 'remedy.rejected',
      changes: { remedyId: 'r1', reason: 'too much' },
    },
  ];

  it('says when the answer will come, in the business’s time zone, and never the approver’s reason', () => {
    const items = remedyTimeline(history, 'zh-CN', 'Asia/Shanghai');
    expect(items.map((i) => i.kind)).toEqual(['remedy_pending', 'remedy_rejected']);
    expect(items[0]?.text).toContain('09:00（北京时间）');
    expect(items.map((i) => i.text).join()).not.toContain('too much');
    const english = remedyTimeline(history, 'en-US', 'Asia/Shanghai');
    expect(english[0]?.text).toMatch(/answer by March 3, 2026 at 9:00\sAM \(GMT\+8\)/);
  });

  it('tells nothing about remedies approved at once', () => {
    expect(remedyTimeline(history.slice(1, 2), 'en-US', 'UTC')).toEqual([]);
  });
});
