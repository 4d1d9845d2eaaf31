import { requireActor } from '../context';
import { writeErrorReport } from '../excel';
import { previewAnswer, takeStaged } from '../excel/import-contract';
import type { Handlers } from '../handler-types';
import { nameBook } from '../plans';
import { getTask } from '../tasks';
import { commitCollection, stageCollection, type StagedCollection } from './collection-in';
import type { collectionContract } from './collection-contract';
import { writeCollectionWorkbook } from './collection-out';

const STAGE_KIND = 'results.collection';

export const collectionHandlers: Handlers<typeof collectionContract> = {
  'collection.workbook': async (ctx, input) => {
    const task = getTask(ctx.db, input.taskId);
    const file = await ctx.files.writeDownload('collection.xlsx', (path) =>
      writeCollectionWorkbook(ctx.db, task, input.departmentId, requireActor(ctx), ctx.now, path),
    );
    const department = nameBook(ctx.db).department(input.departmentId);
    return { download: file.id, fileName: `结果采集表-${task.name}-${department}.xlsx`, rows: file.result };
  },
  'collection.preview': async (ctx, input) => {
    const staged = await stageCollection(ctx.db, requireActor(ctx), ctx.now, ctx.files.uploadPath(input.upload));
    return { ...previewAnswer(ctx, STAGE_KIND, staged, staged.counts), counts: staged.counts };
  },
  'collection.commit': (ctx, input) => {
    const staged = takeStaged<StagedCollection>(ctx, STAGE_KIND, input.token);
    const counts = commitCollection(ctx.db, requireActor(ctx), ctx.now, staged, input.mode, input.reason);
    ctx.stash.drop(input.token);
    ctx.touches('result', `collection:${counts.fresh}+${counts.changed}`);
    return counts;
  },
  'collection.errors': async (ctx, input) => {
    const staged = takeStaged<StagedCollection>(ctx, STAGE_KIND, input.token);
    const file = ctx.files.newDownload('errors.xlsx');
    await writeErrorReport(staged.errors, file.path);
    return { download: file.id, fileName: '结果采集表错误清单.xlsx' };
  },
};
