import { z } from 'zod';
import { DRAW_ALGORITHM, DRAW_ALGORITHM_V2 } from './object-draw';
import { MATCH_ALGORITHM, MATCH_ALGORITHM_V2 } from './team-match';
import { TARGET_FLAGS } from '../subjects/target-flags.shared';

/**
 * The exported record's format, one strict schema per algorithm version: every object at every level refuses a key
 * the format does not define, so a record cannot carry a claim (an invented stratum, an extra parameter, a witness's
 * note, an officer's title) that nothing checks. docs/draw-algorithm.md defines the same fields in words.
 */

const keys = z.array(z.number().int());
const perStratum = z.strictObject({ A: keys, B: keys, C: keys, D: keys, P: keys });
const count = z.number().int().min(0);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const counts = z.strictObject({ A: count, B: count, C: count, D: count, P: count });
const basisPoints = z.number().int().min(0).max(10_000);
const capOrNone = basisPoints.nullable();

const replaces = z.strictObject({
  taskId: z.number().int().positive(),
  taskName: z.string().min(1),
  cancelledOn: day,
  approver: z.string().min(1),
  reason: z.string().min(2),
});

const parametersV1 = z.strictObject({
  taskId: z.number().int(),
  taskName: z.string(),
  attempt: z.number().int(),
  counts,
  batchSize: z.number().int().positive().nullable(),
  // Only in the record of a task that replaces a cancelled one (作废后重建); covered by the seed.
  replaces: replaces.optional(),
});

/** ssj-draw/2 adds what a verifier needs to check the counts, the pool and the attempts (all under the seed). */
const parametersV2 = parametersV1.extend({
  attempt: z.number().int().positive(),
  ratios: z.strictObject({ A: basisPoints, B: basisPoints, C: basisPoints, D: basisPoints, P: basisPoints }),
  caps: z.strictObject({ A: capOrNone, B: capOrNone, C: capOrNone, D: capOrNone, P: capOrNone }),
  rounding: z.literal('ceil-within-cap-min1'),
  poolFormation: z.strictObject({
    scope: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    penalizedApart: z.boolean(),
    // The flags whose subjects (any of them set) formed stratum P; absent: the penalty flag only (older records).
    targetFlags: z.array(z.enum(TARGET_FLAGS)).min(1).optional(),
    excluded: z.strictObject({ frequencyCap: count }),
  }),
  redraw: z.strictObject({ reason: z.string().min(2), approver: z.string().min(1) }).nullable(),
  earlierAttempts: z.array(
    z.strictObject({
      attempt: z.number().int().positive(),
      status: z.enum(['superseded', 'open', 'drawn']),
      reason: z.string(),
      approver: z.string(),
      poolHash: hex64,
      nonceHash: hex64,
      seed: hex64.nullable(),
    }),
  ),
});

const witnesses = z.array(z.strictObject({ name: z.string(), value: z.string() }));
const result = z.strictObject({ selected: perStratum, batches: z.array(keys).nullable() });

const drawFields = {
  pool: perStratum,
  poolHash: hex64,
  witnesses,
  nonceHash: hex64,
  nonce: z.string(),
  seed: hex64,
  result,
};
export const drawV1 = z.strictObject({ algorithm: z.literal(DRAW_ALGORITHM), parameters: parametersV1, ...drawFields });
export const drawV2 = z.strictObject({
  algorithm: z.literal(DRAW_ALGORITHM_V2),
  parameters: parametersV2,
  ...drawFields,
});

const matchFields = {
  drawSeed: z.string(),
  subjects: z.array(
    z.strictObject({
      key: z.number().int(),
      regionCode: z.string(),
      // Only when a recusal names a township (regionName): the name is read from the address.
      address: z.string().optional(),
      departments: z.array(z.number().int()),
    }),
  ),
  officers: z.array(
    z.strictObject({
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
  experts: z.array(z.strictObject({ id: z.number().int(), active: z.boolean(), field: z.string() })),
  recusals: z.array(
    z.strictObject({
      inspectorId: z.number().int(),
      subjectKey: z.number().int().nullable(),
      regionCode: z.string().nullable(),
      // A township or street by name, matched against the subject's address; absent for a subject or a code.
      regionName: z.string().min(1).optional(),
    }),
  ),
  parameters: z.strictObject({
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
    z.strictObject({ key: z.number().int(), officers: z.array(z.number().int()), experts: z.array(z.number().int()) }),
  ),
};
const match = z.discriminatedUnion('algorithm', [
  z.strictObject({ algorithm: z.literal(MATCH_ALGORITHM), ...matchFields }),
  z.strictObject({ algorithm: z.literal(MATCH_ALGORITHM_V2), ...matchFields }),
]);

/** An audit entry the export points at: its number, time and hash, which `audit verify` checks in the office. */
const anchor = z.strictObject({
  step: z.enum(['open', 'run', 'lock', 'match']),
  entryId: z.number().int().positive(),
  at: z.string(),
  hash: hex64,
});

export const exportV1 = z.strictObject({
  format: z.literal('ssj-draw-export/1'),
  draw: z.discriminatedUnion('algorithm', [drawV1, drawV2]),
  match: match.nullable(),
});

/** ssj-draw-export/2: the same, plus the audit anchors of the draw's open, run and lock and of the match. */
export const exportV2 = exportV1.extend({ format: z.literal('ssj-draw-export/2'), anchors: z.array(anchor) });

export const exportSchema = z.discriminatedUnion('format', [exportV1, exportV2]);
export type ExportAnchor = z.infer<typeof anchor>;

/** The first problem a schema found, in words that name the field: unknown fields by name. */
export function formatProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.join('.') || '文件';
  if (issue?.code === 'unrecognized_keys')
    return `${where}: 记录格式不允许的字段 ${issue.keys.map((k) => `“${k}”`).join('、')}（格式未定义，无法核对，请删去或使用本系统导出的原始记录）`;
  if (issue?.code === 'invalid_union' && issue.path.length > 0 && issue.message.includes('discriminator'))
    return `${where}: 记录格式不正确（未知的格式或算法版本）`;
  return `${where}: 记录格式不正确（${issue?.message ?? ''}）`;
}
