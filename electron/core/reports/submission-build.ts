import fs from 'node:fs';
import { z } from 'zod';
import type { ReadableDb } from '../../../db/client';
import type { FileArea } from '../files';
import { officeToday } from '../office-time';
import { nameBook } from '../plans';
import { readOffice, readSetting } from '../settings';
import { monthlyFigures, type MonthlyFigures } from './figures';
import { writeMonthlyReport } from './monthly-out';
import { summaryFigures, type SummaryFigures } from './summary';
import { writeSummaryWorkbook } from './summary-out';
import { submissionPeriod, type SubmissionDeadlines, type SubmissionKind } from './submission-rules';
import { monthlyTemplate } from './template';

/** The office's 工作细则 (file name and number), for part 一 of the monthly report; set in 系统设置. */
export const RULES_DOCUMENT_KEY = 'reports.rulesDocument';

/** A frozen report is kept in the database (and so in every backup): one version may take at most this much. */
export const MAX_SUBMITTED_BYTES = 8 * 1024 * 1024;

export interface BuildContext {
  db: ReadableDb;
  files: FileArea;
  now: Date;
}

/** 填报单位: the office, and the department when the report is one department's. */
function unitName(db: ReadableDb, departmentId: number | undefined): string {
  const office = readOffice(db).officeName;
  return departmentId === undefined ? office : `${office}（${nameBook(db).department(departmentId)}）`;
}

/** Writes a monthly report's workbook from its figures (today's or a compilation's) as a download. */
export async function writeMonthlyDownload(ctx: BuildContext, figures: MonthlyFigures, unit: string) {
  const template = monthlyTemplate(ctx.files.officeTemplate('monthly-report.json'));
  const file = await ctx.files.writeDownload('monthly.xlsx', (path) =>
    writeMonthlyReport(path, template, figures, {
      name: unit,
      filledOn: officeToday(ctx),
      rulesDocument: readSetting(ctx.db, RULES_DOCUMENT_KEY, z.string(), ''),
    }),
  );
  return { download: file.id, fileName: `双随机一公开月报表-${figures.year}年${figures.month}月.xlsx` };
}

/** A department's share of the summary: its own row, its items, the joint tasks it took part in. */
function ofDepartment(figures: SummaryFigures, departmentId: number): SummaryFigures {
  return {
    ...figures,
    departments: figures.departments.filter((d) => d.departmentId === departmentId),
    items: figures.items.filter((i) => i.departmentId === departmentId),
    joint: figures.joint.filter((j) => j.departmentIds.includes(departmentId)),
  };
}

/**
 * Builds the report a department submits, exactly as the download of today would be — the workbook's bytes and the
 * figures behind it — for the freezing in submission-store.ts. The download written on the way is removed.
 */
export async function buildSubmittedReport(
  ctx: BuildContext,
  kind: SubmissionKind,
  period: string,
  departmentId: number,
  deadlines: SubmissionDeadlines,
): Promise<{ bytes: Buffer; figures: MonthlyFigures | SummaryFigures; fileName: string }> {
  const unit = unitName(ctx.db, departmentId);
  let made: { download: string; fileName: string; figures: MonthlyFigures | SummaryFigures };
  if (kind === 'monthly') {
    const figures = monthlyFigures(ctx.db, period, departmentId);
    made = { ...(await writeMonthlyDownload(ctx, figures, unit)), figures };
  } else {
    const { end, label } = submissionPeriod(kind, period, deadlines);
    const figures = ofDepartment(summaryFigures(ctx.db, period, officeToday(ctx), end), departmentId);
    const file = await ctx.files.writeDownload('summary.xlsx', (path) => writeSummaryWorkbook(path, unit, figures));
    made = { download: file.id, fileName: `双随机一公开工作总结-${label}.xlsx`, figures };
  }
  const path = ctx.files.downloadPath(made.download);
  if (path === null) throw new Error('the report just written is missing');
  const bytes = fs.readFileSync(path);
  fs.rmSync(path, { force: true });
  return { bytes, figures: made.figures, fileName: made.fileName };
}
