import { ensureCodes } from '../codes';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { draws, drawSubjects } from '../../../db/schema';
import { sha256Hex } from '../canonical';
import { requireActor, type HandlerContext } from '../context';
import { AppError } from '../errors';
import { listItems, type ItemView } from '../items';
import { penalizedApart, targetFlagsApart } from '../plans';
import { scopeOf } from '../plans/schemas';
import { subjectIdsMatching, subjectsByIds } from '../subjects';
import { assertLiveTask, assertMayRun, getTask, markTaskLocked, replacedOf, type TaskRow } from '../tasks';
import { attemptViewOf, getDraw, latestDraw, type DrawRow } from './attempts';
import { drawInputsOf } from './records';
import { earlierAttemptsOf, plannedCounts } from './planned-counts';
import {
  completeDraw,
  DRAW_ALGORITHM_V2,
  poolHashOf,
  ROUNDING_RULE,
  STRATA,
  type Stratum,
  type WitnessInput,
} from './object-draw';
import { freezePool, poolCondition } from './pool';
import { isRedrawJustified, REDRAW_REFUSAL } from './redraw.shared';
import { DRAW_STATUS_LABELS } from './status.shared';
import { insertStamps, updateStamp } from '../row-stamps';

/** The task's items as listed on the first day of its period (their scopes and caps). */
export function itemsOfTask(db: Db, task: TaskRow): ItemView[] {
  const wanted = new Set(task.itemIds);
  return listItems(db, { asOf: task.periodStart }).filter((i) => wanted.has(i.id));
}

/**
 * Opens an attempt: freezes and hashes the pool, works out the counts, and commits to a secret nonce by showing
 * its hash. A second attempt after a draw that was not locked is a redraw: it needs a reason and the approver,
 * and the earlier attempt stays on record as superseded.
 */
export function openDraw(ctx: HandlerContext, task: TaskRow, redraw: { reason?: string; approver?: string }) {
  assertMayRun(ctx, task.leadDepartmentId);
  assertLiveTask(task);
  if (task.status === 'locked') throw new AppError('CONFLICT', '该任务的抽取结果已锁定，不能再抽取。');
  const latest = latestDraw(ctx.db, task.id);
  if (latest?.status === 'open')
    throw new AppError('CONFLICT', `第 ${latest.attempt} 次抽取已开始，请由监督人输入数字完成抽取。`);
  if (latest?.status === 'drawn') {
    if (!isRedrawJustified(redraw)) throw new AppError('INVALID_INPUT', REDRAW_REFUSAL);
    ctx.db
      .update(draws)
      .set({ status: 'superseded', ...updateStamp(ctx.now) })
      .where(eq(draws.id, latest.id))
      .run();
  }
  const items = itemsOfTask(ctx.db, task);
  const ratios = task.ratios;
  const condition = poolCondition(scopeOf(task.scope), items);
  const targetFlags = targetFlagsApart(ratios);
  const frozen = freezePool(ctx.db, condition, task.year, items, targetFlags);
  const sizes = Object.fromEntries(STRATA.map((s) => [s, frozen.pool[s].length])) as Record<Stratum, number>;
  const counting = plannedCounts(ratios, items, sizes);
  if (counting.every((c) => c.count === 0))
    throw new AppError(
      'INVALID_INPUT',
      '按任务的对象范围和比例，应抽取的对象为 0 户。请检查对象范围、事项适用范围和抽查比例。',
    );
  const attempt = (latest?.attempt ?? 0) + 1;
  // Read after the latest drawn attempt was marked superseded, so the record shows it as such.
  const earlierAttempts = earlierAttemptsOf(ctx.db, task.id);
  const nonce = randomBytes(32).toString('hex');
  // A task created after a cancelled one says so in its record (and so in the seed): no silent second draw.
  const replaces = replacedOf(ctx.db, task);
  const basisPoints = (s: Stratum) => Math.round((counting.find((c) => c.stratum === s)?.ratio ?? 0) * 100);
  const capOf = (s: Stratum) => {
    const cap = counting.find((c) => c.stratum === s)?.cap ?? null;
    return cap === null ? null : Math.round(cap * 100);
  };
  const inputs = {
    algorithm: DRAW_ALGORITHM_V2,
    pool: frozen.pool,
    poolHash: poolHashOf(frozen.pool),
    parameters: {
      taskId: task.id,
      taskName: task.name,
      attempt,
      counts: Object.fromEntries(counting.map((c) => [c.stratum, c.count])) as Record<Stratum, number>,
      batchSize: task.batchSize,
      ...(replaces ? { replaces } : {}),
      ratios: Object.fromEntries(STRATA.map((s) => [s, basisPoints(s)])) as Record<Stratum, number>,
      caps: Object.fromEntries(STRATA.map((s) => [s, capOf(s)])) as Record<Stratum, number | null>,
      rounding: ROUNDING_RULE,
      poolFormation: {
        scope: scopeOf(task.scope),
        penalizedApart: penalizedApart(ratios),
        // Which flags formed stratum P (any of them set); absent when P is not drawn apart.
        ...(targetFlags ? { targetFlags } : {}),
        excluded: { frequencyCap: frozen.excluded },
      },
      redraw:
        attempt > 1 && redraw.reason && redraw.approver ? { reason: redraw.reason, approver: redraw.approver } : null,
      earlierAttempts,
    },
    witnesses: [],
    nonceHash: sha256Hex(nonce),
  };
  const row = ctx.db
    .insert(draws)
    .values({
      taskId: task.id,
      attempt,
      status: 'open',
      reason: redraw.reason ?? '',
      approver: redraw.approver ?? '',
      operatorName: requireActor(ctx).username,
      nonce,
      nonceHash: inputs.nonceHash,
      poolHash: inputs.poolHash,
      poolSize: counting.reduce((n, c) => n + c.size, 0),
      record: JSON.stringify(inputs),
      counting,
      excluded: frozen.excluded,
      ...insertStamps(ctx.now),
    })
    .returning()
    .get();
  ctx.touches('draw', row.id);
  return attemptViewOf(row);
}

