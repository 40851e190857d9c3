/**
 * ECharts, tree-shaken to what the 奖补 pages draw (bars and stacked bars). Only reached through the dynamic
 * import of `lazy-chart.vue`, so ECharts stays out of the main bundle.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export function renderChart(el: HTMLElement, option: EChartsCoreOption, existing?: EChartsType): EChartsType {
  const chart = existing ?? init(el, undefined, { renderer: 'canvas' });
  chart.setOption({ ...option, animation: false }, { notMerge: true });
  return chart;
}
