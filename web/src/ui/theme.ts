/**
 * The antd theme of every page, staff and portal: Closeloop's blue, and text colours that
 * reach WCAG AA contrast (4.5:1) where antd's defaults do not (45 % black secondary text is
 * 3.4:1 on white, its default link blue 4.1:1). axe checks it (test/e2e/accessibility.test.ts).
 */
import type { ThemeConfig } from 'antd';
import './theme.css';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5f8b',
    colorLink: '#1f5f8b',
    colorInfo: '#1f5f8b',
    colorInfoBg: '#e8f1f8',
    colorInfoBorder: '#b5cfe2',
    colorTextSecondary: 'rgba(0, 0, 0, 0.66)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.66)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: '#70757a',
    colorError: '#c41d1d',
    // Status tags write their text in these: darker than antd's, 4.5:1 on the tags' light
    // backgrounds. Preset-colour tags (green, orange…) are darkened in theme.css.
    colorSuccess: '#2f7d0c',
    colorWarning: '#ad5a00',
    borderRadius: 6,
  },
};
