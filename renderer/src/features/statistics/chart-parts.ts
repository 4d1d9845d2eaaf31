import { echarts, type ChartOption } from './echarts';

/** 0.5 → “50.0%”, as the workbooks show rates. */
export const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;

/** Bar labels of a percentage axis, with one decimal like the headline (50 → “50.0%”). */
export const percentLabel = {
  show: true,
  position: 'top',
  formatter: ({ value }: { value: unknown }) => `${Number(value).toFixed(1)}%`,
} as const;

/** A share as the number a percentage axis plots (0.5 → 50, one decimal). */
export const asPercent = (share: number): number => Math.round(share * 1000) / 10;

/** Text from the database (department, category names) goes into the tooltip's HTML escaped. */
const escape = (text: string): string => echarts.format.encodeHTML(text);

/**
 * The tooltip of an axis chart: the hovered row's name and lines of figures, built from the row's index so it can
 * say what the bars alone cannot (counts behind a rate).
 */
export function rowTooltip(title: (i: number) => string, lines: (i: number) => string[]): ChartOption['tooltip'] {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    formatter: (params) => {
      const first = Array.isArray(params) ? params[0] : params;
      const i = first?.dataIndex ?? 0;
      return [`<b>${escape(title(i))}</b>`, ...lines(i).map(escape)].join('<br/>');
    },
  };
}

/**
 * The headline in the canvas itself, so an exported image says what year, whose figures and what total it shows.
 * The legend sits on the line under it; the plot starts below both.
 */
export function frame(headline: string, legend: boolean): Pick<ChartOption, 'title' | 'legend' | 'grid'> {
  return {
    title: {
      text: headline,
      left: 0,
      top: 0,
      textStyle: { fontSize: 13, lineHeight: 18, fontWeight: 'normal', color: '#434343' },
    },
    legend: legend ? { top: 24, left: 0, itemWidth: 14, itemHeight: 10 } : { show: false },
    // Room under the headline (and legend) for the axis unit and the labels over the tallest bar.
    grid: { left: 8, right: 24, top: legend ? 84 : 60, bottom: 8 },
  };
}

/** Department names under the bars: all shown, slanted when many so they never overlap. */
export const departmentAxis = (names: string[]): ChartOption['xAxis'] => ({
  type: 'category',
  data: names,
  axisLabel: { interval: 0, rotate: names.length > 8 ? 40 : 0 },
  axisTick: { alignWithLabel: true },
});

/** A count axis: whole numbers only, named with its unit. */
export const countAxis = (name: string): ChartOption['yAxis'] => ({
  type: 'value',
  name,
  minInterval: 1,
  nameTextStyle: { align: 'left' },
});

/** The PNG bytes of a chart as drawn, twice the screen's resolution, on white rather than transparent. */
export function chartPng(chart: echarts.ECharts): Uint8Array {
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** One bar series: its name in the legend and tooltip, its values and colour; stacks and labels as given. */
export function bars(
  name: string,
  data: number[],
  color: string,
  extra: { stack?: string; barMaxWidth?: number; label?: object } = {},
) {
  return { type: 'bar' as const, name, data, itemStyle: { color }, barMaxWidth: 36, ...extra };
}
