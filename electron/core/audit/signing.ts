import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { z } from 'zod';
import type { Db, ReadableDb } from '../../../db/client';
import { canonical } from '../canonical';
import { readSetting, writeSetting } from '../settings';

/**
 * The office's Ed25519 key for signed audit anchors: made on first use, kept in settings like the 检查码 secret
 * (settings.list hides it, settings.set refuses it). The public key is printed in every anchor file.
 */
export const ANCHOR_KEY = 'audit.anchorKey';
export const ANCHOR_FORMAT = 'ssj-audit-anchor/1';

const keySchema = z.object({ publicKey: z.string().min(40), privateKey: z.string().min(40) });
type AnchorKey = z.infer<typeof keySchema>;

export const anchorFileSchema = z.object({
  format: z.literal(ANCHOR_FORMAT),
  office: z.string(),
  entryId: z.number().int().min(1),
  headHash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
  publicKey: z.string(),
  signature: z.string(),
});
export type AnchorFile = z.infer<typeof anchorFileSchema>;

const storedKey = (db: ReadableDb): AnchorKey | null => readSetting(db, ANCHOR_KEY, keySchema.nullable(), null);

export const officePublicKey = (db: ReadableDb): string | null => storedKey(db)?.publicKey ?? null;

/** The key, made on first use (a write: call inside a write method). */
function ensureKey(db: Db, now: Date): AnchorKey {
  const existing = storedKey(db);
  if (existing) return existing;
  const pair = generateKeyPairSync('ed25519');
  const made = {
    publicKey: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
  };
  writeSetting(db, ANCHOR_KEY, made, now);
  return made;
}

const signedText = (file: Omit<AnchorFile, 'signature'>): Buffer => {
  const { format, office, entryId, headHash, at, publicKey } = file;
  return Buffer.from(canonical({ format, office, entryId, headHash, at, publicKey }), 'utf8');
};

export function signAnchor(db: Db, head: { id: number; hash: string }, office: string, now: Date): AnchorFile {
  const key = ensureKey(db, now);
  const body = {
    format: ANCHOR_FORMAT,
    office,
    entryId: head.id,
    headHash: head.hash,
    at: now.toISOString(),
    publicKey: key.publicKey,
  } as const;
  const privateKey = createPrivateKey({ key: Buffer.from(key.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return { ...body, signature: sign(null, signedText(body), privateKey).toString('base64') };
}

/** The file's head when its signature holds with the office's own key; otherwise why not, in Chinese. */
export function readAnchorFile(
  db: ReadableDb,
  content: unknown,
): { ok: true; file: AnchorFile } | { ok: false; reason: string } {
  const parsed = anchorFileSchema.safeParse(content);
  if (!parsed.success) return { ok: false, reason: '锚点文件格式不正确（不是本系统生成的签名锚点文件，或内容不完整）' };
  const file = parsed.data;
  let valid = false;
  try {
    const publicKey = createPublicKey({ key: Buffer.from(file.publicKey, 'base64'), format: 'der', type: 'spki' });
    valid = verify(null, signedText(file), publicKey, Buffer.from(file.signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: '锚点文件的签名无效：文件在签名后被改动过，或并非由签名密钥生成' };
  if (file.publicKey !== officePublicKey(db)) {
    return {
      ok: false,
      reason: '锚点文件的公钥与本单位的签名密钥不符：它不是本单位这台电脑生成的，或本单位的密钥已被替换',
    };
  }
  return { ok: true, file };
}
