/** English texts of the post-mortem list. Keys mirror post-mortems-zh-CN.ts. */
export const postMortemsEnUS = {
  nav: 'Post-mortems',
  title: 'Post-mortems',
  intro:
    'Within 48 hours of resolution, each moderate or severe complaint gets its post-mortem: root cause, lessons and at least one corrective or preventive action.',
  mine: 'You see the post-mortems of the complaints you own.',
  view: 'Which post-mortems',
  views: { due: 'Due', overdue: 'Overdue', done: 'Done' },
  empty: {
    due: 'No post-mortem is due.',
    overdue: 'No post-mortem is overdue.',
    done: 'No post-mortem completed yet.',
  },
  due: 'Due {{when}}',
  overdueSince: 'Overdue since {{when}}',
  completed: 'Completed {{when}}',
  resolved: 'Resolved {{when}}',
  owner: 'Owner: {{name}}',
  noOwner: 'No owner',
  rootCause: 'Root cause: {{cause}}',
  write: 'Write it',
  open: 'Open',
  loadMore: 'Load more',
};
