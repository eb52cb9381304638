/**
 * The frame of every staff page: brand, navigation, language, who is signed in.
 */
import { Button, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, session } from '../api/client';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from './notification-bell';

export function StaffLayout({ children, onSignOut }: { children: ReactNode; onSignOut: () => void }) {
  const { t } = useTranslation();
  const user = session.user();
  const signOut = async () => {
    await api('/api/v1/auth/logout', { method: 'POST' }).catch(() => undefined);
    session.clear();
    onSignOut();
  };
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          columnGap: 24,
          rowGap: 4,
          height: 'auto',
          minHeight: 64,
          lineHeight: '48px',
          background: '#123b57',
          paddingInline: 16,
        }}
      >
        <Link to="/complaints" style={{ color: '#fff', fontWeight: 600, fontSize: 18 }}>
          {t('app.name')}
        </Link>
        <nav aria-label="main" style={{ flex: 1 }}>
          <Link to="/complaints" style={{ color: '#d6e6f2' }}>
            {t('nav.queue')}
          </Link>
          {(user?.role === 'admin' || user?.role === 'supervisor' || user?.role === 'agent') && (
            <Link to="/complaints/new" style={{ color: '#d6e6f2', marginInlineStart: 20 }}>
              {t('nav.newComplaint')}
            </Link>
          )}
          <Link to="/actions" style={{ color: '#d6e6f2', marginInlineStart: 20 }}>
            {t('learn.nav.actions')}
          </Link>
          <Link to="/cases" style={{ color: '#d6e6f2', marginInlineStart: 20 }}>
            {t('learn.nav.cases')}
          </Link>
          <Link to="/tasks" style={{ color: '#d6e6f2', marginInlineStart: 20 }}>
            {t('stepTwoThree.myTasks.nav')}
          </Link>
          {['admin', 'supervisor', 'quality_manager'].includes(user?.role ?? '') && (
            <Link to="/supervision" style={{ color: '#d6e6f2', marginInlineStart: 20 }}>
              {t('supervision.nav')}
            </Link>
          )}
          {user?.role === 'admin' && (
            <Link to="/admin/remedy-matrix" style={{ color: '#d6e6f2', marginInlineStart: 20 }}>
              {t('stepTwoThree.matrix.nav')}
            </Link>
          )}
          {user?.role === 'admin' && (
            <Link to="/admin/deadlines" style={{ color: '#d6e6f2', marginInlineStart: 20 }}>
              {t('deadlines.nav')}
            </Link>
          )}
          {user?.role === 'admin' && (
            <Link to="/admin/triage" style={{ color: '#d6e6f2', marginInlineStart: 20 }}>
              {t('triageModels.nav')}
            </Link>
          )}
          {user?.role === 'admin' && (
            <Link to="/admin/users" style={{ color: '#d6e6f2', marginInlineStart: 20 }}>
              {t('admin.nav')}
            </Link>
          )}
        </nav>
        <Space size="middle" wrap>
          <NotificationBell />
          <LanguageSwitch />
          {user && (
            <Typography.Text style={{ color: '#d6e6f2' }}>
              {user.name} · {t(`complaint.role.${user.role}`)}
            </Typography.Text>
          )}
          <Button size="small" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 20, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
