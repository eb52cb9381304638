/**
 * Reply templates (admin, PRODUCT.md R9): browse them by language, category and severity,
 * edit one with the reply coach's findings beside it, save the set (the API replaces it
 * whole, and coaches each template), or bring the shipped templates back. Edits to several
 * templates wait together until saved; a server problem goes beside its field when it is
 * about the template on screen, else into one alert.
 */
import { Alert, App, Button, Flex, Form, Popconfirm, Segmented, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, session } from '../../api/client';
import { PageLoading } from '../../ui/page-loading';
import { problemText } from '../../ui/problem';
import { ProblemsAlert } from '../../ui/problems-alert';
import { useBusy } from '../complaints/use-busy';
import {
  loadTemplates,
  saveTemplates,
  templateCategories,
  templateSections,
  templateSeverities,
  type Category,
  type ReplyTemplate,
  type Severity,
  type TemplateLocale,
  type TemplateSet,
} from './reply-templates-api';
import { TemplateEditor, type TemplateValues } from './template-editor';
import './reply-templates.css';

const locales: readonly TemplateLocale[] = ['zh-CN', 'en-US'];

/** A template of the set on screen: `key` stays put while ids change on each save. */
interface Entry extends ReplyTemplate {
  key: string;
}

const toEntries = (items: readonly ReplyTemplate[]): Entry[] =>
  items.map((item) => ({ ...item, key: item.id }));
const sameTemplate = (a: ReplyTemplate, b: ReplyTemplate) =>
  a.name === b.name &&
  a.locale === b.locale &&
  a.category === b.category &&
  a.severity === b.severity &&
  templateSections.every((s) => (a.sections[s] ?? '').trim() === (b.sections[s] ?? '').trim());

