/**
 * Where a signed-in person starts: a handler (department staff helping on tasks) on their
 * tasks, everyone else on the complaint queue.
 */
export const homePath = (role: string | undefined): string => (role === 'handler' ? '/tasks' : '/complaints');
