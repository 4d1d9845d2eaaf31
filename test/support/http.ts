import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startAppServer } from '../../electron/server/server';
import { makeTempDir, openTestCore, type TestCore } from './core';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * An HTTP request with headers a browser's fetch will not let a test set (Host above all), as a rebinding page's
 * browser would send them.
 */
export function rawRequest(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A JSON call to /api/<method> with the given Host (and an Origin to match, as a rebound page sends). */
export function postAs(
  base: string,
  host: string,
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return rawRequest(base, `/api/${method}`, {
    method: 'POST',
    headers: { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The real HTTP door on 127.0.0.1 (a free port) over a fresh core, with a one-page renderer folder of its own. */
export interface TestApp {
  t: TestCore;
  server: http.Server;
  base: string;
  rendererDir: string;
}

export async function serveTestApp(): Promise<TestApp> {
  const t = openTestCore();
  const rendererDir = makeTempDir('ssj-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>测试</title>');
  const { server, url: base } = await startAppServer({ core: t.core, rendererDir, port: 0 });
  return { t, server, base, rendererDir };
}

export async function stopTestApp(app: TestApp): Promise<void> {
  await new Promise((resolve) => app.server.close(resolve));
  app.t.cleanup();
  fs.rmSync(app.rendererDir, { recursive: true, force: true });
}
