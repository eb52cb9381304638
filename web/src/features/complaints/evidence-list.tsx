/**
 * Evidence files (chat logs, photos, letters). Downloads need the staff token, so a
 * file is fetched with it and opened from a blob URL: images and PDFs in a new tab,
 * anything else saved under its own name.
 */
import { App, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '../../api/client';
import type { Attachment } from '../../api/types';
import { When } from '../../ui/when';
import { SectionCard } from './section-card';

const viewable = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf']);

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1048576).toFixed(1)} MB`;

export function EvidenceList({ attachments }: { attachments: Attachment[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [opening, setOpening] = useState<string | null>(null);

  const open = async (attachment: Attachment) => {
    setOpening(attachment.id);
    try {
      const token = session.token();
      const response = await fetch(attachment.url, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.rel = 'noopener';
      if (viewable.has(attachment.contentType)) link.target = '_blank';
      else link.download = attachment.filename;
      link.click();
      // The new tab has read the blob by then; free the memory.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      void message.error(t('complaint.openFailed'));
    } finally {
      setOpening(null);
    }
  };

  return (
    <SectionCard title={t('complaint.evidence')}>
      {attachments.length === 0 ? (
        <Typography.Text type="secondary">{t('complaint.noEvidence')}</Typography.Text>
      ) : (
        <ul className="cl-plain-list">
          {attachments.map((a) => (
            <li key={a.id}>
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                loading={opening === a.id}
                onClick={() => void open(a)}
                aria-label={`${viewable.has(a.contentType) ? t('complaint.open') : t('complaint.download')}${t('complaint.colon')}${a.filename}`}
              >
                {a.filename}
              </Button>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {size(a.sizeBytes)} · {t(`complaint.uploadedBy.${a.uploadedByType}`)} ·{' '}
                  <When at={a.createdAt} />
                </Typography.Text>
              </div>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