function openAttempt(ctx: HandlerContext, drawId: number, status: DrawRow['status']) {
  const draw = getDraw(ctx.db, drawId);
  const task = getTask(ctx.db, draw.taskId);
  assertMayRun(ctx, task.leadDepartmentId);
  assertLiveTask(task);
  const latest = latestDraw(ctx.db, task.id);
  if (latest?.id !== draw.id || draw.status !== status) {
    throw new AppError(
      'CONFLICT',
      `第 ${draw.attempt} 次抽取不是“${DRAW_STATUS_LABELS[status]}”的最新一次，请刷新后重试。`,
    );
  }
  return { draw, task };
}

/** Runs the draw: the witnesses' numbers and the revealed nonce make the seed; the result is stored in order. */
export function runDraw(ctx: HandlerContext, drawId: number, witnesses: WitnessInput[]) {
  const { draw, task } = openAttempt(ctx, drawId, 'open');
  const inputs = drawInputsOf(draw);
  const record = completeDraw({ ...inputs, witnesses, nonce: draw.nonce });
  const order = record.result.batches
    ? record.result.batches.flatMap((batch, b) => batch.map((id) => ({ id, batch: b + 1 })))
    : STRATA.flatMap((c) => record.result.selected[c].map((id) => ({ id, batch: null })));
  // The class each drawn subject had when frozen (stratum P gathers targeted subjects of several classes).
  const drawnRows = subjectsByIds(
    ctx.db,
    order.map((o) => o.id),
  );
  const applying = itemsApplying(
    ctx.db,
    itemsOfTask(ctx.db, task),
    order.map((o) => o.id),
  );
  order.forEach((o, seq) => {
    ctx.db
      .insert(drawSubjects)
      .values({
        drawId: draw.id,
        seq: seq + 1,
        subjectId: o.id,
        riskClass: drawnRows.get(o.id)?.riskClass ?? 'B',
        batch: o.batch,
        itemIds: applying.get(o.id) ?? [],
      })
      .run();
  });
  const updated = ctx.db
    .update(draws)
    .set({
      status: 'drawn',
      record: JSON.stringify(record),
      seed: record.seed,
      // Each witness with its keys in canonical order, so the column's text is the canonical JSON it always was.
      witnesses: witnesses.map(({ name, value }) => ({ name, value })),
      drawnAt: ctx.now.toISOString(),
      ...updateStamp(ctx.now),
    })
    .where(eq(draws.id, draw.id))
    .returning()
    .get();
  ctx.touches('draw', draw.id);
  return attemptViewOf(updated);
}

/** Which of the task's items apply to each drawn subject: one visit checks all of them (进一次门、查多项事). */
function itemsApplying(db: Db, items: ItemView[], drawnIds: number[]): Map<number, number[]> {
  const applying = new Map<number, number[]>();
  for (const item of items) {
    const scope = scopeOf(item.scope);
    const matched = Object.keys(scope).length === 0 ? drawnIds : subjectIdsMatching(db, drawnIds, scope);
    for (const id of matched) applying.set(id, [...(applying.get(id) ?? []), item.id]);
  }
  return applying;
}

/** Locks the latest drawn attempt: from now on the task's list is fixed. */
export function lockDraw(ctx: HandlerContext, drawId: number) {
  const { draw, task } = openAttempt(ctx, drawId, 'drawn');
  const now = ctx.now.toISOString();
  const locked = ctx.db
    .update(draws)
    .set({ status: 'locked', lockedAt: now, ...updateStamp(ctx.now) })
    .where(eq(draws.id, draw.id))
    .returning()
    .get();
  markTaskLocked(ctx.db, task.id, ctx.now);
  // Each subject's 检查码 exists from the moment its list is final, so notices can be printed at once.
  ensureCodes(ctx.db, task.id, ctx.now);
  ctx.touches('draw', draw.id);
  return attemptViewOf(locked);
}
