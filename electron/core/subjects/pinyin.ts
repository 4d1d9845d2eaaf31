import { pinyin } from 'pinyin-pro';

/**
 * Pinyin initials for search without an IME. Asking pinyin-pro for every whole name costs ~16 µs, too slow for a
 * 100,000-row import, so each character's initial is cached. A polyphonic character (行 in 银行 / 行业, 长 in
 * 长春 / 成长) is read in context: pinyin-pro's word dictionary gets the run of Chinese characters around it (at
 * most three either side, which covers its dictionary's words), and that answer is cached too — company names
 * repeat the same few contexts (商行, 银行, 重庆) again and again.
 */
interface CharEntry {
  initial: string;
  polyphonic: boolean;
}

const cache = new Map<string, CharEntry>();
const inContext = new Map<string, string>();
const CONTEXT = 3;
const HAN = /\p{Script=Han}/u;

function lookup(char: string): CharEntry {
  let entry = cache.get(char);
  if (entry === undefined) {
    if (/[a-zA-Z0-9]/.test(char)) entry = { initial: char.toLowerCase(), polyphonic: false };
    else if (HAN.test(char)) {
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

/** The initial of chars[at], a polyphonic character, as read within its neighbouring Chinese characters. */
function initialInContext(chars: string[], at: number): string {
  let from = at;
  while (from > 0 && at - from < CONTEXT && HAN.test(chars[from - 1] ?? '')) from -= 1;
  let to = at + 1;
  while (to < chars.length && to - at <= CONTEXT && HAN.test(chars[to] ?? '')) to += 1;
  const word = chars.slice(from, to).join('');
  const key = `${word}|${at - from}`;
  let initial = inContext.get(key);
  if (initial === undefined) {
    const readings = pinyin(word, { pattern: 'first', toneType: 'none', type: 'array' });
    initial = (readings[at - from] ?? '').toLowerCase();
    inContext.set(key, initial);
  }
  return initial;
}

/** The same entries by UTF-16 code, for names without astral characters (nearly all): no Map or spread per name. */
const byCode: (CharEntry | undefined)[] = [];

/** "固阳县市场监管局（城关所）" → "gyxscjgjcgs": letters and digits kept, punctuation dropped. */
export function nameInitials(name: string): string {
  let out = '';
  let chars: string[] | null = null; // built only when a polyphonic character needs its neighbours
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return astralInitials(name);
    const entry = (byCode[code] ??= lookup(name[i] ?? ''));
    out += entry.polyphonic ? initialInContext((chars ??= [...name]), i) : entry.initial;
  }
  return out;
}

/** A name with characters beyond the BMP (rare ideographs), read a code point at a time. */
function astralInitials(name: string): string {
  const chars = [...name];
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const { initial, polyphonic } = lookup(chars[i] ?? '');
    out += polyphonic ? initialInContext(chars, i) : initial;
  }
  return out;
}
