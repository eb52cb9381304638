/**
 * ECharts with only what the supervision charts use (bar charts, grid, legend, tooltip, the
 * canvas renderer): imported by the chart modules alone, so it lands in a lazy chunk.
 */
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// No AriaComponent: it would replace the container's own aria-label (echart.tsx) with a
// generated description; the table beside each chart carries the numbers.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/**
 * Canvas text does not inherit the page's CSS font: name CJK system fonts first so Chinese
 * names and labels render on Windows, macOS and Linux (Noto Sans CJK from fonts-noto-cjk).
 */
export const chartFontFamily =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif';

/** Readable at a distance: the wall screen is the chart's main reader. */
export const chartTextStyle = { fontFamily: chartFontFamily, fontSize: 15, color: '#1f1f1f' };
