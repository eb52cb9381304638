/**
 * One ECharts canvas as a React component: created on mount, given each new option,
 * resized with its box, disposed on unmount. Lives in the lazy chart chunk.
 */
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts-setup';

interface EChartProps {
  option: ChartOption;
  height: number;
  /** What the chart shows, for screen readers (the table beside it has the numbers). */
  label: string;
}

export function EChart({ option, height, label }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
