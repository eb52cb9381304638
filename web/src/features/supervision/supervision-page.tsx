/**
 * The supervisor's page (admins, supervisors, quality managers): deadline board, workload,
 * approvals inbox and escalations, one tab each with its own address (/supervision/…), made
 * to be read on a wall screen: large numbers, full screen on request, live updates.
 */
import { Button, Flex, Result, Tabs, Typography } from 'antd';
import { useRef, useState, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { session } from '../../api/client';
import { ApprovalsInbox } from './approvals-inbox';
import { DeadlineBoardView } from './deadline-board';
import { EscalationsList } from './escalations-list';
import { supervisionRoles } from './supervision-api';
import { WorkloadView } from './workload-view';
import './supervision.css';

const views = ['board', 'workload', 'approvals', 'escalations'] as const;
type View = (typeof views)[number];

export function SupervisionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { view: raw } = useParams();
  const view: View = (views as readonly string[]).includes(raw ?? '') ? (raw as View) : 'board';
  const frame = useRef<HTMLElement>(null);
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement === frame.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  if (!supervisionRoles.includes(session.user()?.role ?? '')) {
    return <Result status="403" title={t('supervision.forbidden')} />;
  }

  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void frame.current?.requestFullscreen();
  };

  return (
    <section ref={frame} aria-labelledby="supervision-title" className="cl-supervision">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} id="supervision-title" style={{ margin: 0 }}>
          {t('supervision.title')}
        </Typography.Title>
        {typeof document.documentElement.requestFullscreen === 'function' && (
          <Button onClick={toggleFullScreen}>
            {fullScreen ? t('supervision.exitFullScreen') : t('supervision.fullScreen')}
          </Button>
        )}
      </Flex>
      <Tabs
        activeKey={view}
        size="large"
        onChange={(key) => void navigate(key === 'board' ? '/supervision' : `/supervision/${key}`)}
        destroyOnHidden
        items={[
          { key: 'board', label: t('supervision.tabs.board'), children: <DeadlineBoardView /> },
          { key: 'workload', label: t('supervision.tabs.workload'), children: <WorkloadView /> },
          { key: 'approvals', label: t('supervision.tabs.approvals'), children: <ApprovalsInbox /> },
          { key: 'escalations', label: t('supervision.tabs.escalations'), children: <EscalationsList /> },
        ]}
      />
    </section>
  );
}

// React.lazy in app.tsx needs a default export; everything else uses the named one.
export default SupervisionPage;
