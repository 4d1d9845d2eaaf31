/**
 * What the witnesses of a draw may type (shared tier): the core's input schema refuses anything else, and the
 * ceremony screen checks the same rule as they type.
 */
export const MIN_WITNESSES = 1;
export const MAX_WITNESSES = 5;
export const WITNESS_NAME_MAX_LENGTH = 20;

/** The witness's number: 1–20 digits, whitespace around it ignored. */
export const WITNESS_VALUE_PATTERN = /^\d{1,20}$/;

export const WITNESS_MESSAGES = {
  name: '请填写监督人姓名。',
  nameTooLong: `监督人姓名不超过 ${WITNESS_NAME_MAX_LENGTH} 个字。`,
  value: '监督人输入的应为 1–20 位数字。',
  tooFew: '至少需要一名监督人输入数字。',
  tooMany: `监督人不超过 ${MAX_WITNESSES} 名。`,
} as const;

/** Why a witness's name cannot be used (whitespace around it ignored), or null when it can. */
export function witnessNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return WITNESS_MESSAGES.name;
  if (trimmed.length > WITNESS_NAME_MAX_LENGTH) return WITNESS_MESSAGES.nameTooLong;
  return null;
}

/** Why a witness's number cannot be used, or null when it can. */
export function witnessValueProblem(value: string): string | null {
  return WITNESS_VALUE_PATTERN.test(value.trim()) ? null : WITNESS_MESSAGES.value;
}
