import { readable, type WritableDb } from '../../db/client';
import { recordAnchor, appendAudit } from './audit';
import { allows, createSession, endSession, resolveSession, type SessionActor, type LoginThrottle } from './auth';
import { canonical, sha256Hex } from './canonical';
import type { Actor, Caller, Clock, ReadContext, WriteContext } from './context';
import { contract, isMethodName } from './contract';
import type { MethodSpec } from './define';
import { AppError, diskFullMessage, INTERNAL_MESSAGE, isDiskFull, type Result } from './errors';
import type { FileArea } from './files';
import { isPreparedWrite, type PreparedWrite } from './handler-types';
import { handlers } from './handlers';
import { redactSecrets } from './redact';
import type { Stash } from './stash';
import { ROLE_LABELS } from './roles';
import { describeIssues } from './validation';
import { stripUnsafeDeep } from './clean-text';

export interface CoreRuntime {
  dataDir: string;
  db: WritableDb;
  clock: Clock;
  stash: Stash;
  files: FileArea;
  logins: LoginThrottle;
}

/** What a door must do with the caller's session after the call; never sent to the renderer. */
export type SessionChange = { kind: 'started'; token: string } | { kind: 'ended' };

export type Dispatched = Result<unknown> & { session?: SessionChange };

type AnyHandler = (ctx: WriteContext, input: unknown) => unknown;
type AnyReadHandler = (ctx: ReadContext, input: unknown) => unknown;

const fail = (code: AppError['code'], message: string): Dispatched => ({ ok: false, error: { code, message } });

/** What an account that must change its password may still do: see where it stands, leave, change it. */
const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set([
  'auth.status',
  'auth.me',
  'auth.logout',
  'auth.changePassword',
]);
const MUST_CHANGE_MESSAGE = '您的密码是初始密码或已被管理员重置，请先修改密码，再进行其他操作。';

/**
 * The only way into the application: validate → authorise → run (writes in one IMMEDIATE transaction, with their
 * audit entry) → a Result. It never throws: a bug becomes INTERNAL and its transaction is rolled back.
 */
export async function dispatch(
  core: CoreRuntime,
  caller: Caller,
  name: string,
  rawInput: unknown,
): Promise<Dispatched> {
  try {
    if (!isMethodName(name)) return fail('UNKNOWN_METHOD', `未知的操作「${String(name).slice(0, 60)}」。`);
    const spec: MethodSpec = contract[name];
    const now = core.clock.now();
    const session = sessionOf(core, caller, now, spec.polled !== true);
    const actor = session?.actor ?? null;
    // Who may call comes before what they sent: an anonymous caller learns nothing of a method's input schema.
    if (spec.access !== 'public') {
      if (!session || !actor) return fail('UNAUTHENTICATED', '登录已过期或尚未登录，请重新登录。');
      if (!allows(spec.access, actor.role)) {
        return fail(
          'FORBIDDEN',
          `当前账户（${ROLE_LABELS[actor.role]}）无权执行「${spec.summary}」。如需此权限，请联系系统管理员。`,
        );
      }
      if (session.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(name)) {
        return fail('FORBIDDEN', MUST_CHANGE_MESSAGE);
      }
    }
    // Controls and bidirectional overrides are taken out of every string before it is validated (clean-text.ts).
    const parsed = spec.input.safeParse(stripUnsafeDeep(rawInput ?? {}));
    if (!parsed.success) return fail('INVALID_INPUT', describeIssues(parsed.error));
    if (!spec.write) {
      // A read gets the same connection through a type that cannot write: it runs outside any transaction and
      // leaves no audit entry, so it must not change anything (handler-types.ts gives it `ReadContext`).
      const read = handlers[name] as AnyReadHandler;
      return { ok: true, value: await read(readContextOf(core, caller, actor, now), parsed.data) };
    }
    const run = new Run(core, caller, actor, now);
    const handler = handlers[name] as AnyHandler | PreparedWrite<unknown, unknown>;
    let write = handler as AnyHandler;
    if (isPreparedWrite(handler)) {
      // The slow, asynchronous part (password hashing) runs before the transaction, never inside it, and only reads.
      const prepareContext = { db: readable(core.db), caller, actor, now, logins: core.logins, files: core.files };
      const prepared = await handler.prepare(prepareContext, parsed.data);
      write = (ctx, input) => handler.run(ctx, input, prepared);
    }
    return core.db.$client.transaction(() => run.write(name, spec, write, parsed.data)).immediate();
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    if (isDiskFull(error)) return fail('DISK_FULL', diskFullMessage(core.dataDir));
    console.error(`[dispatch] ${name} failed:`, error);
    return fail('INTERNAL', INTERNAL_MESSAGE);
  }
}

