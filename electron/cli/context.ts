import os from 'node:os';
import { openCore, type Core } from '../core/app';
import { call, callByName, CallError } from '../core/call';
import type { Caller } from '../core/context';
import type { MethodInput, MethodName, MethodOutput } from '../core/contract';
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

/** Stops the CLI with a method's refusal (exit code 1, the core's Chinese message); other errors pass. */
function exitOnRefusal(error: unknown): never {
  if (error instanceof CallError) throw new CliExit(`错误：${error.message}`, 1);
  throw error;
}

/** Runs a contract method as the CLI and returns its value, or stops with the core's Chinese message. */
export function callOrExit<M extends MethodName>(
  core: Core,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  return call(core, cliCaller(), method, input).catch(exitOnRefusal);
}

/** The same for a method named on the command line (`call METHOD JSON`): dispatch checks the name and the input. */
export function callNamedOrExit(core: Core, method: string, input: unknown): Promise<unknown> {
  return callByName(core, cliCaller(), method, input).catch(exitOnRefusal);
}
