import { App, Button, Card, Empty, Space } from 'antd';
import { useMemo, useRef, useState } from 'react';
import type { DashboardFigures, StatsChart } from '../../../../electron/core/stats/contract';
import { call, errorMessage } from '../../api/client';
import { native } from '../../native';
import { chartPng } from './chart-parts';
import { CHARTS } from './charts';
import { EChart } from './EChart';
import type { echarts } from './echarts';

const CHART_HEIGHT = 340;

/** How exported files are named: year, whose figures (when one department's), and the chart. */
const fileStem = (d: DashboardFigures, title: string) =>
  `统计分析-${d.year}年${d.departmentId === null ? '' : `-${d.scopeName}`}-${title}`;

/** One chart of the page with its two exports: the picture as drawn, and the figures behind it as a workbook. */
export function ChartCard({ chart, figures }: { chart: StatsChart; figures: DashboardFigures | undefined }) {
  const { message } = App.useApp();
  const spec = CHARTS[chart];
  const chartRef = useRef<echarts.ECharts | null>(null);
  const empty = figures ? spec.empty(figures) : null;
  const option = useMemo(() => (figures && !empty ? spec.option(figures) : null), [figures, empty, spec]);
  const [busy, setBusy] = useState<'png' | 'xlsx' | null>(null);

  /** Runs one export at a time, with its button spinning and any refusal shown in Chinese. */
  const exporting = async (kind: 'png' | 'xlsx', run: () => Promise<void>) => {
    setBusy(kind);
    try {
      await run();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const exportImage = () =>
    exporting('png', async () => {
      if (!figures || !chartRef.current) return;
      const { saved } = await native.saveFile({
        defaultName: `${fileStem(figures, spec.title)}.png`,
        filters: [{ name: 'PNG 图片', extensions: ['png'] }],
        data: chartPng(chartRef.current),
      });
      if (saved) message.success('图片已导出');
    });

  const exportExcel = () =>
    exporting('xlsx', async () => {
      if (!figures) return;
      const input = { year: figures.year, chart, departmentId: figures.departmentId ?? undefined };
      const file = await call('stats.export', input);
      await native.saveDownload(file.download, file.fileName);
    });

  return (
    <Card
      title={spec.title}
      loading={!figures}
      data-testid={`stats-card-${chart}`}
      extra={
        <Space size="small">
          <Button
            size="small"
            disabled={!option}
            loading={busy === 'png'}
            onClick={() => void exportImage()}
            data-testid={`stats-png-${chart}`}
          >
            导出图片
          </Button>
          <Button
            size="small"
            disabled={!figures}
            loading={busy === 'xlsx'}
            onClick={() => void exportExcel()}
            data-testid={`stats-excel-${chart}`}
          >
            导出Excel
          </Button>
        </Space>
      }
    >
      {option ? (
        <EChart option={option} height={CHART_HEIGHT} chartRef={chartRef} testId={`stats-chart-${chart}`} />
      ) : (
        <Empty
          style={{
            height: CHART_HEIGHT,
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            margin: 0,
          }}
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={empty}
          data-testid={`stats-empty-${chart}`}
        />
      )}
    </Card>
  );
}
