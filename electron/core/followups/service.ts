import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { followUps } from '../../../db/schema';
import { requireActor, type HandlerContext } from '../context';
import { officeToday } from '../office-time';
import { AppError, notFound } from '../errors';
import type { Handlers } from '../handler-types';
import { nameBook } from '../plans';
import {
  EntryAccess,
  findResult,
  measuresOf,
  resultBriefs,
  resultFoundProblem,
  resultIdsWhere,
  type ResultRow,
} from '../results';
import { mayFollowUp } from './may';
import type { followUpsContract } from './contract';
import { insertStamps, updateStamp } from '../row-stamps';

function followUpsWhere(db: ReadableDb, where: SQL | undefined, today: string) {
  const names = nameBook(db);
  // Every follow-up names a listed measure (a foreign key); its name comes from the results area's list.
  const measureNames = new Map(measuresOf(db).map((m) => [m.code, m.name]));
  const rows = db
    .select()
    .from(followUps)
    .where(where)
    .orderBy(desc(followUps.id))
    .limit(2000)
    .all()
    .flatMap((f) => {
      const measureName = measureNames.get(f.measure);
      return measureName === undefined ? [] : [{ f, measureName }];
    });
  // Which task, subject and item each one follows from, read through the results area.
  const briefs = resultBriefs(
    db,
    rows.map((r) => r.f.resultId),
  );
  return rows.flatMap(({ f, measureName }) => {
    const result = briefs.get(f.resultId);
    if (!result) return [];
    return [
      {
        ...f,
        taskId: result.taskId,
        taskName: result.taskName,
        subjectId: result.subjectId,
        subjectName: result.subjectName,
        measureName,
        itemName: names.item(result.itemId),
        departmentName: names.department(f.departmentId),
        overdue: f.status === 'open' && f.dueOn < today,
      },
    ];
  });
}

/** The follow-ups of a task's or a subject's results, when the list is narrowed to one. */
function ofResults(db: ReadableDb, of: { taskId?: number; subjectId?: number }): SQL | undefined {
  const ids = resultIdsWhere(db, of);
  return ids ? inArray(followUps.resultId, ids) : undefined;
}

/** The follow-ups opened on a task's results, in the order they were opened: which result, the measure, when due. */
export const followUpsOfTask = (db: ReadableDb, taskId: number) =>
  db
    .select({ resultId: followUps.resultId, measure: followUps.measure, dueOn: followUps.dueOn })
    .from(followUps)
    .where(ofResults(db, { taskId }))
    .orderBy(asc(followUps.id))
    .all();

/** One follow-up as the list shows it (the documents area prints letters from it). */
export function followUpById(db: ReadableDb, id: number, today: string) {
  const [view] = followUpsWhere(db, eq(followUps.id, id), today);
  if (!view) throw notFound('该后续处置');
  return view;
}

const oneFollowUp = (ctx: HandlerContext, id: number) => followUpById(ctx.db, id, officeToday(ctx));

/** Whoever may enter the result may record what follows from it; a department administrator also its own measures. */
function assertMayHandle(ctx: HandlerContext, result: ResultRow, departmentId: number): void {
  const actor = requireActor(ctx);
  const access = new EntryAccess(ctx.db, actor);
  const verdict = mayFollowUp(actor, {
    departmentId,
    result: access.target(result.taskId, result.subjectId, result.departmentId),
  });
  const refusal = access.explain(verdict, result.departmentId);
  if (refusal) throw new AppError('FORBIDDEN', refusal.replace('录入', '处置'));
}

export const followUpsHandlers: Handlers<typeof followUpsContract> = {
  'followups.list': (ctx, input) =>
    followUpsWhere(
      ctx.db,
      and(input.status ? eq(followUps.status, input.status) : undefined, ofResults(ctx.db, input)),
      officeToday(ctx),
    ),
  'followups.create': (ctx, input) => {
    const result = findResult(ctx.db, input.resultId);
    if (!result) throw notFound('该检查结果');
    const measure = measuresOf(ctx.db).find((m) => m.code === input.measure);
    if (!measure || !measure.active)
      throw new AppError('INVALID_INPUT', '处置措施不在清单中（或已停用），请重新选择。');
    if (measure.none) throw new AppError('INVALID_INPUT', '“无需后续处置”不必登记，请选择具体的处置措施。');
    // Who may open one is decided by the result's department, whatever department is named responsible.
    assertMayHandle(ctx, result, result.departmentId);
    if (!resultFoundProblem(ctx.db, result))
      throw new AppError(
        'INVALID_INPUT',
        '该检查结果未发现问题，不需要后续处置。如检查中确实发现了问题，请先更正检查结果（选择发现问题的结果类别并写明问题），再登记后续处置。',
      );
    const today = officeToday(ctx);
    if (input.dueOn < today) throw new AppError('INVALID_INPUT', `办理期限 ${input.dueOn} 早于今天，请重新填写。`);
    const decidedOn = input.decidedOn ?? today;
    if (decidedOn > today) throw new AppError('INVALID_INPUT', `决定日期 ${decidedOn} 晚于今天，不能填写将来的日期。`);
    if (decidedOn < result.resultDate)
      throw new AppError(
        'INVALID_INPUT',
        `决定日期 ${decidedOn} 早于检查结果的形成日期 ${result.resultDate}，请填写作出处置决定的实际日期。`,
      );
    const { id } = ctx.db
      .insert(followUps)
      .values({
        ...input,
        decidedOn,
        createdBy: requireActor(ctx).displayName,
        ...insertStamps(ctx.now),
      })
      .returning({ id: followUps.id })
      .get();
    ctx.touches('followUp', id);
    return oneFollowUp(ctx, id);
  },
  'followups.close': (ctx, input) => {
    const row = ctx.db.select().from(followUps).where(eq(followUps.id, input.id)).get();
    if (!row) throw notFound('该后续处置');
    if (row.status === 'closed') throw new AppError('CONFLICT', '该后续处置已完结。');
    const result = findResult(ctx.db, row.resultId);
    if (!result) throw notFound('该检查结果');
    assertMayHandle(ctx, result, row.departmentId);
    if (input.closedOn > officeToday(ctx))
      throw new AppError('INVALID_INPUT', `完结日期 ${input.closedOn} 晚于今天，不能填写将来的日期。`);
    // A measure is finished after it was decided; it may have been typed in later than both.
    if (input.closedOn < row.decidedOn)
      throw new AppError('INVALID_INPUT', `完结日期不能早于处置决定日期 ${row.decidedOn}。`);
    ctx.db
      .update(followUps)
      .set({ status: 'closed', closedOn: input.closedOn, outcome: input.outcome, ...updateStamp(ctx.now) })
      .where(eq(followUps.id, row.id))
      .run();
    ctx.touches('followUp', row.id);
    return oneFollowUp(ctx, row.id);
  },
};
