import { useEffect, useRef, type MutableRefObject } from 'react';
import { echarts, type ChartOption } from './echarts';

/**
 * One ECharts canvas: created once per mount, given each new option whole (notMerge, so a series that went away
 * does not linger), resized with its card. `chartRef` lets the card export the chart as an image.
 */
export function EChart({
  option,
  height,
  chartRef,
  testId,
}: {
  option: ChartOption;
  height: number;
  chartRef: MutableRefObject<echarts.ECharts | null>;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chartRef.current = null;
      chart.dispose();
    };
  }, [chartRef]);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option, chartRef]);

  return <div ref={box} style={{ width: '100%', height }} data-testid={testId} />;
}
