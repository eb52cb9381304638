/**
 * The agent queue: filter by view (mine, unassigned, needs review, urgent), status and
 * category, search Chinese or English text, and open a complaint by click, Enter, or
 * j/k then Enter. Filters live in the URL; pages load by keyset cursor ("load more").
 */
import { Alert, Button, Flex, Segmented, Select, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLiveEvents } from '../../api/live';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, session } from '../../api/client';
import type { Complaint, ComplaintList } from '../../api/types';
import { problemText } from '../../ui/problem';
import { SearchInput } from '../../ui/search-input';
import {
  categoryOptions,
  filtersFromUrl,
  filtersToApiQuery,
  filtersToUrl,
  queueViews,
  statusOptions,
  type QueueFilters,
} from './queue-filters';
import { QueueList } from './queue-list';
import { OwnerFilterTag } from './owner-filter-tag';
import { TeamFilterTag } from './team-filter-tag';
import { can } from './next-steps';
import './complaints.css';

const pageSize = 50;

interface QueueState {
  items: Complaint[];
  nextCursor: string | null;
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
}

export function ComplaintListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const filters = useMemo(() => filtersFromUrl(params), [params]);
  const apiQuery = filtersToApiQuery(filters, can(session.user(), 'approveRemedy')).toString();
  const [state, setState] = useState<QueueState>({
    items: [],
    nextCursor: null,
    loading: true,
    loadingMore: false,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  // The query the list on screen belongs to: a page that arrives after the filters
  // changed is dropped, not appended.
  const shownQuery = useRef(apiQuery);

  useEffect(() => {
    const controller = new AbortController();
    shownQuery.current = apiQuery;
    setState((s) => ({ ...s, loading: true, error: null }));
    api<ComplaintList>(`/api/v1/complaints?${apiQuery}${apiQuery ? '&' : ''}limit=${pageSize}`, {
      signal: controller.signal,
    }).then(
      (page) =>
        setState({
          items: page.items,
          nextCursor: page.nextCursor,
          loading: false,
          loadingMore: false,
          error: null,
        }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, items: [], nextCursor: null, loading: false, error }));
      },
    );
    return () => controller.abort();
  }, [apiQuery, attempt]);

  // Live: a complaint arrived or moved somewhere. Refresh the first page quietly (no spinner),
  // keeping the pages the agent loaded below it.
  useLiveEvents(() => {
    const query = apiQuery;
    api<ComplaintList>(`/api/v1/complaints?${query}${query ? '&' : ''}limit=${pageSize}`).then(
      (page) => {
        if (shownQuery.current !== query) return;
        setState((s) => {
          if (s.loading || s.loadingMore) return s;
          if (s.items.length <= pageSize) return { ...s, items: page.items, nextCursor: page.nextCursor };
          const fresh = new Set(page.items.map((item) => item.id));
          return {
            ...s,
            items: [...page.items, ...s.items.slice(pageSize).filter((item) => !fresh.has(item.id))],
          };
        });
      },
      () => undefined, // the next event or a manual refresh tries again
    );
  });

  const loadMore = async () => {
    if (!state.nextCursor) return;
    setState((s) => ({ ...s, loadingMore: true, error: null }));
    const query = apiQuery;
    try {
      const cursor = encodeURIComponent(state.nextCursor);
      const page = await api<ComplaintList>(
        `/api/v1/complaints?${query}${query ? '&' : ''}limit=${pageSize}&cursor=${cursor}`,
      );
      if (shownQuery.current !== query) return;
      setState((s) => {
        const known = new Set(s.items.map((c) => c.id));
        return {
          ...s,
          items: [...s.items, ...page.items.filter((c) => !known.has(c.id))],
          nextCursor: page.nextCursor,
          loadingMore: false,
        };
      });
    } catch (error) {
      if (shownQuery.current !== query) return;
      setState((s) => ({ ...s, loadingMore: false, error }));
    }
  };

  // From the address bar, not this render's `filters`: a second change right after the
  // first (before React re-rendered) must not undo it.
  const update = (change: Partial<QueueFilters>) =>
    setParams(filtersToUrl({ ...filtersFromUrl(new URLSearchParams(window.location.search)), ...change }), {
      replace: true,
    });
  const hasFilters =
    filters.view !== 'all' ||
    filters.status.length > 0 ||
    filters.category.length > 0 ||
    !!filters.q ||
    !!filters.owner ||
    !!filters.team ||
    !!filters.clock;

  const open = useCallback(
    (complaint: Complaint) =>
      void navigate(`/complaints/${complaint.id}`, { state: { from: location.search } }),
    [navigate, location.search],
  );

  return (
    <section aria-labelledby="queue-title" className="cl-queue">
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={2} id="queue-title" style={{ margin: 0 }}>
          {t('queue.title')}
        </Typography.Title>
        <Flex align="baseline" gap={16} wrap>
          <Typography.Text type="secondary" className="cl-keyboard-hint">
            {t('queue.keyboardHint')}
          </Typography.Text>
          {['admin', 'supervisor', 'agent'].includes(session.user()?.role ?? '') && (
            <Button
              type="primary"
              href="/complaints/new"
              onClick={(event) => {
                event.preventDefault();
                void navigate('/complaints/new');
              }}
            >
              {t('nav.newComplaint')}
            </Button>
          )}
        </Flex>
      </Flex>

      <div className="cl-queue-filters" role="search" aria-label={t('queue.filters')}>
        <div className="cl-queue-views">
          <Segmented<(typeof queueViews)[number]>
            aria-label={t('queue.view')}
            value={filters.view}
            options={queueViews.map((view) => ({ value: view, label: t(`queue.${view}`) }))}
            onChange={(view) => update({ view })}
          />
        </div>
        <Flex gap={8} wrap>
          <Select
            mode="multiple"
            allowClear
            aria-label={t('queue.status')}
            placeholder={t('queue.anyStatus')}
            value={filters.status}
            onChange={(status) => update({ status })}
            options={statusOptions.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            maxTagCount="responsive"
            style={{ minWidth: 200, flex: '1 1 200px' }}
          />
          <Select
            mode="multiple"
            allowClear
            aria-label={t('queue.category')}
            placeholder={t('queue.anyCategory')}
            value={filters.category}
            onChange={(category) => update({ category })}
            options={categoryOptions.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            maxTagCount="responsive"
            style={{ minWidth: 200, flex: '1 1 200px' }}
          />
          <div style={{ flex: '2 1 280px' }}>
            <SearchInput
              label={t('queue.searchLabel')}
              placeholder={t('queue.search')}
              value={filters.q}
              onSearch={(q) => update({ q })}
            />
          </div>
          {filters.owner && <OwnerFilterTag owner={filters.owner} onClose={() => update({ owner: '' })} />}
          {filters.team && <TeamFilterTag team={filters.team} onClose={() => update({ team: '' })} />}
          {filters.clock && (filters.view === 'atRisk' || filters.view === 'breached') && (
            <Tag
              closable
              onClose={() => update({ clock: '' })}
              closeIcon={<span aria-label={t('queue.clockClear')}>×</span>}
              style={{ alignSelf: 'center', fontSize: 14, padding: '4px 8px' }}
            >
              {t('queue.clockFilter', { clock: t(`complaint.clockKind.${filters.clock}`) })}
            </Tag>
          )}
          {hasFilters && (
            <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>
              {t('queue.clearFilters')}
            </Button>
          )}
        </Flex>
      </div>

      {state.error !== null && (
        <Alert
          type="error"
          showIcon
          title={problemText(state.error, t)}
          action={
            <Button size="small" onClick={() => setAttempt((a) => a + 1)}>
              {t('queue.retry')}
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      )}

      <QueueList
        items={state.items}
        loading={state.loading}
        showUrgent={filters.view !== 'urgent'}
        sla={
          filters.view === 'breached' || filters.view === 'atRisk'
            ? { state: filters.view === 'breached' ? 'breached' : 'at_risk', clock: filters.clock }
            : null
        }
        onOpen={open}
      />

      <Flex justify="center" align="center" gap={12} style={{ marginTop: 16 }}>
        <Typography.Text type="secondary" aria-live="polite">
          {state.loading ? '' : t('queue.shown', { count: state.items.length })}
        </Typography.Text>
        {state.nextCursor && !state.loading && (
          <Button onClick={() => void loadMore()} loading={state.loadingMore}>
            {t('queue.loadMore')}
          </Button>
        )}
      </Flex>
    </section>
  );
}

// React.lazy in app.tsx needs a default export; everything else uses the named one.
export default ComplaintListPage;
