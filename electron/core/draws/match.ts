import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { draws, matches, teamChanges, teamMembers } from '../../../db/schema';
import { requireActor, type HandlerContext } from '../context';
import { AppError, notFound } from '../errors';
import { findInspector } from '../inspectors';
import { nameBook } from '../plans';
import { assertLiveTask, assertMayRun, type TaskRow } from '../tasks';
import { matchInputs } from './match-inputs';
import {
  MatchImpossible,
  matchTeams,
  officerProblem,
  recusalSubjectOf,
  type MatchRecord,
  type MatchShortfall,
} from './team-match';
import { insertStamps, updateStamp } from '../row-stamps';

export function lockedDraw(db: ReadableDb, taskId: number) {
  return db
    .select()
    .from(draws)
    .where(and(eq(draws.taskId, taskId), eq(draws.status, 'locked')))
    .get();
}

export function currentMatch(db: ReadableDb, taskId: number) {
  return db
    .select()
    .from(matches)
    .where(and(eq(matches.taskId, taskId), eq(matches.status, 'current')))
    .get();
}

const departmentName = (db: Db, id: number | null): string => (id === null ? '相关部门' : nameBook(db).department(id));

function explain(db: Db, shortfall: MatchShortfall, subject: string, expertsPerTeam: number): string {
  if (shortfall.experts)
    return `对象${subject}无法配齐专家：每组需 ${expertsPerTeam} 名专家，专家库中在册专家不足。请补充专家或减少每组专家人数。`;
  const parts = [
    `无执法证或执法证在检查期间无效 ${shortfall.certificateInvalid} 人`,
    `需回避 ${shortfall.recused} 人`,
    `已停用 ${shortfall.inactive} 人`,
    ...(shortfall.alreadyInTeam > 0 ? [`已在本组 ${shortfall.alreadyInTeam} 人`] : []),
  ];
  return `对象${subject}无法组成检查组：${departmentName(db, shortfall.departmentId)}共有执法人员 ${shortfall.inDepartment} 人，其中${parts.join('、')}。没有保存任何匹配结果；请补充执法人员、处理回避或调整检查期间后重新匹配。`;
}

/**
 * Matches teams to the locked draw's subjects with the verifiable scheme (team-match.ts). A second match needs a
 * reason; the earlier one stays on record as superseded. When any subject cannot get a valid team, nothing is
 * saved and the message names the subject and why.
 */
export function runMatch(ctx: HandlerContext, task: TaskRow, reason: string | undefined) {
  assertMayRun(ctx, task.leadDepartmentId);
  assertLiveTask(task);
  const draw = lockedDraw(ctx.db, task.id);
  if (!draw) throw new AppError('CONFLICT', '请先完成并锁定名单抽取，再匹配执法人员。');
  const previous = currentMatch(ctx.db, task.id);
  if (previous && (!reason || reason.length < 2))
    throw new AppError('INVALID_INPUT', '重新匹配须写明原因；上一次的匹配结果会保留在记录中。');
  const last = ctx.db.select().from(matches).where(eq(matches.taskId, task.id)).orderBy(desc(matches.attempt)).get();
  const attempt = (last?.attempt ?? 0) + 1;
  const { inputs, drawn } = matchInputs(ctx.db, task, draw, attempt);
  let record: MatchRecord;
  try {
    record = matchTeams(inputs);
  } catch (error) {
    if (!(error instanceof MatchImpossible)) throw error;
    const subject = drawn.find((s) => s.subjectId === error.shortfall.subjectKey);
    const label = subject
      ? `“${subject.name}”${subject.uscc ? `（${subject.uscc}）` : ''}`
      : `编号 ${error.shortfall.subjectKey}`;
    throw new AppError('CONFLICT', explain(ctx.db, error.shortfall, label, task.expertsPerTeam));
  }
  const now = ctx.now.toISOString();
  if (previous) {
    ctx.db
      .update(matches)
      .set({ status: 'superseded', ...updateStamp(ctx.now) })
      .where(eq(matches.id, previous.id))
      .run();
    ctx.db
      .update(teamMembers)
      .set({ endedAt: now, ...updateStamp(ctx.now) })
      .where(and(eq(teamMembers.taskId, task.id), isNull(teamMembers.endedAt)))
      .run();
  }
  const { id: matchId } = ctx.db
    .insert(matches)
    .values({
      taskId: task.id,
      drawId: draw.id,
      attempt,
      status: 'current',
      reason: reason ?? '',
      record: JSON.stringify(record),
      operatorName: requireActor(ctx).username,
      ...insertStamps(ctx.now),
    })
    .returning({ id: matches.id })
    .get();
  record.teams.forEach((team, i) => {
    const subjectId = drawn[i]?.subjectId ?? 0;
    const stamps = insertStamps(ctx.now);
    for (const inspectorId of team.officers)
      ctx.db
        .insert(teamMembers)
        .values({ taskId: task.id, subjectId, inspectorId, matchId, ...stamps })
        .run();
    for (const expertId of team.experts)
      ctx.db
        .insert(teamMembers)
        .values({ taskId: task.id, subjectId, expertId, matchId, ...stamps })
        .run();
  });
  ctx.touches('match', matchId);
  return { attempt, teams: record.teams.length };
}

