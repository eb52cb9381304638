/**
 * The frame of the customer portal (/complain, /track): brand, language, the two pages.
 * Mobile first: one column, at most 640 px wide. Text colours meet WCAG AA contrast,
 * and everything that takes the keyboard shows where the focus is.
 */
import { theme } from '../../ui/theme';
import { ConfigProvider } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LanguageSwitch } from '../../ui/language-switch';

const focusStyles = `
body { margin: 0; }
.closeloop-portal a:focus-visible,
.closeloop-portal button:focus-visible,
.closeloop-portal [role='button']:focus-visible,
.closeloop-portal .ant-segmented-item:has(input:focus-visible) {
  outline: 3px solid #f0a030;
  outline-offset: 2px;
}
.closeloop-portal .ant-input:focus,
.closeloop-portal .ant-input-affix-wrapper-focused {
  box-shadow: 0 0 0 3px rgba(31, 95, 139, 0.35);
}
.closeloop-portal-nav a { color: #d6e6f2; text-decoration: underline; text-underline-offset: 3px; }
.closeloop-portal-nav a[aria-current='page'] { color: #fff; font-weight: 600; text-decoration: none; }
`;

/** Sets the browser tab's title to "<page> · Closeloop". */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
}

export function PortalLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ConfigProvider
      button={{ autoInsertSpace: false }}
      theme={{
        // The app's accessible colours (ui/theme.ts), larger for a phone.
        token: { ...theme.token, fontSize: 15, controlHeight: 40 },
      }}
    >
      <div className="closeloop-portal" style={{ minHeight: '100vh', background: '#eef3f7' }}>
        <style>{focusStyles}</style>
        <header style={{ background: '#123b57', color: '#fff' }}>
          <div
            style={{
              maxWidth: 640,
              margin: '0 auto',
              padding: '10px 16px',
              display: 'flex',
              flexWrap: 'wrap',
              alignItems: 'center',
              justifyContent: 'space-between',
              gap: 8,
            }}
          >
            <span style={{ fontWeight: 600, fontSize: 17 }}>{t('app.name')}</span>
            <LanguageSwitch />
          </div>
          <nav
            className="closeloop-portal-nav"
            aria-label={t('app.name')}
            style={{ maxWidth: 640, margin: '0 auto', padding: '0 16px 10px', display: 'flex', gap: 20 }}
          >
            <NavLink to="/complain">{t('nav.portal')}</NavLink>
            <NavLink to="/track">{t('nav.track')}</NavLink>
          </nav>
        </header>
        <main style={{ maxWidth: 640, margin: '0 auto', padding: '16px 12px 40px' }}>{children}</main>
      </div>
    </ConfigProvider>
  );
}
