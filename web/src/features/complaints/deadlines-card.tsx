/**
 * Every clock a complaint runs on (PRODUCT.md R6, CONTRACT.md §8): first response and
 * resolution from intake, a daily progress update on complex complaints, and the
 * follow-up and post-mortem that start at resolution. Each shows its due time, how far
 * away it is, and its state as the server computed it; a restarted clock its cycle.
 */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../api/types';
import { useNow } from '../../ui/use-now';
import { formatInstant, When } from '../../ui/when';
import { SectionCard } from './section-card';

type ClockView = Complaint['clocks'][number];
type Shown = ClockView['state'] | 'metLate';

const stateColor: Record<Shown, string> = {
  met: 'success',
  metLate: 'orange',
  on_track: 'processing',
  at_risk: 'warning',
  breached: 'error',
  stopped: 'default',
};

/** The server's state, with "met" split by whether it was in time. */
/**
 * The state to show at `now`: the server's, moved on while the page stays open (a running clock
 * passes its warning time, then its due time, without a reload).
 */
function shownState(clock: ClockView, now: number): Shown {
  if (clock.state === 'met' && clock.metAt && Date.parse(clock.metAt) > Date.parse(clock.dueAt)) {
    return 'metLate';
  }
  if (clock.state === 'on_track' || clock.state === 'at_risk') {
    if (now >= Date.parse(clock.dueAt)) return 'breached';
    if (now >= Date.parse(clock.warnAt)) return 'at_risk';
  }
  return clock.state;
}

/** Complaints from before the clocks existed: the two deadlines every complaint has. */
function clocksOf(complaint: Complaint): ClockView[] {
  if (complaint.clocks.length > 0) return complaint.clocks;
  const legacy = (kind: ClockView['kind'], dueAt: string, metAt: string | null): ClockView => ({
    kind,
    state: metAt ? 'met' : complaint.status === 'dismissed' ? 'stopped' : 'on_track',
    cycle: 1,
    startedAt: complaint.receivedAt,
    dueAt,
    warnAt: dueAt,
    metAt,
    breachedAt: null,
    escalatedAt: null,
  });
  return [
    legacy('first_response', complaint.firstResponseDueAt, complaint.firstRespondedAt),
    legacy('resolution', complaint.resolutionDueAt, complaint.resolvedAt),
  ];
}

function Clock({ clock, now }: { clock: ClockView; now: number }) {
  const { t } = useTranslation();
  const state = shownState(clock, now);
  const running = state === 'on_track' || state === 'at_risk' || state === 'breached';
  return (
    <li className="cl-clock" data-clock={clock.kind}>
      <div className="cl-card-line">
        <span>
          <Typography.Text strong>{t(`complaint.clockKind.${clock.kind}`)}</Typography.Text>
          {clock.cycle > 1 && (
            <Typography.Text type="secondary">
              {' · '}
              {t('complaint.clockCycle', { cycle: clock.cycle })}
            </Typography.Text>
          )}
        </span>
        <span className="cl-clock-tags">
          {clock.escalatedAt && (
            <Tag color="volcano" title={formatInstant(clock.escalatedAt)}>
              {t('complaint.clockEscalated')}
            </Tag>
          )}
          <Tag color={stateColor[state]}>{t(`complaint.clockState.${state}`)}</Tag>
        </span>
      </div>
      <div className={state === 'breached' ? 'cl-clock-times cl-overdue' : 'cl-clock-times'}>
        {t('complaint.dueAt')} <When at={clock.dueAt} show={running ? 'both' : 'absolute'} />
        {clock.metAt && (
          <Typography.Text type="secondary">
            {' · '}
            {t('complaint.clockMetAt')} <When at={clock.metAt} />
          </Typography.Text>
        )}
      </div>
    </li>
  );
}

export function DeadlinesCard({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  // Re-rendered every 30 s: the "in 3 hours" and the states move on while the page is open.
  const now = useNow();
  return (
    <SectionCard title={t('complaint.deadlines')}>
      {complaint.status === 'dismissed' && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('complaint.clock.dismissed')}
        </Typography.Paragraph>
      )}
      <ul className="cl-plain-list cl-clocks">
        {clocksOf(complaint).map((clock) => (
          <Clock key={clock.kind} clock={clock} now={now} />
        ))}
      </ul>
    </SectionCard>
  );
}
