/**
 * The top of a complaint: tracking number, subject, status and the flags that decide
 * how fast it must move (severity, urgent, VIP, needs review), and who owns it.
 */
import { Flex, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Complaint } from '../../api/types';
import { SeverityTag, StatusTag } from '../../ui/status-tag';

interface ComplaintHeaderProps {
  complaint: Complaint;
  backTo: string;
  ownerName: string | null;
}

export function ComplaintHeader({ complaint, backTo, ownerName }: ComplaintHeaderProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const colon = t('complaint.colon');
  // Screen readers start at the complaint, not at the top of the page.
  useEffect(() => heading.current?.focus(), [complaint.id]);
  return (
    <header style={{ marginBottom: 16 }}>
      <Link to={backTo}>← {t('complaint.back')}</Link>
      <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
        <Typography.Text copyable className="cl-tracking-number" style={{ fontSize: 16 }}>
          {complaint.trackingNumber}
        </Typography.Text>
        <StatusTag status={complaint.status} />
        <SeverityTag severity={complaint.triage.severity} />
        {complaint.triage.urgent && <Tag color="red">{t('complaint.urgent')}</Tag>}
        {complaint.customer.tier === 'vip' && <Tag color="magenta">{t('complaint.vip')}</Tag>}
        {complaint.triage.needsReview && <Tag color="orange">{t('complaint.needsReview')}</Tag>}
        {complaint.repeatOfId && <Tag color="volcano">{t('related.repeatTag')}</Tag>}
      </Flex>
      <Typography.Title
        level={2}
        ref={heading}
        tabIndex={-1}
        style={{ margin: '8px 0 4px', outline: 'none' }}
      >
        {complaint.subject}
      </Typography.Title>
      <Typography.Text type="secondary">
        {t('complaint.owner')}
        {colon}
        {ownerName ?? t('complaint.unassigned')} · {t('complaint.complexity')}
        {colon}
        {t(`complaint.complexityValue.${complaint.complexity}`)}
        {complaint.responsibility && (
          <>
            {' '}
            · {t('complaint.responsibility')}
            {colon}
            {t(`responsibility.${complaint.responsibility}`)}
          </>
        )}
      </Typography.Text>
    </header>
  );
}
