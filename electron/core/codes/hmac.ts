import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Db, ReadableDb } from '../../../db/client';
import { readSetting, writeSetting } from '../settings';

/**
 * 检查码: a short code per inspection and a QR payload, both keyed with the office's secret so that a printed notice
 * can be checked as genuine and a forged or altered one cannot. The secret never leaves the core (settings.list
 * hides it) and is made once, the first time a task is locked.
 */
export const SECRET_KEY = 'codes.secret';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PAYLOAD_TAG = 'SSJ1';
const CODE_CHARS = 12;
const MAC_CHARS = 16;

function base32(bytes: Buffer, chars: number): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

const mac = (secret: string, text: string): Buffer => createHmac('sha256', secret).update(text, 'utf8').digest();

/** The office's secret, or null while no task has been locked. */
export const secretOf = (db: ReadableDb): string | null => readSetting(db, SECRET_KEY, z.string().min(32), '') || null;

/** The secret, made on first use (a write: call inside a write method). */
export function ensureSecret(db: Db, now: Date): string {
  const existing = secretOf(db);
  if (existing) return existing;
  const made = randomBytes(32).toString('hex');
  writeSetting(db, SECRET_KEY, made, now);
  return made;
}

/** The short code of a subject in a task: 12 characters shown as XXXX-XXXX-XXXX. */
export function shortCode(secret: string, taskId: number, subjectId: number): string {
  const raw = base32(mac(secret, `code|${taskId}|${subjectId}`), CODE_CHARS);
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** What a typed code may look like: lower case, spaces, O for 0 and I/L for 1 are accepted. */
export function normalizeCode(text: string): string | null {
  const raw = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (raw.length !== CODE_CHARS || [...raw].some((c) => !ALPHABET.includes(c))) return null;
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

export interface CodePayload {
  code: string;
  taskId: number;
  /** The subject's USCC, or #id for a subject without one (a product, a project). */
  subject: string;
  certNos: string[];
  periodStart: string;
  periodEnd: string;
}

/** A certificate number as the payload carries it: the payload's own separators cannot appear inside a field. */
export const certToken = (certNo: string | null): string => (certNo ?? '').replace(/[|,]/g, '_');

const fieldsOf = (p: CodePayload): string[] => [
  PAYLOAD_TAG,
  p.code,
  String(p.taskId),
  p.subject,
  p.certNos.join(','),
  p.periodStart,
  p.periodEnd,
];

/** The QR text: the fields joined by '|' and a truncated HMAC over them. */
export function payloadText(secret: string, payload: CodePayload): string {
  const body = fieldsOf(payload).join('|');
  return `${body}|${base32(mac(secret, body), MAC_CHARS)}`;
}

export const looksLikePayload = (text: string): boolean => text.trim().startsWith(`${PAYLOAD_TAG}|`);

/** Reads a payload and checks its signature: the fields when genuine, the reason otherwise. */
export function readPayload(
  secret: string | null,
  text: string,
): { ok: true; payload: CodePayload } | { ok: false; reason: string } {
  const parts = text.trim().split('|');
  const [tag, code, taskId, subject, certs, periodStart, periodEnd, signature] = parts;
  if (
    parts.length !== 8 ||
    tag !== PAYLOAD_TAG ||
    !code ||
    !/^\d+$/.test(taskId ?? '') ||
    !subject ||
    !periodStart ||
    !periodEnd ||
    !signature
  )
    return { ok: false, reason: '二维码内容格式不对，不是本系统生成的检查码。' };
  if (!secret) return { ok: false, reason: '本单位尚未生成过检查码，无法确认该二维码。' };
  const expected = Buffer.from(base32(mac(secret, parts.slice(0, 7).join('|')), MAC_CHARS));
  const given = Buffer.from(signature.toUpperCase());
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: '签名不符：二维码内容被改动过，或不是本单位签发的检查码。' };
  const certNos = certs ? certs.split(',') : [];
  return { ok: true, payload: { code, taskId: Number(taskId), subject, certNos, periodStart, periodEnd } };
}
