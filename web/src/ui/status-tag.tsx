/**
 * Coloured tags for the complaint vocabulary (CONTRACT.md §4), labelled in the current
 * language. Colour is never the only signal: every tag carries its word.
 */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint, ComplaintStatus, Remedy } from '../api/types';

type Severity = Complaint['triage']['severity'];

const statusColor: Record<ComplaintStatus, string> = {
  new: 'blue',
  triaged: 'cyan',
  investigating: 'geekblue',
  remedy_proposed: 'purple',
  in_progress: 'gold',
  resolved: 'green',
  closed: 'default',
  dismissed: 'default',
};

const severityColor: Record<Severity, string> = { minor: 'green', moderate: 'orange', severe: 'red' };

const remedyStatusColor: Record<Remedy['status'], string> = {
  approved: 'green',
  pending_approval: 'gold',
  rejected: 'red',
};

export function StatusTag({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`status.${status}`)}</Tag>;
}

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Tag color={severityColor[severity]} variant="solid">
      {t(`severity.${severity}`)}
    </Tag>
  );
}

export function RemedyStatusTag({ status }: { status: Remedy['status'] }) {
  const { t } = useTranslation();
  return <Tag color={remedyStatusColor[status]}>{t(`remedyStatus.${status}`)}</Tag>;
}
