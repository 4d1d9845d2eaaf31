import { officeToday } from '../office-time';
import type { Handlers } from '../handler-types';
import { nameBook } from '../plans';
import { readOffice } from '../settings';
import type { reportsContract } from './contract';
import { monthlyFigures } from './figures';
import { summaryFigures } from './summary';
import { writeSummaryWorkbook } from './summary-out';
import { writeMonthlyDownload } from './submission-build';
import { submissionHandlers } from './submission-service';

export const reportsHandlers: Handlers<typeof reportsContract> = {
  'reports.monthly': async (ctx, input) => {
    const figures = monthlyFigures(ctx.db, input.month, input.departmentId);
    const office = readOffice(ctx.db).officeName;
    const unit =
      input.departmentId === undefined ? office : `${office}（${nameBook(ctx.db).department(input.departmentId)}）`;
    return { ...(await writeMonthlyDownload(ctx, figures, unit)), rows: figures.rows.length };
  },
  'reports.summary': async (ctx, input) => {
    const figures = summaryFigures(ctx.db, input.period, officeToday(ctx));
    const file = await ctx.files.writeDownload('summary.xlsx', (path) =>
      writeSummaryWorkbook(path, readOffice(ctx.db).officeName, figures),
    );
    return { download: file.id, fileName: `双随机一公开工作汇总-${figures.period.label}.xlsx` };
  },
  ...submissionHandlers,
};
