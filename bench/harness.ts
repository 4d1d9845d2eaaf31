import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  unit: string;
  value: number;
  /** The target, e.g. '≤ 50'; '—' where the issue names none. */
  target: string;
  /** The same work done the naive way, measured in the same run. */
  baseline: number | null;
  baselineLabel: string;
}

/** Times `runs` calls and returns the p50 and p95 in milliseconds. */
export async function percentiles(runs: number, fn: () => unknown): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

export async function seconds(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
}

const fmt = (n: number | null): string => (n === null ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(3));

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n## ${title}`);
  console.log(['指标', '实测', '目标', '基线', '基线做法'].join(' | '));
  for (const f of figures) {
    console.log(
      [f.name, `${fmt(f.value)} ${f.unit}`, f.target, `${fmt(f.baseline)} ${f.unit}`, f.baselineLabel].join(' | '),
    );
  }
}
