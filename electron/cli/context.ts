import os from 'node:os';
import { openCore, type Core } from '../core/app';
import type { Caller } from '../core/context';
import { defaultDataDir } from '../core/paths';
import { CliExit } from './exit';

/** Whoever can run the CLI holds the database file already; it acts as an administrator and is audited as such. */
export function cliCaller(): Caller {
  let osUser = 'unknown';
  try {
    osUser = os.userInfo().username;
  } catch {
    // Some containers have no passwd entry; the audit still says the CLI did it.
  }
  return {
    door: 'cli',
    local: true,
    actor: { id: null, username: `cli:${osUser}`, displayName: '命令行', role: 'admin', departmentId: null },
  };
}

export function openCliCore(dataDir: string | undefined): Core {
  return openCore({ dataDir: dataDir ?? defaultDataDir() });
}

export { CliExit } from './exit';

/** Runs a contract method as the CLI and returns its value, or stops with the core's Chinese message. */
export async function callOrExit<T>(core: Core, method: string, input: unknown): Promise<T> {
  const { session: _session, ...result } = await core.call(cliCaller(), method, input);
  if (!result.ok) throw new CliExit(`错误：${result.error.message}`, 1);
  return result.value as T;
}
