import { asc, eq } from 'drizzle-orm';
import { resultAttachments } from '../../../db/schema';
import { requireActor, type HandlerContext, type ReadContext } from '../context';
import { AppError, notFound } from '../errors';
import { EntryAccess } from './access';
import { findResult } from './lookups';
import { insertStamps } from '../row-stamps';

/** Photographs and scanned records of an inspection: kept with the result, each at most 20 MB. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

const attachmentView = (a: typeof resultAttachments.$inferSelect) => ({
  id: a.id,
  name: a.name,
  size: a.size,
  actorName: a.actorName,
  createdAt: a.createdAt,
});

export const attachmentsOf = (ctx: ReadContext, resultId: number) =>
  ctx.db
    .select()
    .from(resultAttachments)
    .where(eq(resultAttachments.resultId, resultId))
    .orderBy(asc(resultAttachments.id))
    .all()
    .map(attachmentView);

/** Attaches an uploaded file to a result; whoever may enter the result may attach to it. */
export function attach(ctx: HandlerContext, resultId: number, upload: string, name: string) {
  const result = findResult(ctx.db, resultId);
  if (!result) throw notFound('该检查结果');
  const actor = requireActor(ctx);
  const refusal = new EntryAccess(ctx.db, actor).refusal(result.taskId, result.subjectId, result.departmentId);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
  const kept = ctx.files.keepUpload(upload, ATTACHMENT_MAX_BYTES);
  const row = ctx.db
    .insert(resultAttachments)
    .values({
      resultId,
      name,
      storedName: kept.storedName,
      size: kept.size,
      actorName: actor.displayName,
      ...insertStamps(ctx.now),
    })
    .returning()
    .get();
  ctx.touches('result', resultId);
  return attachmentView(row);
}

export function attachmentFile(ctx: ReadContext, id: number) {
  const row = ctx.db.select().from(resultAttachments).where(eq(resultAttachments.id, id)).get();
  if (!row) throw notFound('该附件');
  return { download: ctx.files.attachmentDownload(row.storedName, row.name).id, fileName: row.name };
}
