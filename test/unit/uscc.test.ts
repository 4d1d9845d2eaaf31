import { describe, expect, it } from 'vitest';
import { checkUscc, normalizeUscc, orgCodeCheckChar, usccCheckChar } from '../../electron/core/subjects/uscc';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts the standard’s worked example', () => {
    expect(checkUscc('91350100M000100Y43')).toEqual({ valid: true, code: '91350100M000100Y43' });
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(orgCodeCheckChar('M000100Y')).toBe('4');
  });

  it('accepts real published codes', () => {
    for (const code of ['914403001922038216', '91440300708461136T', '91330100799655058B', '91110000710925462X']) {
      expect(checkUscc(code).valid, code).toBe(true);
    }
  });

  it('normalises full-width characters, spaces, dashes and case', () => {
    expect(normalizeUscc('９１３５０１００ｍ０００１００ｙ４３')).toBe('91350100M000100Y43');
    expect(checkUscc(' 9135 0100-M000100y4 3 ')).toEqual({ valid: true, code: '91350100M000100Y43' });
  });

  it('explains each kind of mistake', () => {
    const reason = (code: string) => {
      const v = checkUscc(code);
      return v.valid ? null : v.reason;
    };
    expect(reason('91350100M000100Y4')).toBe('应为 18 位，实际为 17 位');
    expect(reason('91350100M000100Y4I')).toContain('第 18 位“I”不是合法字符');
    expect(reason('91350100M000100Y44')).toBe('第 18 位校验码应为“3”，实际为“4”');
    expect(reason('B1350100M000100Y43')).toContain('第 1 位登记管理部门代码');
    expect(reason('97350100M000100Y43')).toContain('第 2 位机构类别代码');
    expect(reason('9135A100M000100Y43')).toContain('行政区划代码');
    // A correct last character cannot rescue a broken embedded organisation code.
    const brokenOrg = '91350100M000100Y5';
    expect(reason(brokenOrg + usccCheckChar(brokenOrg))).toContain('组织机构代码');
  });

  it('detects every single-character substitution in the standard’s example', () => {
    const good = '91350100M000100Y43';
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    let caught = 0;
    let tried = 0;
    for (let i = 0; i < 18; i++) {
      for (const c of charset) {
        if (c === good[i]) continue;
        tried += 1;
        if (!checkUscc(good.slice(0, i) + c + good.slice(i + 1)).valid) caught += 1;
      }
    }
    expect(caught).toBe(tried);
  });
});
