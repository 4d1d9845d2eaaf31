import { desc, eq, type SQL } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { creditProposals } from '../../../db/schema';
import { requireActor, type HandlerContext } from '../context';
import { AppError, notFound } from '../errors';
import type { Handlers } from '../handler-types';
import { nameBook } from '../plans';
import { resultBriefs } from '../results';
import { diffRecords, rowToRecord, subjectById, subjectsByIds, SubjectWriter } from '../subjects';
import type { creditContract } from './contract';
import { updateStamp } from '../row-stamps';

function proposalsWhere(db: ReadableDb, where: SQL | undefined) {
  const names = nameBook(db);
  const proposals = db.select().from(creditProposals).where(where).orderBy(desc(creditProposals.id)).limit(2000).all();
  // Each proposal's subject, read through the subjects area in one statement.
  const subjects = subjectsByIds(
    db,
    proposals.map((p) => p.subjectId),
  );
  const rows = proposals.flatMap((p) => {
    const subject = subjects.get(p.subjectId);
    return subject ? [{ p, subjectName: subject.name, uscc: subject.uscc }] : [];
  });
  // The finding behind each proposal, read through the results area.
  const briefs = resultBriefs(
    db,
    rows.map((r) => r.p.resultId),
  );
  return rows.flatMap(({ p, ...rest }) => {
    const result = briefs.get(p.resultId);
    if (!result) return [];
    return [
      { ...p, ...rest, taskName: result.taskName, problems: result.problems, itemName: names.item(result.itemId) },
    ];
  });
}

/**
 * Confirms a proposed class change onto the subject — recorded on its history like any edit, so the next draw's
 * class strata see it — or rejects it. The class must still be the one the proposal started from.
 */
function decide(ctx: HandlerContext, id: number, decision: 'confirm' | 'reject', note: string) {
  const proposal = ctx.db.select().from(creditProposals).where(eq(creditProposals.id, id)).get();
  if (!proposal) throw notFound('该调整建议');
  if (proposal.status !== 'proposed') throw new AppError('CONFLICT', '该调整建议已处理过。');
  const actor = requireActor(ctx);
  const at = ctx.now.toISOString();
  if (decision === 'confirm') {
    const row = subjectById(ctx.db, proposal.subjectId);
    if (!row) throw notFound('该检查对象');
    if (row.riskClass !== proposal.fromClass)
      throw new AppError(
        'CONFLICT',
        `该对象的风险分类已由 ${proposal.fromClass} 改为 ${row.riskClass}，本建议已过时，请驳回后按现状处理。`,
      );
    const before = rowToRecord(row);
    const after = { ...before, riskClass: proposal.toClass as typeof before.riskClass };
    new SubjectWriter(ctx.db, { at, actorName: actor.displayName, source: 'credit' }).update(
      row.id,
      after,
      diffRecords(before, after),
    );
    ctx.touches('subject', row.id);
  } else if (note.length < 2) {
    throw new AppError('INVALID_INPUT', '驳回须写明理由。');
  }
  ctx.db
    .update(creditProposals)
    .set({
      status: decision === 'confirm' ? 'confirmed' : 'rejected',
      decidedBy: actor.displayName,
      decidedAt: at,
      note,
      ...updateStamp(at),
    })
    .where(eq(creditProposals.id, id))
    .run();
  ctx.touches('creditProposal', id);
  const [view] = proposalsWhere(ctx.db, eq(creditProposals.id, id));
  if (!view) throw notFound('该调整建议');
  return view;
}

export const creditHandlers: Handlers<typeof creditContract> = {
  'credit.list': (ctx, input) =>
    proposalsWhere(ctx.db, input.status ? eq(creditProposals.status, input.status) : undefined),
  'credit.decide': (ctx, input) => decide(ctx, input.id, input.decision, input.note),
};
