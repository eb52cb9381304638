/**
 * The frame of every staff page: brand, navigation, language, who is signed in.
 */
import { Button, Dropdown, Layout, Space } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { loadCategories } from '../features/categories/categories-api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, session } from '../api/client';
import { LanguageSwitch } from './language-switch';
import { homePath } from './home-path';
import { NotificationBell } from './notification-bell';

type Role = 'admin' | 'supervisor' | 'quality_manager' | 'agent' | 'handler';

/** The staff pages, in nav order; `roles` limits who sees a link, `admin` puts it in the admin menu. */
const pages: { to: string; label: string; roles?: readonly Role[]; admin?: true }[] = [
  { to: '/complaints', label: 'nav.queue' },
  { to: '/complaints/new', label: 'nav.newComplaint', roles: ['admin', 'supervisor', 'agent'] },
  { to: '/tasks', label: 'stepTwoThree.myTasks.nav' },
  // A handler writes no post-mortem and tracks no actions (src/domain/access/permissions.ts).
  {
    to: '/post-mortems',
    label: 'postMortems.nav',
    roles: ['admin', 'supervisor', 'quality_manager', 'agent'],
  },
  { to: '/actions', label: 'learn.nav.actions', roles: ['admin', 'supervisor', 'quality_manager', 'agent'] },
  { to: '/cases', label: 'learn.nav.cases' },
  { to: '/supervision', label: 'supervision.nav', roles: ['admin', 'supervisor', 'quality_manager'] },
  { to: '/admin/users', label: 'admin.nav', admin: true },
  { to: '/admin/deadlines', label: 'deadlines.nav', admin: true },
  { to: '/admin/remedy-matrix', label: 'stepTwoThree.matrix.nav', admin: true },
  { to: '/admin/reply-templates', label: 'templates.nav', admin: true },
  { to: '/admin/categories', label: 'organisation.categories.nav', admin: true },
  { to: '/admin/triage', label: 'triageModels.nav', admin: true },
];

const linkStyle = { color: '#d6e6f2', whiteSpace: 'nowrap' } as const;

export function StaffLayout({ children, onSignOut }: { children: ReactNode; onSignOut: () => void }) {
  const { t } = useTranslation();
  const user = session.user();
  const role: Role | undefined = user?.role;
  // The admins' category names replace the shipped labels on every staff page.
  useEffect(() => {
    void loadCategories();
  }, []);
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
        <Link to={homePath(role)} style={{ color: '#fff', fontWeight: 600, fontSize: 18 }}>
          {t('app.name')}
        </Link>
        <nav aria-label="main" style={{ flex: 1, display: 'flex', flexWrap: 'wrap', columnGap: 18 }}>
          {pages
            .filter(
              (page) => !page.admin && (!page.roles || (role !== undefined && page.roles.includes(role))),
            )
            .map((page) => (
              <Link key={page.to} to={page.to} style={linkStyle}>
                {t(page.label)}
              </Link>
            ))}
          {role === 'admin' && (
            <Dropdown
              trigger={['click']}
              menu={{
                items: pages
                  .filter((page) => page.admin)
                  .map((page) => ({ key: page.to, label: <Link to={page.to}>{t(page.label)}</Link> })),
              }}
            >
              <Button
                type="link"
                // The header's line height, like the links beside it (a button's own sits 7 px higher).
                style={{ ...linkStyle, padding: 0, height: 'auto', lineHeight: 'inherit', border: 0 }}
                aria-haspopup="menu"
              >
                {t('nav.admin')} ▾
              </Button>
            </Dropdown>
          )}
        </nav>
        <Space size="middle" wrap>
          <NotificationBell />
          <LanguageSwitch />
          {/* Who is signed in, and signing out, in one menu: the header keeps to one line. */}
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                ...(user
                  ? [
                      {
                        key: 'who',
                        disabled: true,
                        label: `${user.name} · ${t(`complaint.role.${user.role}`)}`,
                      },
                    ]
                  : []),
                { key: 'signOut', label: t('auth.signOut'), onClick: () => void signOut() },
              ],
            }}
          >
            <Button
              type="link"
              style={{ ...linkStyle, padding: 0, height: 'auto', lineHeight: 'inherit', border: 0 }}
              aria-haspopup="menu"
              aria-label={user ? `${user.name} · ${t(`complaint.role.${user.role}`)}` : t('auth.signOut')}
            >
              {user?.name ?? t('auth.signOut')} ▾
            </Button>
          </Dropdown>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 20, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
