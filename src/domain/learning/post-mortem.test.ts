import { describe, expect, it } from 'vitest';
import {
  canCancelAction,
  canCompleteAction,
  canWritePostMortem,
  completionDetail,
  completionProblems,
  isOverdue,
} from './post-mortem.js';

const person = (role: 'admin' | 'supervisor' | 'quality_manager' | 'agent' | 'handler', id = 'u1') => ({
  id,
  role,
});

describe('post-mortem rules', () => {
  it('lets the complaint’s owner, supervisors, quality managers and admins write the post-mortem', () => {
    expect(canWritePostMortem(person('agent', 'owner'), 'owner')).toBe(true);
    expect(canWritePostMortem(person('agent', 'other'), 'owner')).toBe(false);
    expect(canWritePostMortem(person('handler', 'h'), 'owner')).toBe(false);
    for (const role of ['supervisor', 'quality_manager', 'admin'] as const) {
      expect(canWritePostMortem(person(role), null)).toBe(true);
    }
  });

  it('needs the lessons and a live action to complete, and names every missing part', () => {
    const problems = completionProblems({ rootCause: 'process_gap', lessons: '  ', liveActionCount: 0 });
    expect(problems.map((p) => p.path)).toEqual(['lessons', 'actions']);
    expect(completionDetail(problems)).toBe(
      'The post-mortem cannot be completed yet: add the lessons learned, at least one corrective or preventive action.',
    );
    expect(
      completionProblems({ rootCause: 'staff_skill', lessons: '先致歉再解释', liveActionCount: 1 }),
    ).toEqual([]);
    expect(
      completionProblems({ rootCause: null, lessons: 'x', liveActionCount: 2 }).map((p) => p.path),
    ).toEqual(['rootCause']);
  });

  it('lets the action’s owner complete it and its author cancel it, besides quality managers and admins', () => {
    const action = { ownerId: 'owner', createdById: 'author' };
    expect(canCompleteAction(person('handler', 'owner'), action)).toBe(true);
    expect(canCompleteAction(person('supervisor', 'someone'), action)).toBe(false);
    expect(canCompleteAction(person('quality_manager', 'qm'), action)).toBe(true);
    expect(canCancelAction(person('agent', 'author'), action)).toBe(true);
    expect(canCancelAction(person('handler', 'owner'), action)).toBe(false);
    expect(canCancelAction(person('admin', 'a'), action)).toBe(true);
  });

  it('calls an action overdue only while it is open and past its due time', () => {
    const dueAt = new Date('2026-03-10T00:00:00.000Z');
    const after = new Date('2026-03-10T00:00:00.001Z');
    expect(isOverdue({ status: 'open', dueAt }, after)).toBe(true);
    expect(isOverdue({ status: 'open', dueAt }, dueAt)).toBe(false);
    expect(isOverdue({ status: 'done', dueAt }, after)).toBe(false);
    expect(isOverdue({ status: 'cancelled', dueAt }, after)).toBe(false);
  });
});
