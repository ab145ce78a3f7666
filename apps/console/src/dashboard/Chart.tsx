// ECharts with only the pieces the dashboard draws (keeps the dashboard chunk small).
import ReactEChartsCoreModule from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// the package is CommonJS: depending on the bundler its default export arrives wrapped
const ReactEChartsCore = ((ReactEChartsCoreModule as unknown as { default?: typeof ReactEChartsCoreModule }).default ??
  ReactEChartsCoreModule) as typeof ReactEChartsCoreModule;

echarts.use([
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  MarkAreaComponent,
  CanvasRenderer,
]);

export default function Chart({
  option,
  height = 320,
  testId,
}: {
  option: EChartsOption;
  height?: number;
  testId?: string;
}) {
  // a reader who asked for less motion (and every screenshot) sees the bars at their final height at once
  const still = typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        option={still ? { ...option, animation: false } : option}
        style={{ height }}
        notMerge
        lazyUpdate
      />
    </div>
  );
}
