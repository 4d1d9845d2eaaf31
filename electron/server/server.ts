import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core/app';
import { readAllowedHosts } from '../core/settings';
import { handleApi } from './api';
import { handleDownload, handleUpload } from './files';
import { HOST_REFUSAL, isAllowedHost } from './hosts';
import { setSecurityHeaders } from './security';
import { serveStatic } from './static-files';

export interface ServerOptions {
  core: Core;
  rendererDir?: string;
  host?: string;
  port?: number;
  /** Host names allowed besides the loopback ones and those in the setting (`npm run serve -- --allowed-host`). */
  allowedHosts?: readonly string[];
}

export const defaultRendererDir = (): string => path.resolve(__dirname, '../../out/renderer');

const API_PREFIX = '/api/';

export function createAppServer(options: ServerOptions): http.Server {
  const rendererDir = options.rendererDir ?? defaultRendererDir();
  const extraHosts = options.allowedHosts ?? [];
  return http.createServer((req, res) => {
    setSecurityHeaders(res);
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!isAllowedHost(req, [...extraHosts, ...readAllowedHosts(options.core.db)])) {
      refuseHost(res, pathname.startsWith(API_PREFIX));
      return;
    }
    if (pathname.startsWith(API_PREFIX)) {
      const rest = pathname.slice(API_PREFIX.length);
      const work =
        rest === 'upload'
          ? handleUpload(options.core, req, res)
          : rest.startsWith('download/')
            ? handleDownload(options.core, rest.slice('download/'.length), req, res)
            : handleApi(options.core, rest, req, res);
      work.catch((error: unknown) => {
        console.error('[server] request failed:', error);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: '服务器内部错误，请重试。' } }));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(rendererDir, req, res);
  });
}

/** 421 Misdirected Request: a JSON refusal for the API, plain text for a page. */
function refuseHost(res: http.ServerResponse, api: boolean): void {
  if (api) {
    res.writeHead(421, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ ok: false, error: { code: 'FORBIDDEN', message: HOST_REFUSAL } }));
  } else {
    res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end(HOST_REFUSAL);
  }
}

/** Binds to 127.0.0.1 unless told otherwise: the intranet sees the app only when an administrator opens it up. */
export async function startAppServer(options: ServerOptions): Promise<{ server: http.Server; url: string }> {
  const server = createAppServer(options);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5180, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { server, url: `http://${shownHost === '0.0.0.0' ? '127.0.0.1' : shownHost}:${port}` };
}
