import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/client';
import { departments } from '../../../db/schema';
import { localDate } from '../dates';
import { AppError } from '../errors';
import type { Handlers } from '../handler-types';
import { chooseFonts, FONT_FOLDER_KEY } from '../pdf/fonts';
import { pdfDownload, issuingOffice } from '../pdf/output';
import { signature } from '../pdf/page';
import { adjustmentsOf, getPlan, nameBook, planTaskViewOf, planViewOf, tasksOfPlan } from '../plans/store';
import { readSetting, writeSetting } from '../settings/store';
import type { documentsContract } from './contract';
import { drawRecordPdf } from './draw-pdf';
import { noticesPdf } from './notice-pdf';
import { adjustmentContent, planContent } from './plan-pdf';
import { resultLettersPdf, resultListPdf } from './results-pdf';

/**
 * Who signs a department's plan: the lead department signs with the office's name; another department with its
 * full name, the county taken from the office's name when the seeded name only says 县 (县发展和改革委员会).
 */
function departmentIssuer(db: Db, departmentId: number, office: string): string {
  const row = db.select().from(departments).where(eq(departments.id, departmentId)).get();
  if (!row || row.isLead) return office;
  const county = /^(.+?[县区市旗])/.exec(office)?.[1];
  return county && row.name.startsWith('县') ? `${county}${row.name.slice(1)}` : row.name;
}

function fontsView(db: Parameters<typeof chooseFonts>[0]) {
  return { folder: readSetting(db, FONT_FOLDER_KEY, z.string(), ''), fonts: chooseFonts(db) };
}

export const documentsHandlers: Handlers<typeof documentsContract> = {
  'documents.plan': async (ctx, input) => {
    const row = getPlan(ctx.db, input.planId);
    const names = nameBook(ctx.db);
    const plan = planViewOf(ctx.db, row, names);
    const office = issuingOffice(ctx);
    const issuer = plan.departmentId === null ? office : departmentIssuer(ctx.db, plan.departmentId, office);
    if (input.adjustments === undefined) {
      return pdfDownload(ctx, {
        fileName: `${plan.name}.pdf`,
        title: plan.name,
        content: [
          ...planContent(
            plan,
            tasksOfPlan(ctx.db, row).map((t) => planTaskViewOf(t, names)),
            issuer,
          ),
          signature(issuer, plan.publishedOn ?? localDate(ctx.now)),
        ],
      });
    }
    const version = input.adjustments === 'pending' ? null : input.adjustments;
    const chosen = adjustmentsOf(ctx.db, row.id)
      .filter((a) => a.version === version)
      .reverse();
    if (chosen.length === 0)
      throw new AppError(
        'NOT_FOUND',
        version === null ? '该计划没有待发布的调整。' : `该计划第 ${version} 版没有调整记录，请选择发布过调整的版本。`,
      );
    return pdfDownload(ctx, {
      fileName: `${plan.name}调整通知${version === null ? '（待发布）' : `（第${version}版）`}.pdf`,
      title: `关于调整《${plan.name}》的通知`,
      content: [
        ...adjustmentContent(plan, chosen, version),
        signature(issuer, chosen[0]?.publishedOn ?? localDate(ctx.now)),
      ],
    });
  },
  'documents.notices': (ctx, input) => noticesPdf(ctx, input.taskId, input.subjectIds),
  'documents.drawRecord': (ctx, input) => drawRecordPdf(ctx, input.taskId),
  'documents.resultList': (ctx, input) => resultListPdf(ctx, input.taskId),
  'documents.resultLetters': (ctx, input) => resultLettersPdf(ctx, input.taskId, input.subjectIds),
  'documents.fonts': (ctx) => fontsView(ctx.db),
  'documents.setFontFolder': (ctx, input) => {
    if (input.folder && !fs.statSync(input.folder, { throwIfNoEntry: false })?.isDirectory())
      throw new AppError(
        'INVALID_INPUT',
        `找不到文件夹“${input.folder}”，请填写本机上存放公文字体的文件夹路径，或留空。`,
      );
    writeSetting(ctx.db, FONT_FOLDER_KEY, input.folder, ctx.now);
    ctx.touches('setting', FONT_FOLDER_KEY);
    return fontsView(ctx.db);
  },
};