/**
 * Replaces one officer of a team after the match, with a reason. The newcomer must be fit for that subject just
 * as the match requires (department, certificate, recusal), and the team must still cover every department.
 */
export function changeMember(
  ctx: HandlerContext,
  task: TaskRow,
  change: { subjectId: number; removeInspectorId: number; addInspectorId: number; reason: string },
) {
  assertMayRun(ctx, task.leadDepartmentId);
  assertLiveTask(task);
  const match = currentMatch(ctx.db, task.id);
  const draw = lockedDraw(ctx.db, task.id);
  if (!match || !draw) throw new AppError('CONFLICT', '该任务尚未匹配执法人员。');
  const team = ctx.db
    .select()
    .from(teamMembers)
    .where(
      and(eq(teamMembers.taskId, task.id), eq(teamMembers.subjectId, change.subjectId), isNull(teamMembers.endedAt)),
    )
    .all();
  const leaving = team.find((m) => m.inspectorId === change.removeInspectorId);
  if (!leaving) throw new AppError('NOT_FOUND', '该人员不在这个检查组中，请刷新后重试。');
  if (team.some((m) => m.inspectorId === change.addInspectorId))
    throw new AppError('CONFLICT', '该人员已在这个检查组中。');
  const { inputs, drawn } = matchInputs(ctx.db, task, draw, match.attempt);
  const index = drawn.findIndex((s) => s.subjectId === change.subjectId);
  const subject = inputs.subjects[index];
  if (!subject) throw new AppError('NOT_FOUND', '该对象不在抽取名单中。');
  const newcomer = inputs.officers.find((o) => o.id === change.addInspectorId);
  if (!newcomer || !subject.departments.includes(newcomer.departmentId)) {
    if (!findInspector(ctx.db, change.addInspectorId)) throw notFound('该执法人员');
    throw new AppError('INVALID_INPUT', '替换人员应来自该对象所涉抽查事项的部门。');
  }
  const problem = officerProblem(newcomer, recusalSubjectOf(subject), inputs.parameters, inputs.recusals);
  const why = {
    inactive: '已停用',
    certificateInvalid: '无执法证或执法证在检查期间无效',
    recused: '对该对象（或其所在区域）需回避',
  };
  if (problem) throw new AppError('INVALID_INPUT', `不能替换：该人员${why[problem]}。`);
  const departmentOf = new Map(inputs.officers.map((o) => [o.id, o.departmentId]));
  const after = team
    .filter((m) => m.inspectorId !== null && m.inspectorId !== change.removeInspectorId)
    .map((m) => departmentOf.get(m.inspectorId ?? 0))
    .concat(newcomer.departmentId);
  const uncovered = subject.departments.find((d) => !after.includes(d));
  if (uncovered !== undefined)
    throw new AppError(
      'INVALID_INPUT',
      `替换后检查组中将没有“${departmentName(ctx.db, uncovered)}”的人员；联合检查每个相关部门至少一人。`,
    );
  const now = ctx.now.toISOString();
  ctx.db
    .update(teamMembers)
    .set({ endedAt: now, ...updateStamp(ctx.now) })
    .where(eq(teamMembers.id, leaving.id))
    .run();
  ctx.db
    .insert(teamMembers)
    .values({
      taskId: task.id,
      subjectId: change.subjectId,
      inspectorId: change.addInspectorId,
      matchId: match.id,
      ...insertStamps(ctx.now),
    })
    .run();
  ctx.db
    .insert(teamChanges)
    .values({
      taskId: task.id,
      subjectId: change.subjectId,
      removedInspectorId: change.removeInspectorId,
      addedInspectorId: change.addInspectorId,
      reason: change.reason,
      actorName: requireActor(ctx).username,
      ...insertStamps(ctx.now),
    })
    .run();
  ctx.touches('match', match.id);
  return { ok: true as const };
}
