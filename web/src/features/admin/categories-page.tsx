/**
 * Categories (admin), like osTicket's help topics around the seven fixed keys: display names in
 * both languages, guidance for agents on what belongs where, the default team that takes a
 * category's unassigned complaints, and its ordered subcategories (one in use is deactivated,
 * never removed). One category is saved at a time; the server lists every problem, each shown
 * beside its field.
 */
import { Alert, App, Button, Flex, Form, Input, Select, Switch, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, session } from '../../api/client';
import { PageLoading } from '../../ui/page-loading';
import { problemText } from '../../ui/problem';
import { ProblemsAlert } from '../../ui/problems-alert';
import { formatInstant } from '../../ui/when';
import {
  loadCategories,
  saveCategory,
  useCategories,
  type Bilingual,
  type CategorySettings,
} from '../categories/categories-api';
import { useBusy } from '../complaints/use-busy';
import { useTeams, type Team } from './teams-api';

const locales = ['zh-CN', 'en-US'] as const;

export function CategoriesPage() {
  const { t } = useTranslation();
  const isAdmin = session.user()?.role === 'admin';
  const categories = useCategories();
  const teams = useTeams();
  const [key, setKey] = useState<string | undefined>(undefined);
  useEffect(() => void loadCategories(), []);

  if (categories.length === 0 || teams === null) return <PageLoading />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('organisation.categories.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('organisation.categories.intro')}
      </Typography.Paragraph>
      {!isAdmin && <Alert type="info" showIcon title={t('organisation.categories.readOnly')} />}
      <Tabs
        activeKey={key ?? categories[0]!.key}
        onChange={setKey}
        destroyOnHidden
        items={categories.map((c) => ({
          key: c.key,
          label: (
            <span>
              {t(`category.${c.key}`)} {c.subcategories.length > 0 && <Tag>{c.subcategories.length}</Tag>}
            </span>
          ),
          children: <CategoryEditor category={c} teams={teams} editable={isAdmin} />,
        }))}
      />
    </Flex>
  );
}

export default CategoriesPage;

interface SubcategoryDraft {
  /** React key: the id, or a made-up one for a new row. */
  rowKey: string;
  id?: string;
  names: Bilingual;
  active: boolean;
}

interface Draft {
  names: Bilingual;
  guidance: Bilingual;
  defaultTeamId: string | null;
  subcategories: SubcategoryDraft[];
}

const toDraft = (c: CategorySettings): Draft => ({
  names: { ...c.names },
  guidance: { ...c.guidance },
  defaultTeamId: c.defaultTeamId,
  subcategories: c.subcategories.map((s) => ({
    rowKey: s.id,
    id: s.id,
    names: { ...s.names },
    active: s.active,
  })),
});

let newRows = 0;

