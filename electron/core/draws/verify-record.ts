import { STRATA, verifyDraw, type DrawRecord } from './object-draw';
import { PUBLIC_FORMAT, verifyPublic, type PublishedHashes } from './public-record';
import { exportSchema, formatProblem, type ExportAnchor } from './record-schemas';
import { verifyMatch, type MatchRecord } from './team-match';

export type Verification = { ok: true; summary: string } | { ok: false; difference: string };

/** The order the match visits the drawn subjects in: the drawn batch order, else class by class as drawn. */
export const visitOrder = (draw: DrawRecord): number[] =>
  draw.result.batches ? draw.result.batches.flat() : STRATA.flatMap((c) => draw.result.selected[c]);

/**
 * `draw verify`: recomputes an exported record from itself alone — the draw from its pool, parameters, witness
 * numbers and nonce; the teams from the draw's seed and the match's own inputs — and names the first difference.
 */
export function verifyExported(document: unknown, published: PublishedHashes = {}): Verification {
  // The public form (no pool, no classes) is checked against the published hashes instead.
  if ((document as { format?: unknown } | null)?.format === PUBLIC_FORMAT) return verifyPublic(document, published);
  const parsed = exportSchema.safeParse(document);
  if (!parsed.success) return { ok: false, difference: formatProblem(parsed.error) };
  const { draw, match } = parsed.data as { draw: DrawRecord; match: MatchRecord | null };
  if (parsed.data.format === 'ssj-draw-export/2') {
    const anchored = anchorProblem(parsed.data.anchors, match !== null);
    if (anchored) return { ok: false, difference: anchored };
  }
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
  const attempt = matchAttemptProblem(draw, match);
  if (attempt) return { ok: false, difference: attempt };
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

/**
 * The match's task and attempt number against the draw record's own history (docs/draw-algorithm.md §4, 匹配的次数):
 * the match is of the draw's task, and its attempt counts from 1. Teams are matched only to a locked draw, and a
 * locked draw is never drawn again, so every earlier attempt the draw lists (superseded, open or drawn — never
 * locked) had no match: the matches of the task are all of this draw, and the first is 1. The attempt is covered by
 * the match's seed, but the seed is recomputable from the record, so a record whose attempt was rewritten together
 * with its seed and teams is refused here.
 */
function matchAttemptProblem(draw: DrawRecord, match: MatchRecord): string | null {
  const { taskId, attempt } = match.parameters;
  if (taskId !== draw.parameters.taskId)
    return `match.parameters.taskId: 匹配记录的任务为 ${taskId}，抽取记录的任务为 ${draw.parameters.taskId}`;
  if (!Number.isInteger(attempt) || attempt < 1)
    return `match.parameters.attempt: 匹配次数应为从 1 起的整数（本任务的匹配都在锁定的这次抽取上），记录为 ${attempt}`;
  return null;
}

/**
 * The audit anchors of an ssj-draw-export/2 file: open, run and lock of the draw in this order (entry numbers and
 * times rising), so the nonce's hash was committed before the witnesses typed; and the match's entry exactly when the
 * file carries a match — a file whose match was removed still names the match's audit entry, and is refused.
 */
function anchorProblem(anchors: ExportAnchor[], hasMatch: boolean): string | null {
  const steps = anchors.map((a) => a.step);
  const expected = ['open', 'run', 'lock', 'match'].filter((s) => steps.includes(s as ExportAnchor['step']));
  if (steps.join(',') !== expected.join(',') || !steps.includes('open'))
    return `anchors: 审计锚点应依次为开始、抽取、锁定、匹配，记录为 [${steps.join(',')}]`;
  for (let i = 1; i < anchors.length; i += 1) {
    const [before, after] = [anchors[i - 1], anchors[i]];
    if (before && after && (after.entryId <= before.entryId || after.at < before.at))
      return `anchors[${i}]: 审计记录 ${after.entryId}（${after.at}）不在 ${before.entryId}（${before.at}）之后`;
  }
  if (!steps.includes('run') && steps.length > 1) return 'anchors: 未抽取的记录不应有锁定或匹配锚点';
  if (steps.includes('match') && !hasMatch)
    return 'match: 审计锚点表明本任务已匹配执法人员，但记录中没有匹配结果（匹配记录被删去）';
  if (hasMatch && !steps.includes('match')) return 'anchors: 记录含匹配结果，但缺少匹配的审计锚点';
  return null;
}
