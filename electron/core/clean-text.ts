/**
 * Characters no stored text may hold, whether it came from a workbook or a form: NUL and the other C0 controls
 * but tab and line breaks, DEL and the C1 controls (invisible, dropped by Excel on export, so a re-import would
 * show the row "changed"), and the bidirectional embeddings, overrides, isolates and marks (U+202A–U+202E,
 * U+2066–U+2069, U+200E/U+200F, U+061C), which make a name display in another order than it is stored and
 * searched — "公司‮用专" shown as a different name.
 */
/** The character class itself, for a caller that folds its test into one expression of its own. */
export const UNSAFE =
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]';

/** Whether a text holds any of them (no global flag: safe to reuse). */
export const HAS_UNSAFE_CHARS = new RegExp(UNSAFE);
const UNSAFE_CHARS = new RegExp(UNSAFE, 'g');

/** The text without them; tab, line feed and carriage return stay (multi-line fields keep their lines). */
export function stripUnsafeChars(text: string): string {
  return HAS_UNSAFE_CHARS.test(text) ? text.replace(UNSAFE_CHARS, '') : text;
}

/**
 * Every string in a call's input, cleaned the same way: forms reach the core only through dispatch, so this one
 * pass covers every name and text field of every method. Other values are returned as they are.
 */
export function stripUnsafeDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripUnsafeChars(value);
  if (Array.isArray(value)) return value.map(stripUnsafeDeep);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const clean: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) clean[key] = stripUnsafeDeep(item);
    return clean;
  }
  return value;
}
