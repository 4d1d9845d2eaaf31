import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { makeTempDir } from '../support/core';

const dir = makeTempDir('ssj-cli-calendar-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => runCli(dir, ...args);

describe('CLI: calendar', () => {
  it('adds working days over holidays and make-up weekends, and says whether a day is worked', () => {
    expect(cli('calendar', 'add', '2026-02-13', '1')).toMatchObject({ code: 0, out: '2026-02-14' });
    expect(cli('calendar', 'add', '2026-09-30', '3')).toMatchObject({ code: 0, out: '2026-10-10' });
    expect(cli('calendar', 'is-workday', '2026-10-10')).toMatchObject({ code: 0, out: '是' });
    expect(cli('calendar', 'is-workday', '2026-10-05')).toMatchObject({ code: 1, out: '否' });
  });

  it('refuses uncovered years and bad input with a message, and usage errors with 64', () => {
    const beyond = cli('calendar', 'add', '2026-12-30', '5');
    expect(beyond.code).toBe(1);
    expect(beyond.err).toContain('2027 年');
    expect(cli('calendar', 'is-workday', '2026-02-30').code).toBe(1);
    expect(cli('calendar', 'add', '2026-01-05').code).toBe(64);
    expect(cli('calendar', 'add', '2026-01-05', 'x').code).toBe(64);
  });
});
