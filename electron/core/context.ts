import type { ReadableDb, WritableDb } from '../../db/client';
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

/**
 * What a read-only method (contract `write: false`) receives besides its validated input. Its database handle cannot
 * write (`ReadableDb`): a read runs outside any transaction and leaves no audit entry, so a write from it would be
 * neither atomic nor audited. Helpers that only read take this context (or `ReadableDb`), so write handlers can call
 * them too.
 */
export interface ReadContext {
  db: ReadableDb;
  caller: Caller;
  actor: Actor | null;
  now: Date;
  /** Work held between calls (an import previewed, then committed). */
  stash: Stash;
  /** Uploaded and generated files, by opaque id. */
  files: FileArea;
  /**
   * The one write a read may make, and the way it must make it: noting an audit-chain head that leaves the PC in a
   * printed document or an exported log (audit/anchors.ts). Committed on its own and not audited: an anchor records
   * what left the PC, not a change of the office's data. Dispatch supplies it; a read's `db` cannot write.
   */
  noteAnchor(head: { id: number; hash: string }, purpose: string): void;
}

/** What a write method receives: it runs inside dispatch's transaction, which also appends its audit entry. */
export interface WriteContext extends ReadContext {
  db: WritableDb;
  /** Names the record a write touched, for the audit entry. */
  touches(entityType: string, entityId: string | number): void;
  /** Opens a login session for the user; the door carries the token (cookie, window), never the renderer. */
  startSession(userId: number): void;
  endSession(): void;
}

/** Today's name for `WriteContext`, kept so that the write handlers need not change at once. */
export type HandlerContext = WriteContext;

export function requireActor(ctx: ReadContext): Actor {
  if (!ctx.actor) throw new Error('requireActor: dispatch let an anonymous call through');
  return ctx.actor;
}
