/**
 * One complaint, everything an owner needs on one screen: the customer's story, triage,
 * deadlines, the timeline with the reply composer, evidence, remedies and the next
 * steps. Loaded in parallel and refreshed after each action (no polling).
 */
import { Alert, Button, Col, Flex, Row } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ApiError, session } from '../../api/client';
import { PageLoading } from '../../ui/page-loading';
import { problemText } from '../../ui/problem';
import { ClosingCard } from './closing-card';
import { ComplaintHeader } from './complaint-header';
import { PostMortemCard } from '../learning/post-mortem-card';
import { ComplaintTimeline } from './complaint-timeline';
import { CustomerStory } from './customer-story';
import { DeadlinesCard } from './deadlines-card';
import { DepartmentTasksCard } from './department-tasks-card';
import { FactsCard } from './facts-card';
import { EvidenceList } from './evidence-list';
import { LifecycleActions } from './lifecycle-actions';
import { isOpen } from './next-steps';
import { RelatedComplaints } from './related-complaints';
import { RemediesCard } from './remedies-card';
import { ReplyComposer } from './reply-composer';
import { SectionCard } from './section-card';
import { TriageCard } from './triage-card';
import { useComplaintRecord } from './use-complaint-record';
import { useStaffUsers } from './use-staff-users';
import './complaints.css';

export function ComplaintDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { record, error, reload } = useComplaintRecord(id);
  const users = useStaffUsers();
  const from = (location.state as { from?: unknown } | null)?.from;
  const backTo = `/complaints${typeof from === 'string' ? from : ''}`;

  // The complaint names the staff it refers to, for every role (a handler lists no accounts);
  // the accounts list names those it does not refer to yet (just picked, not reloaded).
  const staff = record?.complaint.staff;
  const nameOf = useCallback(
    (userId: string | null): string | null => {
      if (!userId) return null;
      const me = session.user();
      if (me?.id === userId) return me.name;
      return staff?.find((s) => s.id === userId)?.name ?? users.find((u) => u.id === userId)?.name ?? null;
    },
    [staff, users],
  );

  if (!record) {
    if (!error) return <PageLoading />;
    const notFound = error instanceof ApiError && error.problem.status === 404;
    // No antd Result here: its illustrations would weigh on every page's first load.
    return (
      <Alert
        type={notFound ? 'warning' : 'error'}
        showIcon
        title={notFound ? t('complaint.notFound') : problemText(error, t)}
        action={
          <Flex gap={8} align="center">
            {!notFound && (
              <Button size="small" onClick={() => void reload()}>
                {t('complaint.retry')}
              </Button>
            )}
            <Link to={backTo}>{t('complaint.back')}</Link>
          </Flex>
        }
      />
    );
  }

  const { complaint } = record;
  return (
    <article aria-label={complaint.trackingNumber}>
      <ComplaintHeader
        complaint={complaint}
        backTo={backTo}
        ownerName={complaint.ownerId ? (nameOf(complaint.ownerId) ?? t('complaint.someone')) : null}
      />
      {error !== null && (
        <Alert type="warning" showIcon title={problemText(error, t)} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <div style={{ display: 'grid', gap: 16 }}>
            <CustomerStory complaint={complaint} />
            <FactsCard complaint={complaint} onChanged={reload} />
            <DepartmentTasksCard complaint={complaint} users={users} onChanged={reload} />
            <SectionCard title={t('complaint.timeline')}>
              <ComplaintTimeline record={record} nameOf={nameOf} />
              {/* A dismissed complaint takes no more messages (the server refuses them). */}
              {complaint.status !== 'dismissed' && (
                <div style={{ borderTop: '1px solid #f0f0f0', paddingTop: 12, marginTop: 4 }}>
                  <ReplyComposer complaintId={complaint.id} locale={complaint.locale} onSent={reload} />
                </div>
              )}
            </SectionCard>
          </div>
        </Col>
        <Col xs={24} lg={9}>
          <div style={{ display: 'grid', gap: 16 }}>
            <LifecycleActions complaint={complaint} users={users} onChanged={reload} />
            <DeadlinesCard complaint={complaint} />
            <TriageCard complaint={complaint} onChanged={reload} />
            <RelatedComplaints complaintId={complaint.id} />
            <RemediesCard
              complaintId={complaint.id}
              open={isOpen(complaint.status)}
              remedies={record.remedies}
              nameOf={nameOf}
              onChanged={reload}
              remedyCost={complaint.remedyCost}
            />
            <ClosingCard complaint={complaint} nameOf={nameOf} onChanged={reload} />
            <PostMortemCard complaint={complaint} users={users} nameOf={nameOf} onChanged={reload} />
            <EvidenceList attachments={record.attachments} />
          </div>
        </Col>
      </Row>
    </article>
  );
}

// React.lazy in app.tsx needs a default export; everything else uses the named one.
export default ComplaintDetailPage;