/** The CLI names its actor; the other doors carry a session token. */
function sessionOf(core: CoreRuntime, caller: Caller, now: Date, activity: boolean): SessionActor | null {
  if (caller.actor) return { actor: caller.actor, mustChangePassword: false };
  return caller.sessionToken ? resolveSession(core.db, caller.sessionToken, now, activity) : null;
}

/** What every handler gets; a write's context adds the writable handle, the audit's record and the session. */
function readContextOf(core: CoreRuntime, caller: Caller, actor: Actor | null, now: Date): ReadContext {
  return {
    db: readable(core.db),
    caller,
    actor,
    now,
    stash: core.stash,
    files: core.files,
    noteAnchor: (head, purpose) => recordAnchor(core.db, head, purpose, now),
  };
}

/** The state of one write: what the handler touched and which session it opened or closed. */
class Run {
  private entity: { type: string; id: string } | null = null;
  private session: SessionChange | undefined;
  private sessionUserId: number | null = null;
  readonly context: WriteContext;

  constructor(
    private readonly core: CoreRuntime,
    private readonly caller: Caller,
    private readonly actor: Actor | null,
    now: Date,
  ) {
    this.context = {
      ...readContextOf(core, caller, actor, now),
      db: core.db,
      touches: (type, id) => {
        this.entity = { type, id: String(id) };
      },
      startSession: (userId) => {
        this.session = { kind: 'started', token: createSession(core.db, userId, caller.door, now) };
        this.sessionUserId = userId;
      },
      endSession: () => {
        if (caller.sessionToken) endSession(core.db, caller.sessionToken);
        this.session = { kind: 'ended' };
      },
    };
  }

  /** Runs inside the transaction. A refusal that keeps its writes (failed login) is audited and committed. */
  write(name: string, spec: MethodSpec, handler: AnyHandler, input: unknown): Dispatched {
    let outcome: Dispatched;
    try {
      const value = handler(this.context, input);
      if (value instanceof Promise) throw new Error(`write handler ${name} returned a promise`);
      outcome = { ok: true, value, session: this.session };
    } catch (error) {
      if (!(error instanceof AppError) || !error.keepWrites) throw error;
      outcome = { ok: false, error: { code: error.code, message: error.message } };
    }
    this.audit(name, spec, input, outcome);
    return outcome;
  }

  private audit(name: string, spec: MethodSpec, input: unknown, outcome: Dispatched): void {
    const fallbackId = idOf(outcome.ok ? outcome.value : undefined) ?? idOf(input);
    const entity = this.entity ?? (spec.entity && fallbackId ? { type: spec.entity, id: fallbackId } : null);
    appendAudit(this.core.db, {
      at: this.context.now.toISOString(),
      actorId: this.actor?.id ?? this.sessionUserId,
      actorName: this.actorName(input),
      // The HTTP door's calls name their network address beside the door, e.g. 'http 192.168.1.20'.
      door: this.caller.address ? `${this.caller.door} ${this.caller.address}` : this.caller.door,
      method: name,
      entityType: entity?.type ?? spec.entity ?? null,
      entityId: entity?.id ?? null,
      inputDigest: sha256Hex(canonical(redactSecrets(input))),
      outcome: outcome.ok ? 'ok' : outcome.error.code,
    });
  }

  private actorName(input: unknown): string {
    if (this.actor) return this.actor.username;
    // Login and first-run set-up have no actor yet: name the account they were for.
    const username = (input as { username?: unknown } | null)?.username;
    return typeof username === 'string' ? username : '（未登录）';
  }
}

function idOf(value: unknown): string | null {
  const id = (value as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null;
}
