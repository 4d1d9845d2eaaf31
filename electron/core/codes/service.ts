import { AppError } from '../errors';
import type { Handlers } from '../handler-types';
import { lockedDraw } from '../draws';
import { assertMayRun, getTask } from '../tasks';
import type { codesContract } from './contract';
import { secretOf } from './hmac';
import { codesOfTask, ensureCodes } from './store';
import { verifyCode } from './verify';

export const codesHandlers: Handlers<typeof codesContract> = {
  'codes.ofTask': (ctx, input) => codesOfTask(ctx.db, getTask(ctx.db, input.taskId), secretOf(ctx.db)),
  'codes.issue': (ctx, input) => {
    const task = getTask(ctx.db, input.taskId);
    assertMayRun(ctx, task.leadDepartmentId);
    if (!lockedDraw(ctx.db, task.id)) throw new AppError('CONFLICT', '名单锁定后才能生成检查码。');
    ctx.touches('task', task.id);
    return { issued: ensureCodes(ctx.db, task.id, ctx.now) };
  },
  'codes.verify': (ctx, input) => verifyCode(ctx.db, input.text),
};
