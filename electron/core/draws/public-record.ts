import { z } from 'zod';
import { sha256Hex } from '../canonical';
import { STRATA, seedOf, type DrawParameters, type DrawRecord } from './object-draw';
import { formatProblem } from './record-schemas';

/**
 * The public form of a draw (ssj-draw-public/1), for a business or the public: the commitments (pool hash, nonce
 * hash), the witnesses' inputs, the revealed nonce, the parameters, the seed and the drawn subjects' numbers —
 * ascending, without their credit-risk classes (the full record, grouped by class, is internal: 监督/纪检 only).
 * Anyone can check the nonce against its published hash and the seed against the published hashes and the inputs;
 * the drawn list itself can only be recomputed from the full record.
 */
export const PUBLIC_FORMAT = 'ssj-draw-public/1';

export interface PublicDraw {
  format: typeof PUBLIC_FORMAT;
  algorithm: DrawRecord['algorithm'];
  poolHash: string;
  nonceHash: string;
  parameters: DrawParameters;
  witnesses: DrawRecord['witnesses'];
  nonce: string;
  seed: string;
  drawn: number[];
}

export function publicFormOf(draw: DrawRecord): PublicDraw {
  return {
    format: PUBLIC_FORMAT,
    algorithm: draw.algorithm,
    poolHash: draw.poolHash,
    nonceHash: draw.nonceHash,
    parameters: draw.parameters,
    witnesses: draw.witnesses,
    nonce: draw.nonce,
    seed: draw.seed,
    drawn: STRATA.flatMap((c) => draw.result.selected[c]).sort((a, b) => a - b),
  };
}

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const publicSchema = z.strictObject({
  format: z.literal(PUBLIC_FORMAT),
  algorithm: z.enum(['ssj-draw/1', 'ssj-draw/2']),
  poolHash: hex64,
  nonceHash: hex64,
  // The parameters' own strict shape is the full record's (record-schemas.ts); here they are hashed as given.
  parameters: z.looseObject({
    counts: z.strictObject({ A: z.number(), B: z.number(), C: z.number(), D: z.number(), P: z.number() }),
  }),
  witnesses: z.array(z.strictObject({ name: z.string(), value: z.string() })),
  nonce: z.string(),
  seed: hex64,
  drawn: z.array(z.number().int()),
});

/** What the published notice printed, to compare against (either may be left out). */
export interface PublishedHashes {
  poolHash?: string;
  nonceHash?: string;
}

/** Checks a public form: the published hashes, the nonce against its hash, the seed, and the drawn list's size. */
export function verifyPublic(
  document: unknown,
  published: PublishedHashes,
): { ok: true; summary: string } | { ok: false; difference: string } {
  const parsed = publicSchema.safeParse(document);
  if (!parsed.success) return { ok: false, difference: formatProblem(parsed.error) };
  const form = parsed.data as unknown as PublicDraw;
  const fail = (difference: string) => ({ ok: false as const, difference });
  if (published.poolHash && published.poolHash !== form.poolHash)
    return fail(`poolHash: 记录为 ${form.poolHash}，公布的候选名单哈希为 ${published.poolHash}`);
  if (published.nonceHash && published.nonceHash !== form.nonceHash)
    return fail(`nonceHash: 记录为 ${form.nonceHash}，公布的随机数承诺值为 ${published.nonceHash}`);
  const nonceHash = sha256Hex(form.nonce);
  if (nonceHash !== form.nonceHash) return fail(`nonceHash: 记录为 ${form.nonceHash}，按 nonce 重算为 ${nonceHash}`);
  const seed = seedOf(form);
  if (seed !== form.seed) return fail(`seed: 记录为 ${form.seed}，重算为 ${seed}`);
  const total = STRATA.reduce((n, c) => n + form.parameters.counts[c], 0);
  if (form.drawn.length !== total || new Set(form.drawn).size !== total)
    return fail(`drawn: 抽中 ${form.drawn.length} 户（不重复 ${new Set(form.drawn).size} 户），参数应抽 ${total} 户`);
  const against = [published.poolHash && '候选名单哈希', published.nonceHash && '随机数承诺值'].filter(Boolean);
  return {
    ok: true,
    summary: `公开版一致：随机数与承诺值相符，种子按监督人输入重算一致，抽中 ${total} 户${against.length > 0 ? `；已与公布的${against.join('、')}核对` : '（未提供公布的哈希，未作比对）'}。`,
  };
}
