import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { OFFICE_TIME_ZONE } from './time-zone';

const ROOT = path.resolve(__dirname, '../..');

export interface RunningApp {
  url: string;
  dataDir: string;
}

/** Starts the real browser-mode server (`electron/server/main.ts`) on a fresh data directory and a free port. */
async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    ['electron/server/main.ts', '--data', dataDir, '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, TZ: OFFICE_TIME_ZONE },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /已启动：(http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url };
}

/** A server of its own for one test: its address and its fresh data directory. */
interface StartedServer extends RunningApp {
  child: ChildProcess;
}

async function launch(): Promise<StartedServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ssj-e2e-'));
  const { child, url } = await startServer(dataDir);
  return { child, url, dataDir };
}

async function stop(server: StartedServer): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

/**
 * Servers for the worker's tests, one kept started ahead: a server's start (tsx compiling the core) is most of a
 * short test's time, so the next test's server starts while this one runs. Each test still gets its own server on
 * its own fresh data directory, which nothing touched before it.
 */
interface ServerPool {
  take(): Promise<StartedServer>;
}

/**
 * Every spec's `page`: an uncaught exception or an unhandled promise rejection on the page fails the test at its
 * end, listing each one. A dialog's failed field check, a late answer, a missing catch: none may reach the console.
 */
export const test = base.extend<{ app: RunningApp }, { servers: ServerPool }>({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) =>
      // A rejection with a value that is not an Error (antd's failed validateFields) comes without any text.
      errors.push(error.stack || error.message || 'an unhandled rejection with a value that is not an Error'),
    );
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Uncaught (in promise)')) errors.push(message.text());
    });
    await use(page);
    expect(errors, `page errors during the test:\n${errors.join('\n\n')}`).toEqual([]);
  },
  servers: [
    async ({}, use) => {
      let spare: Promise<StartedServer> | null = null;
      const startSpare = () => {
        spare = launch();
        // Awaited when taken (or at the end); until then a failed start must not count as unhandled.
        spare.catch(() => undefined);
      };
      await use({
        async take() {
          const next = spare ?? launch();
          startSpare();
          return next;
        },
      });
      const left = await (spare as Promise<StartedServer> | null)?.catch(() => null);
      if (left) await stop(left);
    },
    { scope: 'worker' },
  ],
  app: async ({ servers }, use) => {
    const server = await servers.take();
    await use({ url: server.url, dataDir: server.dataDir });
    await stop(server);
  },
});

export { expect } from '@playwright/test';
