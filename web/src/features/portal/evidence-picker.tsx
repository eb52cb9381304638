/**
 * Choosing evidence files (photos, PDF) before they are sent: a real button opening the
 * file dialog, the chosen files with a remove button each, and why a file was refused.
 */
import { Alert, Button, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const maxEvidenceBytes = 10 * 1024 * 1024;
export const maxEvidenceFiles = 10;
const acceptedTypes = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic', 'application/pdf'];

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function EvidencePicker({
  id,
  files,
  onChange,
  describedBy,
}: {
  id: string;
  files: File[];
  onChange: (files: File[]) => void;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<string[]>([]);

  const add = (chosen: FileList | null) => {
    const next = [...files];
    const problems: string[] = [];
    for (const file of chosen ?? []) {
      if (!acceptedTypes.includes(file.type)) {
        problems.push(t('portal.evidenceWrongType', { name: file.name }));
      } else if (file.size > maxEvidenceBytes) {
        problems.push(t('portal.evidenceTooLarge', { name: file.name }));
      } else if (next.length >= maxEvidenceFiles) {
        problems.push(t('portal.evidenceTooMany', { max: maxEvidenceFiles }));
        break;
      } else if (!next.some((f) => f.name === file.name && f.size === file.size)) {
        next.push(file);
      }
    }
    setRefused(problems);
    onChange(next);
    if (input.current) input.current.value = ''; // the same file can be chosen again
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept={acceptedTypes.join(',')}
        // `hidden` alone loses to CSS that sets `display`; the button below opens it.
        style={{ display: 'none' }}
        tabIndex={-1}
        aria-hidden
        onChange={(e) => add(e.target.files)}
        data-testid={`${id}-input`}
      />
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Button id={id} aria-describedby={describedBy} onClick={() => input.current?.click()}>
          {t('portal.evidenceAdd')}
        </Button>
        {files.length > 0 && (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {files.map((file, index) => (
              <li
                key={`${file.name}-${file.size}`}
                style={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 8,
                  padding: '4px 0',
                  borderBottom: '1px solid #e6ebf0',
                }}
              >
                <span style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                  {file.name} <span style={{ color: '#555f6b' }}>({fileSize(file.size)})</span>
                </span>
                <Button
                  type="text"
                  size="small"
                  danger
                  aria-label={t('portal.evidenceRemove', { name: file.name })}
                  onClick={() => onChange(files.filter((_, i) => i !== index))}
                >
                  {t('portal.remove')}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {refused.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={refused.length === 1 ? refused[0] : undefined}
            description={
              refused.length > 1 ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {refused.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
      </Space>
    </>
  );
}
