/**
 * One case of the library: the story, what the customer expected, what was done and
 * offered, why it happened, what was learned, the answer along the customer's four needs,
 * and the key steps in time. Anonymised on the server; nothing here names the customer.
 */
import { Alert, Descriptions, Flex, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { formatMoney } from '../../ui/money';
import { PageLoading } from '../../ui/page-loading';
import { problemText } from '../../ui/problem';
import { SectionCard } from '../complaints/section-card';
import type { LibraryCase } from './learning-api';
import '../complaints/complaints.css';

export function CasePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [found, setFound] = useState<LibraryCase | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const controller = new AbortController();
    setFound(null);
    setError(null);
    api<LibraryCase>(`/api/v1/cases/${encodeURIComponent(id)}`, { signal: controller.signal })
      .then(setFound)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      });
    return () => controller.abort();
  }, [id]);

  const back = <Link to="/cases">{t('learn.casesPage.back')}</Link>;
  if (error !== null) {
    const notFound = error instanceof ApiError && error.problem.status === 404;
    return (
      <Alert
        type={notFound ? 'warning' : 'error'}
        showIcon
        title={notFound ? t('learn.casesPage.notFound') : problemText(error, t)}
        action={back}
      />
    );
  }
  if (!found) return <PageLoading />;
  const b = found.body;
  const text = (value: string | null) =>
    value ? (
      <span className="cl-prewrap">{value}</span>
    ) : (
      <Typography.Text type="secondary">{t('learn.casesPage.none')}</Typography.Text>
    );

  return (
    <article aria-label={found.title}>
      <Flex vertical gap={16}>
        {back}
        <Typography.Title level={2} style={{ margin: 0 }}>
          {found.title}
        </Typography.Title>
        <div>
          <Tag color="blue">{t(`category.${found.category}`)}</Tag>
          <Tag>{t(`severity.${found.severity}`)}</Tag>
          {found.tags.map((tg) => (
            <Link key={tg} to={`/cases?tag=${encodeURIComponent(tg)}`}>
              <Tag color="geekblue">#{tg}</Tag>
            </Link>
          ))}
        </div>
        <SectionCard title={t('complaint.story')}>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'summary', label: t('learn.casesPage.summary'), children: text(b.summary) },
              { key: 'expectation', label: t('learn.casesPage.expectation'), children: text(b.expectation) },
              {
                key: 'responsibility',
                label: t('learn.casesPage.responsibility'),
                children: b.responsibility ? t(`responsibility.${b.responsibility}`) : text(null),
              },
              { key: 'resolution', label: t('learn.casesPage.resolution'), children: text(b.resolution) },
              {
                key: 'remedies',
                label: t('learn.casesPage.remedies'),
                children: b.remedies.length
                  ? b.remedies
                      .map(
                        (r) =>
                          `${t(`remedyKind.${r.kind}`)}${r.amount === null ? '' : ` ${formatMoney(r.amount, r.currency, i18n.language)}`}`,
                      )
                      .join(' · ')
                  : text(null),
              },
            ]}
          />
        </SectionCard>
        <SectionCard title={t('learn.postMortem')}>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'rootCause',
                label: t('learn.rootCause'),
                children: b.rootCause ? t(`learn.rootCauseKey.${b.rootCause}`) : text(null),
              },
              { key: 'wentWell', label: t('learn.wentWell'), children: text(b.wentWell) },
              { key: 'wentBadly', label: t('learn.wentBadly'), children: text(b.wentBadly) },
              { key: 'lessons', label: t('learn.lessons'), children: text(b.lessons) },
            ]}
          />
        </SectionCard>
        {b.customerAnswer && (
          <SectionCard title={t('learn.answer')}>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'when',
                  label: `1. ${t('learn.whenSolved')}`,
                  children: text(b.customerAnswer.whenSolved),
                },
                {
                  key: 'how',
                  label: `2. ${t('learn.howSolved')}`,
                  children: text(b.customerAnswer.howSolved),
                },
                {
                  key: 'why',
                  label: `3. ${t('learn.answerRootCause')}`,
                  children: text(b.customerAnswer.rootCause),
                },
                {
                  key: 'never',
                  label: `4. ${t('learn.prevention')}`,
                  children: text(b.customerAnswer.prevention),
                },
              ]}
            />
          </SectionCard>
        )}
        <SectionCard title={t('learn.casesPage.timeline')}>
          <Timeline
            items={b.timeline.map((s, i) => ({
              key: i,
              content: (
                <span>
                  {t(`learn.step.${s.step}`)}
                  {s.clock ? ` (${t(`history.clock.${s.clock}`, { defaultValue: s.clock })})` : ''} ·{' '}
                  <Typography.Text type="secondary">
                    {t('learn.casesPage.afterHours', { hours: s.afterHours })}
                  </Typography.Text>
                </span>
              ),
            }))}
          />
        </SectionCard>
      </Flex>
    </article>
  );
}

export default CasePage;
