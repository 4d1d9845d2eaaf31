import { z } from 'zod';
import { officeToday } from '../office-time';
import type { Handlers } from '../handler-types';
import { nameBook } from '../plans';
import { readOffice, readSetting } from '../settings';
import type { reportsContract } from './contract';
import { monthlyFigures } from './figures';
import { writeMonthlyReport } from './monthly-out';
import { summaryFigures } from './summary';
import { writeSummaryWorkbook } from './summary-out';
import { monthlyTemplate } from './template';

/** The office's 工作细则 (file name and number), for part 一 of the monthly report; set in 系统设置. */
export const RULES_DOCUMENT_KEY = 'reports.rulesDocument';

export const reportsHandlers: Handlers<typeof reportsContract> = {
  'reports.monthly': async (ctx, input) => {
    const template = monthlyTemplate(ctx.files.officeTemplate('monthly-report.json'));
    const figures = monthlyFigures(ctx.db, input.month, input.departmentId);
    const office = readOffice(ctx.db).officeName;
    const unit =
      input.departmentId === undefined ? office : `${office}（${nameBook(ctx.db).department(input.departmentId)}）`;
    const file = await ctx.files.writeDownload('monthly.xlsx', (path) =>
      writeMonthlyReport(path, template, figures, {
        name: unit,
        filledOn: officeToday(ctx),
        rulesDocument: readSetting(ctx.db, RULES_DOCUMENT_KEY, z.string(), ''),
      }),
    );
    return {
      download: file.id,
      fileName: `双随机一公开月报表-${figures.year}年${figures.month}月.xlsx`,
      rows: figures.rows.length,
    };
  },
  'reports.summary': async (ctx, input) => {
    const figures = summaryFigures(ctx.db, input.period, officeToday(ctx));
    const file = await ctx.files.writeDownload('summary.xlsx', (path) =>
      writeSummaryWorkbook(path, readOffice(ctx.db).officeName, figures),
    );
    return { download: file.id, fileName: `双随机一公开工作汇总-${figures.period.label}.xlsx` };
  },
};
