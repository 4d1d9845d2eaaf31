import net from 'node:net';
import type { IncomingMessage } from 'node:http';
import { HOST_ENTRY } from '../core/settings';

interface HostName {
  /** Lower-case name, IPv4 address, or IPv6 address without its brackets. */
  name: string;
  port: string | null;
}

/** Splits a Host header (or an allow-list entry) strictly; anything unusual is null and so never allowed. */
export function parseHost(value: string | undefined): HostName | null {
  if (value === undefined) return null;
  const text = value.trim().toLowerCase();
  if (!HOST_ENTRY.test(text)) return null;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed)
    return net.isIPv6(bracketed[1] ?? '') ? { name: bracketed[1] ?? '', port: bracketed[2] ?? null } : null;
  const [name = '', port = null] = text.split(':');
  return { name, port };
}

const unmapped = (address: string): string => address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');

/** localhost, 127.0.0.0/8 and ::1: names that can only mean this very machine. */
export function isLoopbackName(name: string): boolean {
  const plain = unmapped(name);
  return plain === 'localhost' || plain === '::1' || (net.isIPv4(plain) && plain.startsWith('127.'));
}

/** The Host header names this machine by a loopback name or address. */
export function hasLoopbackHost(req: IncomingMessage): boolean {
  const host = parseHost(req.headers.host);
  return host !== null && isLoopbackName(host.name);
}

/**
 * A DNS-rebinding page reaches us under its own name (`Host: attacker.example`), so the browser treats our answers
 * as its own. Only names that cannot be rebound are answered: loopback ones, the address the connection came in on
 * (the intranet address when the server listens on all interfaces), and the names the administrator registered.
 */
export function isAllowedHost(req: IncomingMessage, allowed: readonly string[]): boolean {
  const host = parseHost(req.headers.host);
  if (!host) return false;
  if (isLoopbackName(host.name)) return true;
  const local = req.socket.localAddress;
  if (local !== undefined && unmapped(local) === host.name) return true;
  return allowed.some((entry) => {
    const allowedHost = parseHost(entry);
    return allowedHost !== null && allowedHost.name === host.name && (allowedHost.port ?? host.port) === host.port;
  });
}

export const HOST_REFUSAL =
  '拒绝访问：浏览器地址栏中的地址未被允许访问本系统（这可能是其他网站借用域名发起的攻击）。请用本机地址（如 http://127.0.0.1）或系统管理员在“系统设置 → 访问地址”中登记的地址访问。';
