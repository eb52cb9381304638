import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { languages, rememberLanguage, type Language } from '../i18n/i18n';

/** zh-CN / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      size="small"
      value={i18n.language as Language}
      options={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
      onChange={(value) => rememberLanguage(value)}
    />
  );
}
