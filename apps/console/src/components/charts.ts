/**
 * ECharts, tree-shaken to what the ladder and 奖补 pages draw (bars, stacked bars, lines). Like the dashboard's
 * `charts.ts`, this module is only reached through a dynamic import (lazy-chart.vue), so ECharts stays out of
 * the main bundle.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function renderChart(el: HTMLElement, option: EChartsCoreOption, existing?: EChartsType): EChartsType {
  const chart = existing ?? init(el, undefined, { renderer: 'canvas' });
  chart.setOption({ ...option, animation: false }, { notMerge: true });
  return chart;
}
