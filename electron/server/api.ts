import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '../core/app';
import { CALL_TOO_LARGE, callInputFromJson, MAX_CALL_BYTES } from '../core/door-limits';
import { clearedSessionCookie, readSessionCookie, sessionCookie } from './cookies';
import { isJsonContentType, isLocalRequest, isSameOrigin } from './security';

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

const refuse = (res: ServerResponse, status: number, code: string, message: string): void =>
  sendJson(res, status, { ok: false, error: { code, message } });

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CALL_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** POST /api/:method — a thin door: transport checks, then dispatch; the session rides in an HttpOnly cookie. */
export async function handleApi(core: Core, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') return refuse(res, 405, 'METHOD_NOT_ALLOWED', '接口只接受 POST 请求。');
  if (!isSameOrigin(req)) return refuse(res, 403, 'FORBIDDEN', '拒绝来自其他网站的请求。');
  if (!isJsonContentType(req.headers['content-type'])) {
    return refuse(res, 415, 'INVALID_INPUT', '请求格式应为 JSON。');
  }
  const body = await readBody(req);
  const input = body === null ? ({ ok: false, error: CALL_TOO_LARGE } as const) : callInputFromJson(body);
  if (!input.ok) return refuse(res, input.error === CALL_TOO_LARGE ? 413 : 400, input.error.code, input.error.message);
  const { session, ...result } = await core.call(
    {
      door: 'http',
      local: isLocalRequest(req),
      sessionToken: readSessionCookie(req),
      address: req.socket.remoteAddress,
    },
    method,
    input.value,
  );
  const headers: Record<string, string> = {};
  if (session?.kind === 'started') headers['Set-Cookie'] = sessionCookie(session.token);
  if (session?.kind === 'ended') headers['Set-Cookie'] = clearedSessionCookie();
  sendJson(res, 200, result, headers);
}
