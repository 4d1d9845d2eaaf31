const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });
}

export function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return match?.[1] === undefined ? undefined : decodeXml(match[1]);
}

/**
 * The visible text of a string item (<si> or <is>): all <t> runs joined, phonetic guides (<rPh>) left out, and
 * the _xHHHH_ escapes Excel uses for control characters decoded.
 */
export function richText(xml: string): string {
  const withoutPhonetic = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let text = '';
  // Plain strings hold a single <t>; only rich text (runs) needs the general loop.
  const first = withoutPhonetic.indexOf('<t');
  const firstEnd = first < 0 ? -1 : withoutPhonetic.indexOf('>', first);
  const close = firstEnd < 0 ? -1 : withoutPhonetic.indexOf('</t>', firstEnd);
  if (
    close >= 0 &&
    !withoutPhonetic.includes('<t', close) &&
    /^<t(?:\s[^>]*)?>$/.test(withoutPhonetic.slice(first, firstEnd + 1))
  )
    text = withoutPhonetic.slice(firstEnd + 1, close);
  else for (const match of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += match[1] ?? '';
  const decoded = decodeXml(text);
  return decoded.includes('_x')
    ? decoded.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : decoded;
}
