/**
 * Sign-in for staff. Customers never need an account: the page links to the portal.
 */
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, session, type SessionUser } from '../../api/client';
import { LanguageSwitch } from '../../ui/language-switch';

export function LoginPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: { email: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api<{ token: string; user: SessionUser }>('/api/v1/auth/login', {
        method: 'POST',
        body: values,
        auth: false,
      });
      session.save(result.token, result.user);
      onSignedIn();
    } catch (e) {
      setError(e instanceof ApiError && e.problem.status === 401 ? t('auth.failed') : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#eef3f7',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('auth.title')}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          {error && <Alert type="error" showIcon message={error} />}
          <Form
            layout="vertical"
            onFinish={(v: { email: string; password: string }) => void submit(v)}
            requiredMark={false}
          >
            <Form.Item name="email" label={t('auth.email')} rules={[{ required: true }]}>
              <Input type="email" autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('auth.password')} rules={[{ required: true }]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t('auth.submit')}
            </Button>
          </Form>
          <Typography.Text style={{ fontSize: 12, color: '#4a5866' }}>{t('auth.demoHint')}</Typography.Text>
          <Space separator="·">
            <Link to="/complain">{t('nav.portal')}</Link>
            <Link to="/track">{t('nav.track')}</Link>
          </Space>
        </Space>
      </Card>
    </main>
  );
}
