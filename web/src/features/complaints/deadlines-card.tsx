/**
 * The two clocks every complaint runs on (PRODUCT.md R6): first response and resolution,
 * each with its due time, how far away it is, and whether it was met or is overdue.
 */
import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../api/types';
import { When } from '../../ui/when';

interface ClockProps {
  label: string;
  dueAt: string;
  doneAt: string | null;
  doneLabel: string;
  now: number;
}

function Clock({ label, dueAt, doneAt, doneLabel, now }: ClockProps) {
  const { t } = useTranslation();
  const due = Date.parse(dueAt);
  const state = doneAt ? (Date.parse(doneAt) <= due ? 'met' : 'metLate') : now > due ? 'overdue' : 'running';
  const color = { met: 'green', metLate: 'orange', overdue: 'red', running: 'blue' }[state];
  return (
    <div>
      <div className="cl-card-line">
        <Typography.Text strong>{label}</Typography.Text>
        <Tag color={color}>{t(`complaint.clock.${state}`)}</Tag>
      </div>
      <div className={state === 'overdue' ? 'cl-overdue' : undefined}>
        {t('complaint.dueAt')} <When at={dueAt} show="both" />
      </div>
      {doneAt && (
        <Typography.Text type="secondary">
          {doneLabel} <When at={doneAt} />
        </Typography.Text>
      )}
    </div>
  );
}

function NotApplicable({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text strong>{label}</Typography.Text>
      <div>
        <Typography.Text type="secondary">{t('complaint.clock.dismissed')}</Typography.Text>
      </div>
    </>
  );
}

export function DeadlinesCard({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  // Read at render, like every relative time on the page: no timer keeps it ticking.
  const now = Date.now();
  const dismissed = complaint.status === 'dismissed';
  return (
    <Card title={t('complaint.deadlines')} size="small">
      <ul className="cl-plain-list">
        <li>
          {dismissed && !complaint.firstRespondedAt ? (
            <NotApplicable label={t('complaint.firstResponse')} />
          ) : (
            <Clock
              label={t('complaint.firstResponse')}
              dueAt={complaint.firstResponseDueAt}
              doneAt={complaint.firstRespondedAt}
              doneLabel={t('complaint.respondedAt')}
              now={now}
            />
          )}
        </li>
        <li>
          {dismissed ? (
            <NotApplicable label={t('complaint.resolution')} />
          ) : (
            <Clock
              label={t('complaint.resolution')}
              dueAt={complaint.resolutionDueAt}
              doneAt={complaint.resolvedAt}
              doneLabel={t('complaint.resolvedAt')}
              now={now}
            />
          )}
        </li>
      </ul>
    </Card>
  );
}
