/**
 * Deadlines (admin): the business calendars deadlines count in (weekend, holidays, make-up
 * working days 调休, .ics import) and the deadline policy (targets per category, severity and
 * tier), saved as a new version that new complaints follow.
 */
import { Alert, App, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { session } from '../../api/client';
import { CalendarsPanel } from './calendars-panel';
import { PolicyPanel } from './policy-panel';

export function DeadlinesPage() {
  const { t } = useTranslation();
  const isAdmin = session.user()?.role === 'admin';
  App.useApp();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('deadlines.title')}
      </Typography.Title>
      {!isAdmin && <Alert type="info" showIcon title={t('deadlines.readOnly')} />}
      <Tabs
        items={[
          { key: 'policy', label: t('deadlines.policyTab'), children: <PolicyPanel editable={isAdmin} /> },
          {
            key: 'calendars',
            label: t('deadlines.calendarsTab'),
            children: <CalendarsPanel editable={isAdmin} />,
          },
        ]}
      />
    </Flex>
  );
}

export default DeadlinesPage;
