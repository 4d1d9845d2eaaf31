import { pinyin } from 'pinyin-pro';

/**
 * Pinyin initials for search without an IME. Asking pinyin-pro for every whole name costs ~16 µs, too slow for a
 * 100,000-row import, so each character's initial is cached; only names holding a polyphonic character (银行,
 * 长春, 重庆) go to pinyin-pro whole, where its word dictionary picks the reading from context.
 */
const cache = new Map<string, { initial: string; polyphonic: boolean }>();

function lookup(char: string): { initial: string; polyphonic: boolean } {
  let entry = cache.get(char);
  if (entry === undefined) {
    if (/[a-zA-Z0-9]/.test(char)) entry = { initial: char.toLowerCase(), polyphonic: false };
    else if (/\p{Script=Han}/u.test(char)) {
      const readings = new Set(pinyin(char, { pattern: 'first', toneType: 'none', multiple: true, type: 'array' }));
      entry = {
        initial: pinyin(char, { pattern: 'first', toneType: 'none' }).toLowerCase(),
        polyphonic: readings.size > 1,
      };
    } else entry = { initial: '', polyphonic: false };
    cache.set(char, entry);
  }
  return entry;
}

const keep = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** "固阳县市场监管局（城关所）" → "gyxscjgjcgs": letters and digits kept, punctuation dropped. */
export function nameInitials(name: string): string {
  let out = '';
  for (const char of name) {
    const { initial, polyphonic } = lookup(char);
    if (polyphonic) return keep(pinyin(name, { pattern: 'first', toneType: 'none', nonZh: 'consecutive' }));
    out += initial;
  }
  return out;
}
