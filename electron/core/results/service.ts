import { followUpMeasures, resultCategories } from '../../../db/schema';
import { requireActor } from '../context';
import { AppError } from '../errors';
import type { Handlers } from '../handler-types';
import { getTask } from '../tasks';
import { attach, attachmentFile, attachmentsOf } from './attachments';
import type { resultsContract } from './contract';
import { ResultWriter } from './entry';
import { asksProblems, categoriesOf, measuresOf } from './lists';
import { publishResults, reviewResults, withholdResult } from './publication';
import { writePublishedWorkbook } from './public-out';
import { inspectionsOfSubject, published, resultHistory, resultListTitle } from './queries';
import { resultRulesOf, writeResultRules } from './rules';
import { resultSheet } from './sheet';
import { resultViewOf } from './view';
import { insertStamps, updateStamp } from '../row-stamps';

const listView = <T extends { createdAt: string; updatedAt: string }>({ createdAt: _c, updatedAt: _u, ...rest }: T) =>
  rest;

export const resultsHandlers: Handlers<typeof resultsContract> = {
  'results.lists': (ctx) => ({
    categories: categoriesOf(ctx.db).map((c) => ({ ...listView(c), asksProblems: asksProblems(c) })),
    measures: measuresOf(ctx.db).map(listView),
  }),
  'results.saveCategory': (ctx, input) => {
    ctx.db
      .insert(resultCategories)
      .values({ ...input, ...insertStamps(ctx.now) })
      .onConflictDoUpdate({ target: resultCategories.code, set: { ...input, ...updateStamp(ctx.now) } })
      .run();
    ctx.touches('resultCategory', input.code);
    return input;
  },
  'results.saveMeasure': (ctx, input) => {
    ctx.db
      .insert(followUpMeasures)
      .values({ ...input, ...insertStamps(ctx.now) })
      .onConflictDoUpdate({ target: followUpMeasures.code, set: { ...input, ...updateStamp(ctx.now) } })
      .run();
    ctx.touches('followUpMeasure', input.code);
    return input;
  },
  'results.rules': (ctx) => resultRulesOf(ctx.db),
  'results.updateRules': (ctx, input) => {
    ctx.touches('setting', 'results.rules');
    return { ...input, ...writeResultRules(ctx.db, input, ctx.now) };
  },
  'results.sheet': (ctx, input) => resultSheet(ctx.db, getTask(ctx.db, input.taskId), requireActor(ctx), ctx.now),
  'results.enter': (ctx, input) => {
    const writer = new ResultWriter(ctx.db, requireActor(ctx), ctx.now);
    const { outcome, id } = writer.save(input);
    ctx.touches('result', id);
    const saved = writer.existing(input);
    if (!saved) throw new Error(`result ${id} was saved but cannot be read back`);
    return { outcome, result: resultViewOf(saved) };
  },
  'results.enterMany': (ctx, input) => {
    const writer = new ResultWriter(ctx.db, requireActor(ctx), ctx.now);
    const counts = { fresh: 0, changed: 0, unchanged: 0 };
    input.entries.forEach((entry, index) => {
      try {
        counts[writer.save(entry).outcome] += 1;
      } catch (error) {
        if (error instanceof AppError)
          throw new AppError(error.code, `第 ${index + 1} 条：${error.message} 没有保存任何结果。`);
        throw error;
      }
    });
    ctx.touches('task', input.entries[0]?.taskId ?? 0);
    return counts;
  },
  'results.history': (ctx, input) => resultHistory(ctx.db, input.id),
  'results.review': (ctx, input) => reviewResults(ctx, input.ids, input.decision, input.reason),
  'results.withhold': (ctx, input) => withholdResult(ctx, input.id, input.reason),
  'results.publish': (ctx, input) => publishResults(ctx, input),
  'results.exportPublished': async (ctx, input) => {
    const task = getTask(ctx.db, input.taskId);
    const rows = published(ctx.db, task.id);
    const file = await ctx.files.writeDownload('published.xlsx', (path) => writePublishedWorkbook(path, rows));
    return { download: file.id, fileName: `${resultListTitle(task.name)}.xlsx`, count: rows.length };
  },
  'results.ofSubject': (ctx, input) => inspectionsOfSubject(ctx.db, input.subjectId),
  'results.attachments': (ctx, input) => attachmentsOf(ctx, input.resultId),
  'results.attach': (ctx, input) => attach(ctx, input.resultId, input.upload, input.name),
  'results.attachmentFile': (ctx, input) => attachmentFile(ctx, input.id),
};