function CategoryEditor({
  category,
  teams,
  editable,
}: {
  category: CategorySettings;
  teams: readonly Team[];
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Draft>(() => toDraft(category));
  const [problems, setProblems] = useState<Map<string, string[]>>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const { spinner, run } = useBusy();
  const name = draft.names[i18n.language === 'zh-CN' ? 'zh-CN' : 'en-US'] || category.key;

  const at = (path: string) => {
    const messages = problems.get(path);
    return messages ? { validateStatus: 'error' as const, help: messages.join(' ') } : {};
  };
  const change = (next: Partial<Draft>) => setDraft((d) => ({ ...d, ...next }));
  const changeSub = (index: number, next: Partial<SubcategoryDraft>) =>
    setDraft((d) => ({
      ...d,
      subcategories: d.subcategories.map((s, i) => (i === index ? { ...s, ...next } : s)),
    }));
  const move = (index: number, by: -1 | 1) =>
    setDraft((d) => {
      const list = [...d.subcategories];
      const [row] = list.splice(index, 1);
      list.splice(index + by, 0, row!);
      return { ...d, subcategories: list };
    });

  const save = () =>
    run(async () => {
      setProblems(new Map());
      setGeneral([]);
      try {
        const saved = await saveCategory(category.key, {
          names: draft.names,
          guidance: draft.guidance,
          defaultTeamId: draft.defaultTeamId,
          subcategories: draft.subcategories.map((s) => ({
            ...(s.id ? { id: s.id } : {}),
            names: s.names,
            active: s.active,
          })),
        });
        setDraft(toDraft(saved));
        void message.success(t('organisation.categories.saved', { name: t(`category.${saved.key}`) }));
      } catch (error) {
        if (!(error instanceof ApiError) || !error.problem.errors?.length) {
          setGeneral([problemText(error, t)]);
          return;
        }
        const byPath = new Map<string, string[]>();
        const rest: string[] = [];
        for (const p of error.problem.errors) {
          if (p.path === 'subcategories' || !p.path.includes('.')) rest.push(p.message);
          else byPath.set(p.path, [...(byPath.get(p.path) ?? []), p.message]);
        }
        // A path no field shows (defaultTeamId has one) still reaches the reader.
        setProblems(byPath);
        setGeneral(rest.length ? rest : []);
        if (!rest.length) void message.error(t('organisation.categories.fixErrors'));
      }
    });

  const teamOptions = [
    { value: '', label: t('organisation.categories.noTeam') },
    ...teams
      .filter((team) => team.active || team.id === draft.defaultTeamId)
      .map((team) => ({
        value: team.id,
        label: team.active ? team.name : t('organisation.teams.inactiveSuffix', { name: team.name }),
      })),
  ];

  return (
    <Form layout="vertical" disabled={!editable} style={{ maxWidth: 880 }} onFinish={() => void save()}>
      <Typography.Paragraph type="secondary">
        {t('organisation.categories.key')}
        {t('complaint.colon')}
        <code>{category.key}</code> ·{' '}
        {category.updatedBy && category.updatedAt
          ? `${t('organisation.categories.lastSaved', { name: category.updatedBy.name })} · ${formatInstant(category.updatedAt)}`
          : t('organisation.categories.neverEdited')}
      </Typography.Paragraph>
      <Flex gap={16} wrap>
        {locales.map((locale) => (
          <Form.Item
            key={locale}
            label={t(
              locale === 'zh-CN' ? 'organisation.categories.nameZh' : 'organisation.categories.nameEn',
            )}
            style={{ flex: '1 1 260px' }}
            htmlFor={`${category.key}-name-${locale}`}
            {...at(`names.${locale}`)}
          >
            <Input
              id={`${category.key}-name-${locale}`}
              value={draft.names[locale]}
              maxLength={60}
              onChange={(e) => change({ names: { ...draft.names, [locale]: e.target.value } })}
            />
          </Form.Item>
        ))}
      </Flex>
      <Flex gap={16} wrap>
        {locales.map((locale) => (
          <Form.Item
            key={locale}
            label={t(
              locale === 'zh-CN'
                ? 'organisation.categories.guidanceZh'
                : 'organisation.categories.guidanceEn',
            )}
            extra={locale === 'zh-CN' ? t('organisation.categories.guidanceHelp') : undefined}
            style={{ flex: '1 1 260px' }}
            htmlFor={`${category.key}-guidance-${locale}`}
            {...at(`guidance.${locale}`)}
          >
            <Input.TextArea
              id={`${category.key}-guidance-${locale}`}
              value={draft.guidance[locale]}
              autoSize={{ minRows: 2, maxRows: 6 }}
              maxLength={2000}
              onChange={(e) => change({ guidance: { ...draft.guidance, [locale]: e.target.value } })}
            />
          </Form.Item>
        ))}
      </Flex>
      <Form.Item
        label={t('organisation.categories.defaultTeam')}
        extra={t('organisation.categories.defaultTeamHelp')}
        htmlFor={`${category.key}-default-team`}
        {...at('defaultTeamId')}
      >
        <Select<string>
          id={`${category.key}-default-team`}
          value={draft.defaultTeamId ?? ''}
          style={{ maxWidth: 320 }}
          options={teamOptions}
          onChange={(value) => change({ defaultTeamId: value || null })}
        />
      </Form.Item>
      <Typography.Title level={4}>{t('organisation.categories.subcategories')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('organisation.categories.subcategoriesHelp')}
      </Typography.Paragraph>
      <ol className="cl-subcategories" style={{ paddingInlineStart: 20 }}>
        {draft.subcategories.map((sub, index) => (
          <li key={sub.rowKey} style={{ marginBottom: 8 }}>
            <Flex gap={8} wrap align="start">
              {locales.map((locale) => (
                <Form.Item
                  key={locale}
                  style={{ flex: '1 1 200px', marginBottom: 0 }}
                  {...at(`subcategories.${index}.names.${locale}`)}
                >
                  <Input
                    aria-label={`${t(
                      locale === 'zh-CN'
                        ? 'organisation.categories.subNameZh'
                        : 'organisation.categories.subNameEn',
                    )} ${index + 1}`}
                    placeholder={t(
                      locale === 'zh-CN'
                        ? 'organisation.categories.subNameZh'
                        : 'organisation.categories.subNameEn',
                    )}
                    value={sub.names[locale]}
                    maxLength={60}
                    onChange={(e) => changeSub(index, { names: { ...sub.names, [locale]: e.target.value } })}
                  />
                </Form.Item>
              ))}
              <Flex gap={6} align="center" style={{ minHeight: 32 }}>
                <Switch
                  size="small"
                  checked={sub.active}
                  aria-label={`${t('organisation.categories.subActive')} ${index + 1}`}
                  onChange={(active) => changeSub(index, { active })}
                />
                <span>{t('organisation.categories.subActive')}</span>
                {!sub.id && <Tag color="blue">{t('organisation.categories.newBadge')}</Tag>}
                <Button
                  size="small"
                  aria-label={`${t('organisation.categories.moveUp')} ${index + 1}`}
                  disabled={!editable || index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </Button>
                <Button
                  size="small"
                  aria-label={`${t('organisation.categories.moveDown')} ${index + 1}`}
                  disabled={!editable || index === draft.subcategories.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() => change({ subcategories: draft.subcategories.filter((_, i) => i !== index) })}
                >
                  {t('organisation.categories.remove')}
                </Button>
              </Flex>
            </Flex>
            {problems.get(`subcategories.${index}.id`) && (
              <Typography.Text type="danger">
                {problems.get(`subcategories.${index}.id`)!.join(' ')}
              </Typography.Text>
            )}
          </li>
        ))}
      </ol>
      <Button
        onClick={() =>
          change({
            subcategories: [
              ...draft.subcategories,
              { rowKey: `new-${++newRows}`, names: { 'zh-CN': '', 'en-US': '' }, active: true },
            ],
          })
        }
        style={{ marginBottom: 16 }}
      >
        {t('organisation.categories.addSubcategory')}
      </Button>
      <ProblemsAlert
        problems={general}
        summary={t('organisation.categories.fixErrors')}
        style={{ marginBottom: 16 }}
      />
      {editable && (
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={spinner}>
            {t('organisation.categories.save', { name })}
          </Button>
          <Button
            onClick={() => {
              setDraft(toDraft(category));
              setProblems(new Map());
              setGeneral([]);
            }}
          >
            {t('organisation.categories.reset')}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
