import { z } from 'zod';
import { DRAW_ALGORITHM, STRATA, verifyDraw, type DrawRecord } from './object-draw';
import { MATCH_ALGORITHM, verifyMatch, type MatchRecord } from './team-match';

const keys = z.array(z.number().int());
const perStratum = z.object({ A: keys, B: keys, C: keys, D: keys, P: keys });
const count = z.number().int().min(0);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** The exported document's shape, checked before any arithmetic so a damaged file gets a plain answer. */
const exportSchema = z.object({
  format: z.literal('ssj-draw-export/1'),
  draw: z.object({
    algorithm: z.literal(DRAW_ALGORITHM),
    pool: perStratum,
    poolHash: hex64,
    parameters: z.object({
      taskId: z.number().int(),
      taskName: z.string(),
      attempt: z.number().int(),
      counts: z.object({ A: count, B: count, C: count, D: count, P: count }),
      batchSize: z.number().int().positive().nullable(),
      // Only in the record of a task that replaces a cancelled one (作废后重建); covered by the seed.
      replaces: z
        .object({
          taskId: z.number().int().positive(),
          taskName: z.string().min(1),
          cancelledOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          approver: z.string().min(1),
          reason: z.string().min(2),
        })
        .strict()
        .optional(),
    }),
    witnesses: z.array(z.object({ name: z.string(), value: z.string() })),
    nonceHash: hex64,
    nonce: z.string(),
    seed: hex64,
    result: z.object({ selected: perStratum, batches: z.array(keys).nullable() }),
  }),
  match: z
    .object({
      algorithm: z.literal(MATCH_ALGORITHM),
      drawSeed: z.string(),
      subjects: z.array(
        z.object({ key: z.number().int(), regionCode: z.string(), departments: z.array(z.number().int()) }),
      ),
      officers: z.array(
        z.object({
          id: z.number().int(),
          departmentId: z.number().int(),
          active: z.boolean(),
          // Absent in records made before it was recorded: the match then counts the number as present.
          hasCertNo: z.boolean().optional(),
          certValidFrom: z.string().nullable(),
          certValidTo: z.string().nullable(),
          expertise: z.array(z.string()),
        }),
      ),
      experts: z.array(z.object({ id: z.number().int(), active: z.boolean(), field: z.string() })),
      recusals: z.array(
        z.object({
          inspectorId: z.number().int(),
          subjectKey: z.number().int().nullable(),
          regionCode: z.string().nullable(),
        }),
      ),
      parameters: z.object({
        taskId: z.number().int(),
        attempt: z.number().int(),
        periodStart: z.string(),
        periodEnd: z.string(),
        teamSize: z.number().int(),
        expertsPerTeam: z.number().int(),
        expertise: z.string().nullable(),
      }),
      seed: hex64,
      teams: z.array(
        z.object({ key: z.number().int(), officers: z.array(z.number().int()), experts: z.array(z.number().int()) }),
      ),
    })
    .nullable(),
});

export type Verification = { ok: true; summary: string } | { ok: false; difference: string };

/** The order the match visits the drawn subjects in: the drawn batch order, else class by class as drawn. */
export const visitOrder = (draw: DrawRecord): number[] =>
  draw.result.batches ? draw.result.batches.flat() : STRATA.flatMap((c) => draw.result.selected[c]);

/**
 * `draw verify`: recomputes an exported record from itself alone — the draw from its pool, parameters, witness
 * numbers and nonce; the teams from the draw's seed and the match's own inputs — and names the first difference.
 */
export function verifyExported(document: unknown): Verification {
  const parsed = exportSchema.safeParse(document);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, difference: `${issue?.path.join('.') || '文件'}: 记录格式不正确（${issue?.message ?? ''}）` };
  }
  const { draw, match } = parsed.data as { draw: DrawRecord; match: MatchRecord | null };
  const replaces = draw.parameters.replaces;
  // The replaced task was cancelled before this one was created, so its number is smaller.
  if (replaces && replaces.taskId >= draw.parameters.taskId)
    return { ok: false, difference: 'draw.parameters.replaces.taskId: 被替代的任务编号应小于本任务编号' };
  const drawn = verifyDraw(draw);
  if (!drawn.ok) return { ok: false, difference: `draw.${drawn.difference}` };
  const total = visitOrder(draw).length;
  const replacing = replaces
    ? `本任务替代已作废的任务 ${replaces.taskId}（${replaces.cancelledOn} 经 ${replaces.approver} 批准作废，原因：${replaces.reason}）；`
    : '';
  if (!match)
    return {
      ok: true,
      summary: `抽取结果一致：${replacing}第 ${draw.parameters.attempt} 次抽取，候选 ${STRATA.reduce((n, c) => n + draw.pool[c].length, 0)} 户，抽中 ${total} 户。`,
    };
  if (match.drawSeed !== draw.seed) return { ok: false, difference: 'match.drawSeed: 与抽取的种子不一致' };
  const order = visitOrder(draw);
  const at = match.subjects.findIndex((s, i) => s.key !== order[i]);
  if (at >= 0 || match.subjects.length !== order.length)
    return { ok: false, difference: `match.subjects[${at >= 0 ? at : order.length}]: 与抽中的对象或顺序不一致` };
  const matched = verifyMatch(match);
  if (!matched.ok) return { ok: false, difference: `match.${matched.difference}` };
  return {
    ok: true,
    summary: `抽取与人员匹配结果一致：${replacing}第 ${draw.parameters.attempt} 次抽取，抽中 ${total} 户；第 ${match.parameters.attempt} 次匹配，${match.teams.length} 个检查组。`,
  };
}
