import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestCore, setUpOffice, withToken, type TestCore, type OkCall, resultOf } from '../support/core';
import { runCli } from '../support/cli';
import { lockedTask } from '../support/results';

let t: TestCore;
let admin: string;
beforeEach(async () => {
  t = openTestCore();
  admin = await setUpOffice(t.core);
});
afterEach(() => t.cleanup());

const ok: OkCall = (method, input) => expectOk(t.core, withToken(admin), method, input);

const cli = (...args: string[]) => runCli(t.dir, ...args);

describe('检查码', () => {
  it('gives every subject of a locked task a code, and tells genuine codes and payloads from forged ones', async () => {
    const { taskId, drawn } = await lockedTask(t.core, admin);
    const codes = await ok('codes.ofTask', { taskId });
    expect(codes.map((c) => c.subjectId)).toEqual(drawn.map((s) => s.subjectId));
    expect(new Set(codes.map((c) => c.code)).size).toBe(drawn.length);
    const first = codes[0]!;
    expect(first.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    const byCode = await ok('codes.verify', { text: first.code.toLowerCase().replace(/-/g, ' ') });
    expect(byCode.genuine).toBe(true);
    expect(byCode.details).toMatchObject({
      taskId,
      subjectId: first.subjectId,
      uscc: first.uscc,
      periodStart: '2026-04-01',
    });
    const team = drawn[0]!.team.filter((m) => m.role === 'officer').map((m) => m.name);
    expect(byCode.details?.team.map((m) => m.name)).toEqual(team);

    const byPayload = await ok('codes.verify', { text: first.payload });
    expect(byPayload).toMatchObject({ genuine: true, details: { notes: [] } });
    // One changed character anywhere in the payload breaks the signature.
    const forged = first.payload.replace('2026-10-31', '2026-12-31');
    expect(await ok('codes.verify', { text: forged })).toMatchObject({ genuine: false, details: null });
    expect((await ok('codes.verify', { text: forged })).message).toContain('签名不符');
    // A code of the right shape that was never issued, and one of the wrong shape.
    const unknown = first.code.startsWith('0') ? `1${first.code.slice(1)}` : `0${first.code.slice(1)}`;
    expect((await ok('codes.verify', { text: unknown })).message).toContain('未找到');
    expect((await ok('codes.verify', { text: 'ABC' })).message).toContain('12 位');
    // The secret that signs them is never shown, nor can it be set.
    const settings = await ok('settings.list', {});
    expect(settings.map((s) => s.key)).not.toContain('codes.secret');
    const refused = await resultOf(t.core, withToken(admin), 'settings.set', {
      key: 'codes.secret',
      value: 'x'.repeat(64),
    });
    expect(refused.ok).toBe(false);

    // The command line: exit 0 and the inspection for a genuine code, 1 for a forged one, 64 without an argument.
    t.core.close();
    const genuine = cli('code', 'verify', first.code);
    expect(genuine.code).toBe(0);
    expect(genuine.out).toContain('真实有效');
    expect(genuine.out).toContain(drawn[0]!.name);
    const rejected = cli('code', 'verify', forged);
    expect(rejected.code).toBe(1);
    expect(rejected.out).toContain('签名不符');
    expect(cli('code', 'verify').code).toBe(64);
  });
});

describe('检查码 of a cancelled task', () => {
  it('answers a code and a QR payload of a cancelled task as 已作废 with the day it was cancelled, never as valid', async () => {
    const { taskId } = await lockedTask(t.core, admin);
    const first = (await ok('codes.ofTask', { taskId }))[0]!;
    expect((await ok('codes.verify', { text: first.code })).genuine).toBe(true);

    await ok('tasks.cancel', { id: taskId, reason: '抽取时名录未更新', approver: '王局长' });
    for (const text of [first.code, first.payload]) {
      const verdict = await ok('codes.verify', { text });
      expect(verdict).toMatchObject({ genuine: false, details: null });
      expect(verdict.message).toContain('已作废');
      expect(verdict.message).toContain('2026-03-02');
    }
    t.core.close();
    const cli = runCli(t.dir, 'code', 'verify', first.code);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain('已作废');
  });
});
