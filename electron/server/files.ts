import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Core } from '../core/app';
import type { SessionView } from '../core/auth/contract';
import type { Caller } from '../core/context';
import { admitUpload, type UploadAdmission } from '../core/door-limits';
import { AppError, type ErrorCode } from '../core/errors';
import { readSessionCookie } from './cookies';
import { isLocalRequest, isSameOrigin } from './security';

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};
const refuse = (res: ServerResponse, status: number, code: string, message: string): void =>
  json(res, status, { ok: false, error: { code, message } });

const callerOf = (req: IncomingMessage): Caller => ({
  door: 'http',
  local: isLocalRequest(req),
  sessionToken: readSessionCookie(req),
});

/** Files move only for a logged-in user: the same session check every method gets, through dispatch. */
async function sessionUser(core: Core, req: IncomingMessage): Promise<SessionView['user'] | null> {
  const result = await core.call(callerOf(req), 'auth.me', {});
  return result.ok ? (result.value as SessionView).user : null;
}

/** An upload refused: 413 for a file too large, 429 for a full quota, 401/403 for who may not upload at all. */
const UPLOAD_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, CONFLICT: 429 };
const refuseUpload = (res: ServerResponse, error: AppError): void =>
  refuse(res, UPLOAD_STATUS[error.code] ?? 413, error.code, error.message);

/** POST /api/upload?name=…: the raw bytes of one file, stored under an opaque id the methods then take. */
export async function handleUpload(core: Core, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '上传只接受 POST 请求。');
  if (!isSameOrigin(req)) return refuse(res, 403, 'FORBIDDEN', '拒绝来自其他网站的请求。');
  if ((req.headers['content-type'] ?? '') !== 'application/octet-stream') {
    return refuse(res, 415, 'INVALID_INPUT', '上传格式应为 application/octet-stream。');
  }
  let admission: UploadAdmission;
  try {
    admission = await admitUpload(core, callerOf(req));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return refuseUpload(res, error);
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > admission.limit) return refuseUpload(res, admission.refusal(declared));
  const name = new URL(req.url ?? '', 'http://localhost').searchParams.get('name') ?? 'upload.xlsx';
  const target = core.files.newUpload(name, admission.user.id);
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > admission.limit) req.destroy(new Error('too large'));
  });
  try {
    await pipeline(req, fs.createWriteStream(target.path));
  } catch {
    core.files.discardUpload(target.id);
    if (size > admission.limit) return refuseUpload(res, admission.refusal(size));
    return refuse(res, 400, 'INVALID_INPUT', '上传中断，请重试。');
  }
  json(res, 200, { ok: true, value: { upload: target.id } });
}

const CONTENT_TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** GET /api/download/<id>?name=…: a file the core produced, sent once and then removed. */
export async function handleDownload(core: Core, id: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '下载只接受 GET 请求。');
  if (!(await sessionUser(core, req))) return refuse(res, 401, 'UNAUTHENTICATED', '登录已过期或尚未登录，请重新登录。');
  const file = core.files.downloadPath(id);
  if (!file) return refuse(res, 404, 'NOT_FOUND', '文件不存在或已下载过，请重新生成。');
  const query = new URL(req.url ?? '', 'http://localhost').searchParams;
  const name = query.get('name') ?? id;
  // A PDF asked for inline opens in the browser's viewer (preview and print) instead of being saved.
  const disposition = query.get('inline') === '1' && file.endsWith('.pdf') ? 'inline' : 'attachment';
  const ext = path.extname(file).toLowerCase();
  // The page's policy forbids plugins (object-src 'none'), which would stop the browser's PDF viewer; a PDF runs no
  // script of ours, so it goes without it.
  if (disposition === 'inline') res.removeHeader('Content-Security-Policy');
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    'Content-Disposition': `${disposition}; filename="download${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'Content-Length': String(fs.statSync(file).size),
    'Cache-Control': 'no-store',
  });
  await pipeline(fs.createReadStream(file), res);
  fs.rmSync(file, { force: true });
}
