import fs from 'node:fs';
import { z } from 'zod';
import type { ReadableDb } from '../../../db/client';
import { AppError } from '../errors';
import type { Handlers } from '../handler-types';
import { chooseFonts, FONT_FOLDER_KEY } from '../pdf';
import { readSetting, writeSetting } from '../settings';
import type { documentsContract } from './contract';
import { drawRecordPdf } from './draw-pdf';
import { followUpLetterPdf } from './follow-up-letter-pdf';
import { jointNoticesPdf } from './joint-notice-pdf';
import { noticesPdf } from './notice-pdf';
import { oneLongDocumentAtATime } from './one-at-a-time';
import { planPdf } from './plan-pdf';
import { resultLettersPdf, resultListPdf } from './results-pdf';
import { workPlanPdf } from './work-plan-pdf';

function fontsView(db: ReadableDb) {
  return { folder: readSetting(db, FONT_FOLDER_KEY, z.string(), ''), fonts: chooseFonts(db) };
}

export const documentsHandlers: Handlers<typeof documentsContract> = {
  'documents.plan': (ctx, input) => oneLongDocumentAtATime(ctx, () => planPdf(ctx, input.planId, input.adjustments)),
  'documents.notices': (ctx, input) =>
    oneLongDocumentAtATime(ctx, () =>
      input.jointWith === undefined
        ? noticesPdf(ctx, input.taskId, input.subjectIds)
        : jointNoticesPdf(ctx, input.taskId, input.jointWith, input.subjectIds),
    ),
  'documents.drawRecord': (ctx, input) => drawRecordPdf(ctx, input.taskId),
  'documents.resultList': (ctx, input) => oneLongDocumentAtATime(ctx, () => resultListPdf(ctx, input.taskId)),
  'documents.resultLetters': (ctx, input) =>
    oneLongDocumentAtATime(ctx, () => resultLettersPdf(ctx, input.taskId, input.subjectIds)),
  'documents.workPlan': (ctx, input) => oneLongDocumentAtATime(ctx, () => workPlanPdf(ctx, input.taskId)),
  'documents.followUpLetter': (ctx, input) => followUpLetterPdf(ctx, input.followUpId, input.recipient),
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
