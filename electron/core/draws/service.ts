import fs from 'node:fs';
import { AppError } from '../errors';
import type { Handlers } from '../handler-types';
import { getTask } from '../tasks';
import { attemptsOf } from './attempts';
import { openDraw, runDraw, lockDraw } from './ceremony';
import type { drawsContract } from './contract';
import { jointVisitsOf } from './joint-visits';
import { changeMember, runMatch } from './match';
import { publicFormOf } from './public-record';
import { exportRecord, taskResult } from './result';

export const drawsHandlers: Handlers<typeof drawsContract> = {
  'draws.attempts': (ctx, input) => attemptsOf(ctx.db, getTask(ctx.db, input.taskId).id),
  'draws.jointVisits': (ctx, input) => jointVisitsOf(ctx.db, getTask(ctx.db, input.taskId)),
  'draws.open': (ctx, { taskId, ...redraw }) => openDraw(ctx, getTask(ctx.db, taskId), redraw),
  'draws.run': (ctx, input) => runDraw(ctx, input.drawId, input.witnesses),
  'draws.lock': (ctx, input) => lockDraw(ctx, input.drawId),
  'draws.result': (ctx, input) => taskResult(ctx.db, getTask(ctx.db, input.taskId)),
  'draws.export': (ctx, input) => {
    const task = getTask(ctx.db, input.taskId);
    const record = exportRecord(ctx.db, task);
    if (!record) throw new AppError('NOT_FOUND', '该任务还没有抽取结果可以导出。');
    const file = ctx.files.newDownload('draw.json');
    const document = input.public ? publicFormOf(record.draw) : record;
    fs.writeFileSync(file.path, `${JSON.stringify(document, null, 1)}\n`);
    const kind = input.public ? '抽取记录公开版' : '抽取记录';
    return { download: file.id, fileName: `${kind}-任务${task.id}-第${record.draw.parameters.attempt}次.json` };
  },
  'draws.match': (ctx, input) => runMatch(ctx, getTask(ctx.db, input.taskId), input.reason),
  'draws.changeMember': (ctx, { taskId, ...change }) => changeMember(ctx, getTask(ctx.db, taskId), change),
};
