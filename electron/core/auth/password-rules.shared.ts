/**
 * The password policy, in the shared tier: the core refuses a weak password with this function before hashing, and
 * the renderer's password forms show the same words as the user types (the core still decides).
 */
export const PASSWORD_MIN_LENGTH = 8;
/** scrypt takes any length; the cap keeps one request from costing a long hash and matches what forms accept. */
export const PASSWORD_MAX_LENGTH = 128;

/** Also the input schema's cap (users/schemas.ts passwordSchema), which applies to logins as well. */
export const PASSWORD_TOO_LONG = `密码不能超过 ${PASSWORD_MAX_LENGTH} 位。`;

/** The policy in one line, for the hint under a password field. */
export const PASSWORD_HINT = `${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} 位，同时包含字母和数字`;

/** Returns a Chinese reason the password is too weak, or null when it is acceptable. */
export function passwordWeakness(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少需要 ${PASSWORD_MIN_LENGTH} 位。`;
  if (password.length > PASSWORD_MAX_LENGTH) return PASSWORD_TOO_LONG;
  if (!/[A-Za-z]/.test(password) || !/[0-9]/.test(password)) return '密码需同时包含字母和数字。';
  return null;
}
