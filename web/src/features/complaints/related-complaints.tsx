/**
 * Related complaints (PRODUCT.md R13): the same customer's repeat complaints within 30 days
 * (二次投诉) and near-duplicate texts, both directions. Shown only when there are some.
 */
import { Flex, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { ComplaintStatus } from '../../api/types';
import { ItemList } from '../../ui/item-list';
import { StatusTag } from '../../ui/status-tag';
import { When } from '../../ui/when';
import { SectionCard } from './section-card';

interface ComplaintLink {
  kind: 'repeat' | 'duplicate';
  direction: 'earlier' | 'later';
  score: number;
  complaint: {
    id: string;
    trackingNumber: string;
    subject: string;
    status: ComplaintStatus;
    receivedAt: string;
  };
}

export function RelatedComplaints({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const [links, setLinks] = useState<ComplaintLink[]>([]);

  useEffect(() => {
    let current = true;
    api<{ items: ComplaintLink[] }>(`/api/v1/complaints/${complaintId}/links`)
      .then((answer) => current && setLinks(answer.items))
      // Related complaints are a help, not the page: without them the rest still works.
      .catch(() => current && setLinks([]));
    return () => {
      current = false;
    };
  }, [complaintId]);

  if (links.length === 0) return null;
  return (
    <SectionCard title={t('related.title', { count: links.length })}>
      <ItemList
        items={links}
        itemKey={(link) => `${link.kind}-${link.complaint.id}`}
        itemStyle={{ padding: '8px 0', background: 'transparent' }}
        renderItem={(link) => (
          <Flex vertical gap={2} style={{ width: '100%' }}>
            <Flex gap={6} wrap align="center">
              <Tag color={link.kind === 'repeat' ? 'volcano' : 'purple'}>
                {t(`related.${link.kind}.${link.direction}`)}
              </Tag>
              {link.kind === 'duplicate' && (
                <Typography.Text type="secondary">
                  {t('related.similarity', { percent: Math.round(link.score * 100) })}
                </Typography.Text>
              )}
              <StatusTag status={link.complaint.status} />
            </Flex>
            <Link to={`/complaints/${link.complaint.id}`}>
              {link.complaint.trackingNumber} · {link.complaint.subject}
            </Link>
            <Typography.Text type="secondary">
              <When at={link.complaint.receivedAt} />
            </Typography.Text>
          </Flex>
        )}
      />
    </SectionCard>
  );
}
