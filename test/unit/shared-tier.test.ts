import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD_MAX_LENGTH, passwordWeakness } from '../../electron/core/auth/password-rules.shared';
import { OUTCOME_LABELS, outcomeLabel } from '../../electron/core/audit/outcomes.shared';
import { witnessSchema } from '../../electron/core/draws/schemas';
import { DRAW_STATUS_LABELS, DRAW_STATUSES } from '../../electron/core/draws/status.shared';
import { witnessNameProblem, witnessValueProblem } from '../../electron/core/draws/witness.shared';
import { passwordSchema } from '../../electron/core/users/schemas';
import { isRedrawJustified, redrawApproverProblem, redrawReasonProblem } from '../../electron/core/draws/redraw.shared';
import { teamSettingsSchema } from '../../electron/core/tasks/schemas';
import { BATCH_SIZE, EXPERTS_PER_TEAM, TEAM_SIZE } from '../../electron/core/tasks/team-settings.shared';
import { draws } from '../../db/schema';
import { newPasswordRules, sharedRule } from '../../renderer/src/components/formRules';
import { LOCAL_HTTP, openTestCore, type TestCore, resultOf } from '../support/core';

// The shared pure tier (electron/core/**/*.shared.ts): one rule for the core and the renderer's forms.

/** Runs an antd rule's validator as the form does; resolves to the refusal's message, or null when accepted. */
async function formRefusal(rule: unknown, value: string): Promise<string | null> {
  // The rules here are antd rule objects with a validator (not render functions); the rule argument goes unused.
  const { validator } = rule as { validator: (rule: unknown, value: string) => Promise<void> };
  try {
    await validator({}, value);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

const withLength = (n: number): string => 'a1'.repeat(n).slice(0, n);

describe('the password rule', () => {
  it('takes 8 to 128 characters with letters and digits', () => {
    expect(passwordWeakness(withLength(7))).toBe('密码至少需要 8 位。');
    expect(passwordWeakness(withLength(8))).toBeNull();
    expect(passwordWeakness(withLength(128))).toBeNull();
    expect(passwordWeakness(withLength(129))).toBe('密码不能超过 128 位。');
    expect(passwordWeakness('abcdefghij')).toBe('密码需同时包含字母和数字。');
    expect(passwordWeakness('1234567890')).toBe('密码需同时包含字母和数字。');
  });

  it('is what the renderer’s new-password field checks, the 128-character maximum included', async () => {
    const policy = newPasswordRules[1];
    expect(await formRefusal(policy, withLength(128))).toBeNull();
    expect(await formRefusal(policy, withLength(129))).toBe('密码不能超过 128 位。');
    expect(await formRefusal(policy, 'abc1')).toBe('密码至少需要 8 位。');
    expect(await formRefusal(policy, 'abcdefgh')).toBe('密码需同时包含字母和数字。');
  });

  it('caps the core’s password input at the same length', () => {
    expect(passwordSchema.safeParse(withLength(PASSWORD_MAX_LENGTH)).success).toBe(true);
    const refused = passwordSchema.safeParse(withLength(PASSWORD_MAX_LENGTH + 1));
    expect(refused.success ? null : refused.error.issues[0]?.message).toBe('密码不能超过 128 位。');
  });

  describe('in the core', () => {
    let t: TestCore;
    beforeEach(() => {
      t = openTestCore();
    });
    afterEach(() => t.cleanup());

    it('refuses the first administrator’s password by the same words', async () => {
      const setUp = (password: string) =>
        resultOf(t.core, LOCAL_HTTP, 'auth.setup', {
          officeName: '固阳县市场监督管理局',
          username: 'admin',
          displayName: '王管理',
          password,
        });
      for (const password of ['abc1', 'abcdefghij', withLength(129)]) {
        const result = await setUp(password);
        expect(result.ok ? null : result.error.message).toBe(passwordWeakness(password));
      }
    });
  });
});

describe('the witness rule', () => {
  const cases: [name: string, value: string][] = [
    ['张三', '12345'],
    ['  张三  ', ' 7 '],
    ['', '1'],
    ['   ', '1'],
    ['张'.repeat(20), '1'],
    ['张'.repeat(21), '1'],
    ['李四', ''],
    ['李四', '1'.repeat(20)],
    ['李四', '1'.repeat(21)],
    ['李四', '12a'],
    ['李四', '-1'],
    ['李四', '1.5'],
  ];

  it('accepts and refuses on the screen exactly what the core’s input schema does, with its words', () => {
    for (const [name, value] of cases) {
      const screen = witnessNameProblem(name) ?? witnessValueProblem(value);
      const core = witnessSchema.safeParse({ name, value });
      expect(core.success ? null : core.error.issues[0]?.message, `${name} / ${value}`).toBe(screen);
    }
  });

  it('is what the ceremony screen’s fields check', async () => {
    expect(await formRefusal(sharedRule(witnessValueProblem), '12a')).toBe('监督人输入的应为 1–20 位数字。');
    expect(await formRefusal(sharedRule(witnessValueProblem), '123')).toBeNull();
    expect(await formRefusal(sharedRule(witnessNameProblem), '张'.repeat(21))).toBe('监督人姓名不超过 20 个字。');
  });
});

describe('the redraw rule', () => {
  it('needs a reason of two characters or more and an approver, whitespace aside', () => {
    expect(isRedrawJustified({ reason: '名单有误', approver: '张局' })).toBe(true);
    expect(isRedrawJustified({ reason: '误', approver: '张局' })).toBe(false);
    expect(isRedrawJustified({ reason: '  误  ', approver: '张局' })).toBe(false);
    expect(isRedrawJustified({ reason: '名单有误', approver: '  ' })).toBe(false);
    expect(isRedrawJustified({})).toBe(false);
  });

  it('is what the redraw form checks', async () => {
    expect(await formRefusal(sharedRule(redrawReasonProblem), '误')).toBe('请写明重新抽取的原因（至少 2 个字）。');
    expect(await formRefusal(sharedRule(redrawReasonProblem), '名单有误')).toBeNull();
    expect(await formRefusal(sharedRule(redrawApproverProblem), '   ')).toBe('请填写批准人。');
  });
});

describe('the team settings’ bounds', () => {
  it('are the input schema’s', () => {
    const settings = (v: object) => teamSettingsSchema.safeParse({ ...v }).success;
    expect(settings({ teamSize: TEAM_SIZE.min, expertsPerTeam: EXPERTS_PER_TEAM.max, batchSize: BATCH_SIZE.max })).toBe(
      true,
    );
    expect(settings({ teamSize: TEAM_SIZE.max, expertsPerTeam: EXPERTS_PER_TEAM.min, batchSize: BATCH_SIZE.min })).toBe(
      true,
    );
    expect(settings({ teamSize: TEAM_SIZE.min - 1 })).toBe(false);
    expect(settings({ teamSize: TEAM_SIZE.max + 1 })).toBe(false);
    expect(settings({ expertsPerTeam: EXPERTS_PER_TEAM.max + 1 })).toBe(false);
    expect(settings({ batchSize: BATCH_SIZE.max + 1 })).toBe(false);
    expect(teamSettingsSchema.parse({})).toMatchObject({
      teamSize: TEAM_SIZE.default,
      expertsPerTeam: EXPERTS_PER_TEAM.default,
    });
  });
});

describe('labels', () => {
  it('name every draw status the database can hold, and a task without a draw', () => {
    expect([...DRAW_STATUSES]).toEqual(draws.status.enumValues);
    for (const status of [...DRAW_STATUSES, 'none' as const])
      expect(DRAW_STATUS_LABELS[status]).toMatch(/\p{Script=Han}/u);
  });

  it('name every audit outcome in Chinese and show an unknown one as stored', () => {
    for (const label of Object.values(OUTCOME_LABELS)) expect(label).toMatch(/\p{Script=Han}/u);
    expect(outcomeLabel('FORBIDDEN')).toBe('无权限');
    expect(outcomeLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
