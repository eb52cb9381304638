/**
 * The deadline board as bars per owner: their open complaints stacked as breached, at risk and
 * the rest (each complaint once), and beside them the overdue follow-ups and post-mortems of
 * resolved complaints. Loaded lazily (ECharts is a chunk of its own).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from './echart';
import { chartTextStyle, type ChartOption } from './echarts-setup';
import type { OwnerDeadlines } from './supervision-api';

/** More bars than this stop being readable on a wall: the table lists everyone. */
export const chartedOwners = 15;

export const boardColors = {
  breached: '#cf1322',
  atRisk: '#d46b08',
  onTrack: '#5b8db8',
  followUps: '#722ed1',
  postMortems: '#b37feb',
};

export default function BoardChart({
  owners,
  ownerLabel,
}: {
  owners: OwnerDeadlines[];
  ownerLabel: (owner: OwnerDeadlines) => string;
}) {
  const { t } = useTranslation();
  const shown = useMemo(() => owners.slice(0, chartedOwners), [owners]);
  const option = useMemo<ChartOption>(() => {
    // Top of the chart = first row of the table (most breached).
    const rows = [...shown].reverse();
    const names = rows.map(ownerLabel);
    // Breached, at risk and "other open" split the open complaints (each once); the overdue
    // follow-ups and post-mortems of resolved complaints are a bar of their own beside them.
    const otherOpen = rows.map((o) => Math.max(0, o.open - o.atRisk - o.breached));
    return {
      textStyle: chartTextStyle,
      // A wall screen redraws on every live update: bars that grow again each time distract.
      animation: false,
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { ...chartTextStyle, fontSize: 16 } },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        textStyle: chartTextStyle,
        formatter: (params: unknown) => {
          const index = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
          const owner = rows[index];
          if (!owner) return '';
          return [
            `<b>${escapeHtml(names[index] ?? '')}</b>`,
            `${t('supervision.board.open')}: ${owner.open}`,
            `${t('supervision.board.atRisk')}: ${owner.atRisk}`,
            `${t('supervision.board.breached')}: ${owner.breached}`,
            `${t('supervision.board.followUpsOverdue')}: ${owner.followUpsOverdue}`,
            `${t('supervision.board.postMortemsOverdue')}: ${owner.postMortemsOverdue}`,
          ].join('<br/>');
        },
      },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 14 } },
      yAxis: { type: 'category', data: names, axisLabel: { fontSize: 16, width: 160, overflow: 'truncate' } },
      series: [
        {
          name: t('supervision.board.breached'),
          type: 'bar',
          stack: 'owner',
          data: rows.map((o) => o.breached),
          itemStyle: { color: boardColors.breached },
          label: {
            show: true,
            formatter: ({ value }) => (Number(value) > 0 ? `${Number(value)}` : ''),
            color: '#fff',
          },
        },
        {
          name: t('supervision.board.atRisk'),
          type: 'bar',
          stack: 'owner',
          data: rows.map((o) => o.atRisk),
          itemStyle: { color: boardColors.atRisk },
          label: {
            show: true,
            formatter: ({ value }) => (Number(value) > 0 ? `${Number(value)}` : ''),
            color: '#fff',
          },
        },
        {
          name: t('supervision.board.otherOpen'),
          type: 'bar',
          stack: 'owner',
          data: otherOpen,
          itemStyle: { color: boardColors.onTrack },
        },
        ...(['followUps', 'postMortems'] as const).map((key) => ({
          name: t(`supervision.board.${key}Overdue`),
          type: 'bar' as const,
          stack: 'after',
          data: rows.map((o) => (key === 'followUps' ? o.followUpsOverdue : o.postMortemsOverdue)),
          itemStyle: { color: boardColors[key] },
          label: {
            show: true,
            formatter: ({ value }: { value: unknown }) => (Number(value) > 0 ? `${Number(value)}` : ''),
            color: '#fff',
          },
        })),
      ],
    };
  }, [shown, ownerLabel, t]);
  return (
    <EChart
      option={option}
      height={Math.max(160, shown.length * 40 + 70)}
      label={t('supervision.board.chartLabel', { count: shown.length })}
    />
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
