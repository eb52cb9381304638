/**
 * Users and access (admin, PRODUCT.md R14, R4): staff accounts, their roles and teams, API
 * tokens for integrations, and the authority limits that decide which remedies need
 * approval. The tab is kept in the URL (?tab=tokens) so a link opens it.
 */
import { Alert, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { session } from '../../api/client';
import { AuthorityLimitsPanel } from './authority-limits-panel';
import { TeamsPanel } from './teams-panel';
import { TokensPanel } from './tokens-panel';
import { UsersPanel } from './users-panel';

const tabs = ['users', 'teams', 'tokens', 'limits'] as const;
type Tab = (typeof tabs)[number];

export function UsersPage() {
  const { t } = useTranslation();
  const isAdmin = session.user()?.role === 'admin';
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = isAdmin ? (tabs.find((k) => k === asked) ?? 'users') : 'limits';

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('admin.title')}
      </Typography.Title>
      {!isAdmin && <Alert type="info" showIcon title={t('admin.limits.readOnly')} />}
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => setParams(key === 'users' ? {} : { tab: key }, { replace: true })}
        items={[
          ...(isAdmin
            ? [
                { key: 'users', label: t('admin.tabs.users'), children: <UsersPanel /> },
                { key: 'teams', label: t('organisation.teams.tab'), children: <TeamsPanel /> },
                { key: 'tokens', label: t('admin.tabs.tokens'), children: <TokensPanel /> },
              ]
            : []),
          {
            key: 'limits',
            label: t('admin.tabs.limits'),
            children: <AuthorityLimitsPanel editable={isAdmin} />,
          },
        ]}
      />
    </Flex>
  );
}

export default UsersPage;
