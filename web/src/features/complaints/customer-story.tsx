/**
 * The customer's story as it was recorded (PRODUCT.md R2): what they expect, shown
 * first, then what happened, the order or product, and how to reach them (masked for
 * roles that do not need the contact data: the API decides).
 */
import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../api/types';
import { When } from '../../ui/when';
import { SectionCard } from './section-card';

const isMasked = (value: string) => value.includes('*');

export function CustomerStory({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { customer } = complaint;
  const dash = t('complaint.none');
  return (
    <SectionCard title={t('complaint.story')}>
      <section className="cl-expectation" aria-labelledby="cl-expectation-label">
        <span className="cl-expectation-label" id="cl-expectation-label">
          {t('complaint.expectation')}
        </span>
        <span className="cl-prewrap">{complaint.expectation || t('complaint.noExpectation')}</span>
      </section>
      <Typography.Title level={3} style={{ fontSize: 14, marginTop: 0 }}>
        {t('complaint.description')}
      </Typography.Title>
      <Typography.Paragraph className="cl-prewrap" lang={complaint.triage.language === 'zh' ? 'zh' : 'en'}>
        {complaint.description}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          {
            key: 'customer',
            label: t('complaint.customer'),
            children: (
              <span>
                {customer.name} {customer.tier === 'vip' ? <Tag color="magenta">{t('tier.vip')}</Tag> : null}
              </span>
            ),
          },
          { key: 'channel', label: t('complaint.channel'), children: t(`channel.${complaint.channel}`) },
          {
            key: 'email',
            label: t('complaint.email'),
            children: customer.email ? (
              isMasked(customer.email) ? (
                customer.email
              ) : (
                <a href={`mailto:${customer.email}`}>{customer.email}</a>
              )
            ) : (
              dash
            ),
          },
          {
            key: 'phone',
            label: t('complaint.phone'),
            children: customer.phone ? (
              isMasked(customer.phone) ? (
                customer.phone
              ) : (
                <a href={`tel:${customer.phone}`}>{customer.phone}</a>
              )
            ) : (
              dash
            ),
          },
          { key: 'orderRef', label: t('complaint.orderRef'), children: complaint.orderRef ?? dash },
          { key: 'productRef', label: t('complaint.productRef'), children: complaint.productRef ?? dash },
          {
            key: 'received',
            label: t('complaint.received'),
            children: <When at={complaint.receivedAt} show="both" />,
          },
          {
            key: 'occurred',
            label: t('complaint.occurred'),
            children: complaint.occurredAt ? <When at={complaint.occurredAt} /> : dash,
          },
        ]}
      />
    </SectionCard>
  );
}
