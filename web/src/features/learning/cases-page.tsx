/**
 * The case library (seed 000 step 6): anonymised typical cases for training, searched in
 * Chinese and English and filtered by category, severity and tag. Every staff role reads it.
 */
import { Alert, Button, Card, Empty, Flex, Select, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { usePagedList } from '../../api/use-paged-list';
import { PageLoading } from '../../ui/page-loading';
import { problemText } from '../../ui/problem';
import { SearchInput } from '../../ui/search-input';
import { When } from '../../ui/when';
import type { CasePage } from './learning-api';
import { categories, severities } from '../../api/vocabulary';

const pageSize = 30;

export function CasesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? '';
  const severity = params.get('severity') ?? '';
  const tag = params.get('tag') ?? '';

  const url = useCallback(
    (cursor: string | null) => {
      const search = new URLSearchParams({ limit: String(pageSize) });
      if (q) search.set('q', q);
      if (category) search.set('category', category);
      if (severity) search.set('severity', severity);
      if (tag) search.set('tag', tag);
      if (cursor) search.set('cursor', cursor);
      return `/api/v1/cases?${search.toString()}`;
    },
    [q, category, severity, tag],
  );

  const { items, hasMore, error, loadMore } = usePagedList<CasePage['items'][number]>(url);

  const set = (key: string, value: string) => {
    const nextParams = new URLSearchParams(params);
    if (value) nextParams.set(key, value);
    else nextParams.delete(key);
    setParams(nextParams, { replace: true });
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('learn.casesPage.title')}
      </Typography.Title>
      <Flex gap={8} wrap>
        <div style={{ flex: '1 1 320px' }}>
          <SearchInput
            value={q}
            onSearch={(v) => set('q', v)}
            label={t('learn.casesPage.searchLabel')}
            placeholder={t('learn.casesPage.search')}
          />
        </div>
        <Select
          aria-label={t('queue.category')}
          value={category}
          onChange={(v) => set('category', v)}
          style={{ minWidth: 160 }}
          options={[
            { value: '', label: t('learn.casesPage.anyCategory') },
            ...categories.map((c) => ({ value: c, label: t(`category.${c}`) })),
          ]}
        />
        <Select
          aria-label={t('queue.severity')}
          value={severity}
          onChange={(v) => set('severity', v)}
          style={{ minWidth: 140 }}
          options={[
            { value: '', label: t('learn.casesPage.anySeverity') },
            ...severities.map((s) => ({ value: s, label: t(`severity.${s}`) })),
          ]}
        />
        {tag && (
          <Tag closable onClose={() => set('tag', '')} style={{ alignSelf: 'center' }}>
            {t('learn.casesPage.tag')}
            {t('complaint.colon')}
            {tag}
          </Tag>
        )}
      </Flex>
      {error !== null && <Alert type="error" showIcon title={problemText(error, t)} />}
      {items === null && error === null && <PageLoading />}
      {items?.length === 0 && <Empty description={t('learn.casesPage.empty')} />}
      <ul
        className="cl-plain-list"
        aria-label={t('learn.casesPage.title')}
        style={{ display: 'grid', gap: 12 }}
      >
        {items?.map((c) => (
          <li key={c.id}>
            <Card size="small">
              <Flex justify="space-between" gap={8} wrap>
                <Link to={`/cases/${c.id}`} style={{ fontWeight: 600 }}>
                  {c.title}
                </Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <When at={c.createdAt} />
                </Typography.Text>
              </Flex>
              <div style={{ margin: '6px 0' }}>
                <Tag color="blue">{t(`category.${c.category}`)}</Tag>
                <Tag>{t(`severity.${c.severity}`)}</Tag>
                {c.tags.map((tg) => (
                  <Tag key={tg} color="geekblue" style={{ cursor: 'pointer' }} onClick={() => set('tag', tg)}>
                    #{tg}
                  </Tag>
                ))}
              </div>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {c.excerpt}
              </Typography.Paragraph>
            </Card>
          </li>
        ))}
      </ul>
      {hasMore && (
        <Button onClick={() => void loadMore()} style={{ alignSelf: 'center' }}>
          {t('learn.casesPage.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

export default CasesPage;
