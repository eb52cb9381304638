/**
 * A complaint's subcategory in the triage card: the active subcategories of its category to
 * choose from (agents, supervisors, admins), a deactivated one still named while the complaint
 * has it, and the admins' guidance on what belongs in the category. Each change is recorded in
 * the complaint's history by the server.
 */
import { App, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { session } from '../../api/client';
import type { Complaint } from '../../api/types';
import { problemText } from '../../ui/problem';
import { setComplaintSubcategory, useCategories } from '../categories/categories-api';
import { useBusy } from './use-busy';

const setters = ['admin', 'supervisor', 'agent'];

export function SubcategoryField({
  complaint,
  onChanged,
}: {
  complaint: Complaint;
  onChanged: () => Promise<void> | void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { busy, run } = useBusy();
  const category = useCategories().find((c) => c.key === complaint.triage.category.label);
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en-US';
  const subcategories = category?.subcategories ?? [];
  const current = subcategories.find((s) => s.id === complaint.subcategoryId);
  const guidance =
    category?.guidance[language] || category?.guidance[language === 'zh-CN' ? 'en-US' : 'zh-CN'];
  const maySet = setters.includes(session.user()?.role ?? '') && complaint.status !== 'dismissed';

  const choose = (value: string) =>
    run(async () => {
      try {
        await setComplaintSubcategory(complaint.id, value || null);
        void message.success(t(value ? 'organisation.subcategory.set' : 'organisation.subcategory.cleared'));
        await onChanged();
      } catch (error) {
        void message.error(problemText(error, t));
      }
    });

  const nameOf = (s: (typeof subcategories)[number]) =>
    s.active ? s.names[language] : t('organisation.subcategory.inactive', { name: s.names[language] });
  const options = [
    { value: '', label: t('organisation.subcategory.none') },
    ...subcategories
      .filter((s) => s.active || s.id === complaint.subcategoryId)
      .map((s) => ({ value: s.id, label: nameOf(s), disabled: !s.active })),
  ];

  return (
    <Flex vertical gap={4} style={{ width: '100%' }}>
      {maySet && (subcategories.length > 0 || complaint.subcategoryId) ? (
        <Select<string>
          aria-label={t('organisation.subcategory.choose')}
          value={complaint.subcategoryId ?? ''}
          loading={busy || !category}
          disabled={busy}
          style={{ maxWidth: 280 }}
          options={options}
          onChange={(value) => void choose(value)}
        />
      ) : (
        <span>
          {current
            ? nameOf(current)
            : subcategories.length
              ? t('organisation.subcategory.none')
              : t('organisation.subcategory.noneDefined')}
        </span>
      )}
      {guidance && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('organisation.subcategory.guidance')}
          {t('complaint.colon')}
          {guidance}
        </Typography.Text>
      )}
    </Flex>
  );
}
