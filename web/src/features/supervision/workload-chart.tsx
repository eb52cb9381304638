/**
 * Open complaints per person, stacked by severity. Loaded lazily (ECharts is a chunk of its own).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from './echart';
import { chartTextStyle, type ChartOption } from './echarts-setup';
import type { PersonWorkload } from './supervision-api';

const chartedPeople = 20;
const severityColors = { severe: '#cf1322', moderate: '#d48806', minor: '#5b8db8' } as const;

export default function WorkloadChart({ people }: { people: PersonWorkload[] }) {
  const { t } = useTranslation();
  const shown = useMemo(() => people.filter((p) => p.open > 0).slice(0, chartedPeople), [people]);
  const option = useMemo<ChartOption>(() => {
    const rows = [...shown].reverse();
    return {
      textStyle: chartTextStyle,
      // A wall screen redraws on every live update: bars that grow again each time distract.
      animation: false,
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { ...chartTextStyle, fontSize: 16 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: chartTextStyle },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 14 } },
      yAxis: {
        type: 'category',
        data: rows.map((p) => p.name),
        axisLabel: { fontSize: 16, width: 160, overflow: 'truncate' },
      },
      series: (['severe', 'moderate', 'minor'] as const).map((severity) => ({
        name: t(`severity.${severity}`),
        type: 'bar' as const,
        stack: 'open',
        data: rows.map((p) => p.openBySeverity[severity]),
        itemStyle: { color: severityColors[severity] },
      })),
    };
  }, [shown, t]);
  if (shown.length === 0) return null;
  return (
    <EChart
      option={option}
      height={Math.max(160, shown.length * 40 + 70)}
      label={t('supervision.workload.chartLabel', { count: shown.length })}
    />
  );
}
