/**
 * ECharts, tree-shaken to what the dashboard draws. This module is only reached through a dynamic import
 * from the dashboard, so ECharts stays out of the main bundle.
 */
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function renderChart(el: HTMLElement, option: EChartsCoreOption, existing?: EChartsType): EChartsType {
  const chart = existing ?? init(el, undefined, { renderer: 'canvas' });
  chart.setOption({ ...option, animation: false }, { notMerge: true });
  return chart;
}
