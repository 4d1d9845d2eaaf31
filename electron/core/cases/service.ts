import { and, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { cases } from '../../../db/schema';
import { subjectById } from '../subjects';
import { requireActor } from '../context';
import { officeToday } from '../office-time';
import { AppError, notFound } from '../errors';
import type { Handlers } from '../handler-types';
import { assertOwnDepartment, type Owned } from '../ownership';
import { nameBook } from '../plans';
import type { casesContract } from './contract';
import { insertStamps, updateStamp } from '../row-stamps';

function casesWhere(db: ReadableDb, where: SQL | undefined) {
  const names = nameBook(db);
  return db
    .select()
    .from(cases)
    .where(where)
    .orderBy(desc(cases.id))
    .limit(2000)
    .all()
    .map((c) => ({
      id: c.id,
      source: c.source,
      receivedOn: c.receivedOn,
      subjectId: c.subjectId,
      subjectName: c.subjectName,
      departmentId: c.departmentId,
      departmentName: names.department(c.departmentId),
      summary: c.summary,
      outcome: c.outcome,
      closedOn: c.closedOn,
      createdBy: c.createdBy,
    }));
}

function oneCase(db: Db, id: number) {
  const [view] = casesWhere(db, eq(cases.id, id));
  if (!view) throw notFound('该个案');
  return view;
}

/** A department administrator or officer records and closes its own department's cases. */
const CASE: Owned = {
  noun: '个案',
  belongs: (department) => `由「${department}」承办`,
  may: '登记、办结本部门承办的个案',
};

export const casesHandlers: Handlers<typeof casesContract> = {
  'cases.list': (ctx, input) =>
    casesWhere(
      ctx.db,
      and(
        input.open === undefined ? undefined : input.open ? isNull(cases.closedOn) : isNotNull(cases.closedOn),
        input.subjectId ? eq(cases.subjectId, input.subjectId) : undefined,
      ),
    ),
  'cases.create': (ctx, input) => {
    assertOwnDepartment(ctx, input.departmentId, CASE);
    if (input.receivedOn > officeToday(ctx))
      throw new AppError('INVALID_INPUT', `受理日期 ${input.receivedOn} 晚于今天，请重新填写。`);
    let subjectName = input.subjectName;
    if (input.subjectId !== null) {
      const subject = subjectById(ctx.db, input.subjectId);
      if (!subject) throw notFound('该检查对象');
      subjectName = subject.name;
    }
    if (subjectName.length < 2) throw new AppError('INVALID_INPUT', '请选择名录库中的对象，或填写对象名称。');
    const { id } = ctx.db
      .insert(cases)
      .values({
        ...input,
        subjectName,
        createdBy: requireActor(ctx).displayName,
        ...insertStamps(ctx.now),
      })
      .returning({ id: cases.id })
      .get();
    ctx.touches('case', id);
    return oneCase(ctx.db, id);
  },
  'cases.close': (ctx, input) => {
    const row = ctx.db.select().from(cases).where(eq(cases.id, input.id)).get();
    if (!row) throw notFound('该个案');
    assertOwnDepartment(ctx, row.departmentId, CASE);
    if (row.closedOn) throw new AppError('CONFLICT', '该个案已办结。');
    if (input.closedOn < row.receivedOn || input.closedOn > officeToday(ctx))
      throw new AppError('INVALID_INPUT', `办结日期应在受理日期 ${row.receivedOn} 与今天之间。`);
    ctx.db
      .update(cases)
      .set({ closedOn: input.closedOn, outcome: input.outcome, ...updateStamp(ctx.now) })
      .where(eq(cases.id, row.id))
      .run();
    ctx.touches('case', row.id);
    return oneCase(ctx.db, row.id);
  },
};
