import type { Content } from 'pdfmake/interfaces';

/** Ideographs and full-width punctuation and forms: one em wide in every CJK face, official or shipped. */
const FULL_WIDTH_ONLY = /^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e]+$/;
/** Characters a line may not start with (标点避头): they stay at the end of the line before. */
const NO_LINE_START = new Set('，。、；：？！）》」』】〉”’…—'.split(''));

/**
 * A table cell's text broken into lines by arithmetic instead of by pdfmake. pdfmake treats each CJK character as
 * a word — measured, styled and placed one by one — which is most of the time a 2,000-row list takes; text made of
 * full-width characters only has a known width (one em each), so it is cut here into lines that fit `width` and
 * each line is set unbroken. Anything else (Latin, digits, mixed) is left to pdfmake.
 */
export function cjkLines(text: string, width: number, fontSize: number): Content {
  const perLine = Math.floor(width / fontSize);
  if (perLine < 2 || !FULL_WIDTH_ONLY.test(text)) return text;
  if (text.length <= perLine) return { text, noWrap: true };
  const lines: string[] = [];
  let rest = text;
  while (rest.length > perLine) {
    let cut = perLine;
    // Keep punctuation off the start of the next line by moving one more character down with it.
    while (cut > 1 && NO_LINE_START.has(rest[cut] ?? '')) cut -= 1;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  lines.push(rest);
  return { stack: lines.map((line) => ({ text: line, noWrap: true })) };
}
