import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { hasLoopbackHost } from './hosts';

/** The headers of every answer: the app's policy (the desktop window enforces the same one), no sniffing, no framing. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** A connection from this very machine's loopback address. */
export function isLoopback(req: IncomingMessage): boolean {
  const address = req.socket.remoteAddress ?? '';
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/**
 * A request from this very machine, made to it by a loopback name: only such a caller may claim the first
 * administrator account. The peer alone is not enough: a page the operator opens may rebind its own name to 127.0.0.1.
 */
export function isLocalRequest(req: IncomingMessage): boolean {
  return isLoopback(req) && hasLoopbackHost(req);
}

/**
 * Cross-site requests are refused three ways: the cookie is SameSite=Strict, the API demands a JSON content type
 * (a cross-origin page cannot send one without a preflight we never grant), and a present Origin must be our own.
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`);
}

/**
 * Exactly `application/json`, optionally with a UTF-8 charset: a looser match (`application/jsonx`,
 * `text/plain; application/json`) would let a cross-site form slip past the preflight this check relies on.
 */
export function isJsonContentType(value: string | undefined): boolean {
  return /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i.test(value ?? '');
}
