/**
 * "Add to case library" (seed 000 step 6): a resolved or closed complaint goes into the
 * training library as an anonymised copy, with tags. Quality managers, supervisors and
 * admins do it; the dialog says what the copy leaves out.
 */
import { Alert, App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, session } from '../../api/client';
import type { Complaint } from '../../api/types';
import { formProblem } from '../../ui/problem';
import { useBusy } from '../complaints/use-busy';
import { canAddToLibrary, type LibraryCase } from './learning-api';

interface CaseValues {
  title?: string;
  tags?: string[];
}

export function AddToLibraryButton({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const [form] = Form.useForm<CaseValues>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);
  if (!canAddToLibrary(session.user())) return null;

  const submit = (values: CaseValues) =>
    run(async () => {
      setError(null);
      try {
        const stored = await api<LibraryCase>(`/api/v1/complaints/${complaint.id}/case`, {
          method: 'POST',
          body: { ...(values.title?.trim() ? { title: values.title.trim() } : {}), tags: values.tags ?? [] },
        });
        void message.success(t('learn.addedToLibrary'));
        setAdded(stored.id);
        setOpen(false);
      } catch (e) {
        if (e instanceof ApiError && e.problem.code === 'case.already_in_library') {
          setError(t('learn.alreadyInLibrary'));
        } else {
          setError(formProblem(form, e, ['title', 'tags'], t));
        }
      }
    });

  return (
    <>
      {added ? (
        <Link to={`/cases/${added}`}>{t('learn.viewCase')}</Link>
      ) : (
        <Button onClick={() => setOpen(true)}>{t('learn.addToLibrary')}</Button>
      )}
      <Modal
        open={open}
        title={t('learn.addToLibrary')}
        okText={t('learn.addToLibrary')}
        cancelText={t('complaint.cancel')}
        okButtonProps={{ loading: spinner }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('learn.anonymisedHint')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
        <Form<CaseValues> form={form} name="library-case" layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item name="title" label={t('learn.caseTitle')}>
            <Input maxLength={200} placeholder={complaint.subject} />
          </Form.Item>
          <Form.Item name="tags" label={t('learn.tags')} extra={t('learn.tagsHint')}>
            <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', '，']} maxCount={20} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