export function ReplyTemplatesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const editable = session.user()?.role === 'admin';
  const [stored, setStored] = useState<TemplateSet | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [locale, setLocale] = useState<TemplateLocale>(i18n.language === 'en-US' ? 'en-US' : 'zh-CN');
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [form] = Form.useForm<TemplateValues>();
  const { busy, spinner, run } = useBusy();
  const newKeys = useRef(0);

  const load = useCallback(async () => {
    try {
      const loaded = await loadTemplates();
      setStored(loaded);
      setEntries(toEntries(loaded.items));
    } catch (error) {
      setLoadError(error);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const storedById = useMemo(() => new Map((stored?.items ?? []).map((item) => [item.id, item])), [stored]);
  const isChanged = (entry: Entry) => {
    const before = storedById.get(entry.key);
    return !before || !sameTemplate(before, entry);
  };
  const dirty = entries.length !== (stored?.items.length ?? 0) || entries.some(isChanged);
  const selected = entries.find((entry) => entry.key === selectedKey) ?? null;

  /**
   * Opens a template. Its values go into the form first: a form instance that outlives its
   * <Form> keeps the last values, and they would win over the next one's initial values.
   */
  const select = (entry: Entry | null) => {
    setProblems([]);
    if (entry) {
      form.setFields(
        [['name'] as (string | number)[], ...templateSections.map((s) => ['sections', s])].map((name) => ({
          name: name as never,
          errors: [],
        })),
      );
      form.setFieldsValue({
        name: entry.name,
        sections: Object.fromEntries(templateSections.map((s) => [s, entry.sections[s] ?? ''])),
      });
    }
    setSelectedKey(entry?.key ?? null);
  };

  const add = (category: Category | null, severity: Severity | null) => {
    const key = `new-${++newKeys.current}`;
    const categoryName = category ? t(`category.${category}`) : t('templates.anyCategory');
    const severityName = severity ? t(`severity.${severity}`) : t('templates.anySeverity');
    const entry: Entry = {
      key,
      id: key,
      name: t('templates.newName', { category: categoryName, severity: severityName }),
      locale,
      category,
      severity,
      sections: {},
    };
    setEntries((all) => [...all, entry]);
    select(entry);
  };

  const change = (values: TemplateValues) =>
    setEntries((all) =>
      all.map((entry) =>
        entry.key === selectedKey
          ? { ...entry, name: values.name ?? '', sections: { ...entry.sections, ...values.sections } }
          : entry,
      ),
    );

  /** After a save: the set the server keeps, in the order sent; the same template stays open. */
  const settle = (items: ReplyTemplate[], source: TemplateSet['source'], keepIndex: number) => {
    const fresh = toEntries(items);
    setStored((s) => (s ? { ...s, source, items } : s));
    setEntries(fresh);
    select(keepIndex >= 0 ? (fresh[keepIndex] ?? null) : null);
  };

  const save = () =>
    run(async () => {
      setProblems([]);
      if (selected) {
        try {
          await form.validateFields();
        } catch {
          setProblems([t('templates.fixErrors')]);
          return;
        }
      }
      const empty = entries.find((entry) => templateSections.every((s) => !entry.sections[s]?.trim()));
      if (empty) {
        setProblems([`${empty.name}: ${t('templates.needsText')}`]);
        return;
      }
      const index = entries.findIndex((entry) => entry.key === selectedKey);
      try {
        const saved = await saveTemplates(entries);
        settle(saved.items, saved.source, index);
        const advice = saved.findings.filter((f) => f.template === index).length;
        void message.success(
          index >= 0 && advice > 0 ? t('templates.savedWithAdvice', { count: advice }) : t('templates.saved'),
        );
      } catch (error) {
        if (!(error instanceof ApiError) || !error.problem.errors?.length) {
          setProblems([problemText(error, t)]);
          return;
        }
        // templates.<n>.name, templates.<n>.sections[.<section>]: the open template's beside its field.
        const rest: string[] = [];
        const byField = new Map<string, string[]>();
        for (const { path, message: text } of error.problem.errors) {
          const [, at, field] = /^templates\.(\d+)\.(.+)$/.exec(path) ?? [];
          const entry = at === undefined ? undefined : entries[Number(at)];
          if (entry && entry.key === selectedKey && field && /^(name|sections\.\w+)$/.test(field)) {
            byField.set(field, [...(byField.get(field) ?? []), text]);
          } else {
            rest.push(entry ? `${entry.name}: ${text}` : `${path}: ${text}`);
          }
        }
        form.setFields([...byField].map(([field, errors]) => ({ name: field.split('.') as never, errors })));
        setProblems(rest.length ? rest : [t('templates.fixErrors')]);
      }
    });

  const restore = () =>
    run(async () => {
      setProblems([]);
      try {
        const saved = await saveTemplates([]);
        const open = selected;
        const index = open
          ? saved.items.findIndex(
              (item) =>
                item.locale === open.locale &&
                item.category === open.category &&
                item.severity === open.severity,
            )
          : -1;
        settle(saved.items, saved.source, index);
        void message.success(t('templates.restored'));
      } catch (error) {
        setProblems([problemText(error, t)]);
      }
    });

  const remove = () => {
    setEntries((all) => all.filter((entry) => entry.key !== selectedKey));
    select(null);
  };

  const discard = () => {
    setEntries(toEntries(stored?.items ?? []));
    select(null);
  };

  if (loadError) return <Alert type="error" showIcon title={problemText(loadError, t)} />;
  if (!stored) return <PageLoading />;

  const shown = entries.filter((entry) => entry.locale === locale);
  const rows: (Category | null)[] = [...templateCategories, null];
  const columns: (Severity | null)[] = [...templateSeverities, null];
  const categoryName = (c: Category | null) => (c ? t(`category.${c}`) : t('templates.anyCategory'));
  const severityName = (s: Severity | null) => (s ? t(`severity.${s}`) : t('templates.anySeverity'));

  return (
    <section aria-labelledby="templates-title" className="cl-templates">
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={2} id="templates-title" style={{ margin: 0 }}>
          {t('templates.title')}{' '}
          <Tag color={stored.source === 'custom' ? 'blue' : 'default'}>
            {t(`templates.source.${stored.source}`)}
          </Tag>
        </Typography.Title>
        {editable && (
          <Flex gap={8} wrap>
            {dirty && (
              <Button onClick={discard} disabled={busy}>
                {t('templates.discard')}
              </Button>
            )}
            <Popconfirm
              title={t('templates.restoreConfirm')}
              okText={t('templates.yes')}
              cancelText={t('templates.no')}
              onConfirm={() => void restore()}
            >
              <Button disabled={stored.source === 'shipped' && !dirty}>{t('templates.restore')}</Button>
            </Popconfirm>
            <Button type="primary" onClick={() => void save()} loading={spinner} disabled={!dirty}>
              {t('templates.save')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 860, marginTop: 8 }}>
        {t('templates.intro')}
      </Typography.Paragraph>
      {!editable && (
        <Alert type="info" showIcon title={t('templates.readOnly')} style={{ marginBottom: 12 }} />
      )}
      {dirty && (
        <Typography.Text type="warning" role="status" style={{ display: 'block', marginBottom: 8 }}>
          {t('templates.unsaved')}
        </Typography.Text>
      )}
      <ProblemsAlert problems={problems} summary={t('templates.fixErrors')} style={{ marginBottom: 12 }} />

      <Segmented<TemplateLocale>
        aria-label={t('templates.language')}
        value={locale}
        onChange={setLocale}
        options={locales.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        style={{ marginBottom: 12 }}
      />

      <div className="cl-templates-grid-wrap">
        <table className="cl-templates-grid">
          <caption>{t('templates.browse')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('templates.categoryColumn')}</th>
              {columns.map((severity) => (
                <th scope="col" key={severity ?? 'any'}>
                  {severityName(severity)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((category) => (
              <tr key={category ?? 'any'}>
                <th scope="row">{categoryName(category)}</th>
                {columns.map((severity) => {
                  const here = shown.filter((e) => e.category === category && e.severity === severity);
                  return (
                    <td key={severity ?? 'any'}>
                      {here.map((entry) => {
                        const current = entry.key === selectedKey;
                        const changed = isChanged(entry);
                        return (
                          <button
                            type="button"
                            key={entry.key}
                            className={
                              current ? 'cl-template-cell cl-template-cell-current' : 'cl-template-cell'
                            }
                            aria-current={current ? 'true' : undefined}
                            onClick={() => select(entry)}
                          >
                            <span>{entry.name}</span>
                            <span className="cl-visually-hidden">
                              {t('templates.cellContext', {
                                category: categoryName(category),
                                severity: severityName(severity),
                              })}
                            </span>
                            {changed && <span className="cl-template-changed">{t('templates.edited')}</span>}
                            {current && (
                              <span className="cl-template-current">{t('templates.selected')}</span>
                            )}
                          </button>
                        );
                      })}
                      {here.length === 0 && (
                        <Flex align="center" gap={6} wrap>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {t('templates.none')}
                          </Typography.Text>
                          {editable && (
                            <Button
                              size="small"
                              type="link"
                              aria-label={t('templates.addFor', {
                                category: categoryName(category),
                                severity: severityName(severity),
                              })}
                              onClick={() => add(category, severity)}
                            >
                              {t('templates.add')}
                            </Button>
                          )}
                        </Flex>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {selected ? (
        <section aria-labelledby="template-editing" className="cl-template-editing">
          <Flex justify="space-between" align="baseline" wrap gap={8}>
            <Typography.Title level={3} id="template-editing" style={{ margin: 0 }}>
              {t('templates.editing', { name: selected.name })}
            </Typography.Title>
            {editable && (
              <Popconfirm
                title={t('templates.removeConfirm')}
                okText={t('templates.yes')}
                cancelText={t('templates.no')}
                onConfirm={remove}
              >
                <Button danger size="small">
                  {t('templates.remove')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
          <TemplateEditor
            key={selected.key}
            template={selected}
            form={form}
            variables={stored.variables}
            editable={editable}
            onChange={change}
          />
        </section>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          {t('templates.chooseHint')}
        </Typography.Paragraph>
      )}
    </section>
  );
}

// React.lazy in app.tsx needs a default export; everything else uses the named one.
export default ReplyTemplatesPage;
