import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * The real path of a file under the root, or null. Symlinks are never followed, not even ones that stay inside: the
 * file's real path must be exactly the path the URL names under the root's real path.
 */
function fileUnder(rootDir: string, relative: string): string | null {
  let root: string;
  try {
    root = fs.realpathSync(rootDir);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    if (fs.realpathSync(file) !== file || !fs.lstatSync(file).isFile()) return null;
  } catch {
    return null;
  }
  return file;
}

/** Serves the built renderer; any path outside it (../, a symlink) is treated as not found. */
export function serveStatic(rootDir: string, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    relative = '/';
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const file = relative.includes('\0') ? null : fileUnder(rootDir, relative);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('未找到该页面。');
    return;
  }
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  // Bundled assets carry a content hash in their names, so they may be cached; index.html must not be.
  const cache = relative.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache });
  fs.createReadStream(file).pipe(res);
}
