import type { Db } from '../../db/client';
import type { FileArea } from './files';
import type { Role } from './roles';
import type { Stash } from './stash';

export type Door = 'ipc' | 'http' | 'cli';

/** The person (or the command line) on whose behalf a method runs. */
export interface Actor {
  id: number | null;
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
}

/** What a door knows about the call: where it came from and the session it carries. */
export interface Caller {
  door: Door;
  /** True for the desktop window, the CLI, and HTTP requests from the loopback address. */
  local: boolean;
  sessionToken?: string | null;
  /** The network address of an HTTP caller (throttling of failed logins, the audit trail). */
  address?: string;
  /** Only the CLI names its actor directly: whoever can run it already holds the database file. */
  actor?: Actor;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What a handler receives besides its validated input. */
export interface HandlerContext {
  db: Db;
  caller: Caller;
  actor: Actor | null;
  now: Date;
  /** Work held between calls (an import previewed, then committed). */
  stash: Stash;
  /** Uploaded and generated files, by opaque id. */
  files: FileArea;
  /** Names the record a write touched, for the audit entry. */
  touches(entityType: string, entityId: string | number): void;
  /** Opens a login session for the user; the door carries the token (cookie, window), never the renderer. */
  startSession(userId: number): void;
  endSession(): void;
}

export function requireActor(ctx: HandlerContext): Actor {
  if (!ctx.actor) throw new Error('requireActor: dispatch let an anonymous call through');
  return ctx.actor;
}
