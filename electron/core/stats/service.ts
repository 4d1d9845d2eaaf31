import { officeToday } from '../office-time';
import type { Handlers } from '../handler-types';
import { readOffice } from '../settings';
import type { statsContract } from './contract';
import { CHART_TITLES } from './charts.shared';
import { writeChartWorkbook } from './excel-out';
import { dashboardFigures } from './figures';

export const statsHandlers: Handlers<typeof statsContract> = {
  'stats.dashboard': (ctx, input) => dashboardFigures(ctx.db, input.year, officeToday(ctx), input.departmentId),
  'stats.export': async (ctx, input) => {
    // The same figures the page shows, counted again at the moment of export.
    const figures = dashboardFigures(ctx.db, input.year, officeToday(ctx), input.departmentId);
    const file = await ctx.files.writeDownload('stats.xlsx', (path) =>
      writeChartWorkbook(path, readOffice(ctx.db).officeName, figures, input.chart),
    );
    const scope = figures.departmentId === null ? '' : `-${figures.scopeName}`;
    return { download: file.id, fileName: `统计分析-${figures.year}年${scope}-${CHART_TITLES[input.chart]}.xlsx` };
  },
};
