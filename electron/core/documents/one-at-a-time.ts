import { requireActor, type ReadContext } from '../context';
import { AppError } from '../errors';

/** Accounts generating a long document now, per open core (keyed by its file area, which each core has one of). */
const generating = new WeakMap<object, Set<string>>();

/**
 * A document of many pages (every notice of a task, a result list, letters, a plan) takes seconds of work; an account
 * runs one at a time, so repeated clicks or a script cannot queue up work that starves everyone else. A second one
 * is refused at once rather than queued.
 */
export async function oneLongDocumentAtATime<T>(ctx: ReadContext, make: () => Promise<T>): Promise<T> {
  const account = requireActor(ctx).username;
  let running = generating.get(ctx.files);
  if (!running) {
    running = new Set();
    generating.set(ctx.files, running);
  }
  if (running.has(account)) throw new AppError('CONFLICT', '上一份文书仍在生成，请稍候，生成完成后再试。');
  running.add(account);
  try {
    return await make();
  } finally {
    running.delete(account);
  }
}
