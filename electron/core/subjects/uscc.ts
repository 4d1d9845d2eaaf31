/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (no I, O, Z, S, V);
 * 1 registration authority, 2 organisation type, 3–8 region code, 9–17 the organisation code (GB 11714, with its
 * own check character), 18 the check character over the first 17.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** Registration authorities and the organisation types each may issue (GB 32100-2015 表 1). */
const AUTHORITY_TYPES: Record<string, string> = {
  '1': '1239', // 机构编制
  '2': '19', // 外交
  '3': '1239', // 司法行政
  '4': '19', // 文化
  '5': '1239', // 民政
  '6': '129', // 旅游
  '7': '129', // 宗教
  '8': '19', // 工会
  '9': '123', // 工商（市场监管）
  A: '19', // 中央军委改革和编制办公室
  N: '1239', // 农业
  Y: '1', // 其他
};

export type UsccVerdict = { valid: true; code: string } | { valid: false; code: string; reason: string };

const ALREADY_NORMAL = /^[0-9A-Z]{18}$/;

/** Full-width letters and digits to ASCII, spaces and dashes removed, upper-cased: what people actually type. */
export function normalizeUscc(raw: string): string {
  if (ALREADY_NORMAL.test(raw)) return raw;
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000\-－—]/g, '')
    .toUpperCase();
}

/** Each ASCII character's value in the charset, -1 where it is not in it (a table: this runs for every import row). */
const CHAR_VALUE = Array.from({ length: 128 }, (_, code) => USCC_CHARSET.indexOf(String.fromCharCode(code)));
const charValue = (text: string, i: number): number => CHAR_VALUE[text.charCodeAt(i)] ?? -1;

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += charValue(first17, i) * (USCC_WEIGHTS[i] ?? 0);
  return USCC_CHARSET[(31 - (sum % 31)) % 31] ?? '';
}

/** GB 11714-1997: eight body characters (digits, capital letters as 10–35) and a check digit or X. */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const code = body8.charCodeAt(i);
    const value = code >= 48 && code <= 57 ? code - 48 : code - 55; // digits, then A = 10 … Z = 35
    sum += value * (ORG_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function checkUscc(raw: string): UsccVerdict {
  const code = normalizeUscc(raw);
  const invalid = (reason: string): UsccVerdict => ({ valid: false, code, reason });
  if (code.length !== 18) return invalid(`应为 18 位，实际为 ${code.length} 位`);
  let bad = -1;
  for (let i = 0; i < 18 && bad < 0; i++) if (charValue(code, i) < 0) bad = i;
  if (bad >= 0) return invalid(`第 ${bad + 1} 位“${code[bad]}”不是合法字符（不使用 I、O、Z、S、V）`);
  const types = AUTHORITY_TYPES[code[0] ?? ''];
  if (!types) return invalid(`第 1 位登记管理部门代码“${code[0]}”无效`);
  if (!types.includes(code[1] ?? '')) return invalid(`第 2 位机构类别代码“${code[1]}”与登记管理部门“${code[0]}”不符`);
  if (!/^\d{6}$/.test(code.slice(2, 8))) return invalid('第 3–8 位应为 6 位数字的行政区划代码');
  const org = code.slice(8, 17);
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(org) || orgCodeCheckChar(org.slice(0, 8)) !== org[8]) {
    return invalid('第 9–17 位组织机构代码的校验码不正确');
  }
  const expected = usccCheckChar(code.slice(0, 17));
  if (expected !== code[17]) return invalid(`第 18 位校验码应为“${expected}”，实际为“${code[17]}”`);
  return { valid: true, code };
}
