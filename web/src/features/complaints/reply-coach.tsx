/**
 * The reply coach beside the composer (PRODUCT.md R12): as the agent types a reply, the draft
 * is reviewed (debounced) and each finding is shown with the words it is about marked in a
 * copy of the draft, its message in the agent's language and, where there is one, a suggested
 * wording. Suggestions, never blocks: sending stays possible.
 */
import { Alert, Flex, Tag, Typography } from 'antd';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ItemList } from '../../ui/item-list';

export interface CoachFinding {
  rule: string;
  start: number;
  end: number;
  message: string;
  suggestion?: string;
}

/** Reviews `text` after the agent pauses typing; answers the findings of the latest text. */
export function useCoach(text: string, locale: string, enabled: boolean, delayMs = 400): CoachFinding[] {
  const [findings, setFindings] = useState<CoachFinding[]>([]);
  useEffect(() => {
    if (!enabled || !text.trim()) {
      setFindings([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api<{ findings: CoachFinding[] }>('/api/v1/coach/review', {
        method: 'POST',
        body: { text, locale },
        signal: controller.signal,
      }).then(
        (answer) => setFindings(answer.findings),
        () => undefined, // coaching is advice: without it the agent still writes and sends
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, locale, enabled, delayMs]);
  return findings;
}

/** The draft with the findings' words marked (ranges in UTF-16 offsets, as the API gives them). */
export function MarkedDraft({ text, findings }: { text: string; findings: CoachFinding[] }) {
  const ranges = findings
    .filter((f) => f.end > f.start && f.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach((range, index) => {
    if (range.start < at) return; // overlapping: the first mark wins
    parts.push(<Fragment key={`t${index}`}>{text.slice(at, range.start)}</Fragment>);
    parts.push(
      <mark key={`m${index}`} title={range.message} className="cl-coach-mark">
        {text.slice(range.start, range.end)}
      </mark>,
    );
    at = range.end;
  });
  parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return <div className="cl-coach-draft">{parts}</div>;
}

/** `showDraft`: false when the marked text is already on screen (the template editor's preview). */
export function CoachPanel({
  text,
  findings,
  showDraft = true,
}: {
  text: string;
  findings: CoachFinding[];
  showDraft?: boolean;
}) {
  const { t } = useTranslation();
  if (!text.trim()) return null;
  if (findings.length === 0) {
    return <Alert type="success" showIcon title={t('coach.clean')} style={{ marginBottom: 8 }} />;
  }
  return (
    <section aria-label={t('coach.title', { count: findings.length })} className="cl-coach">
      <Typography.Text strong>{t('coach.title', { count: findings.length })}</Typography.Text>
      {showDraft && findings.some((f) => f.end > f.start) && <MarkedDraft text={text} findings={findings} />}
      <ItemList
        items={findings.map((finding, index) => ({
          finding,
          key: `${finding.rule}-${finding.start}-${index}`,
        }))}
        itemKey={(entry) => entry.key}
        itemStyle={{ padding: '8px 0', background: 'transparent' }}
        renderItem={({ finding }) => (
          <Flex vertical gap={4} style={{ width: '100%' }}>
            <Flex gap={6} align="center" wrap>
              <Tag color={finding.end > finding.start ? 'orange' : 'blue'}>
                {t(`coach.rule.${finding.rule}`, { defaultValue: finding.rule })}
              </Tag>
              {finding.end > finding.start && (
                <Typography.Text code>{text.slice(finding.start, finding.end)}</Typography.Text>
              )}
            </Flex>
            <Typography.Text>{finding.message}</Typography.Text>
            {finding.suggestion && (
              <Typography.Text type="secondary">
                {t('coach.suggestion')}
                {t('complaint.colon')}
                {finding.suggestion}
              </Typography.Text>
            )}
          </Flex>
        )}
      />
    </section>
  );
}
