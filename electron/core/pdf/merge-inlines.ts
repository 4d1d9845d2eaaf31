// pdfmake measures CJK text one character at a time (each is a break opportunity) and then draws every character
// as its own text object, with its own font, colour and opacity operators: a 2,000-row list becomes 120,000 text
// objects and 14 MB of page content. Its renderer carries the TODO "lines without differently styled inlines
// should be written to pdf as one stream"; this does that, once the layout is final, by joining each run of
// neighbouring inlines of the same style into one before the line is drawn. Positions and widths are unchanged.
import * as rendererModule from 'pdfmake/js/Renderer';

interface Inline {
  text: string;
  x: number;
  width: number;
  font: unknown;
  fontSize: number;
  color?: unknown;
  opacity?: number;
  characterSpacing?: number;
  alignment?: string;
  [other: string]: unknown;
}
interface Line {
  inlines: Inline[];
}

/** Properties that make an inline more than plain text; such inlines are drawn as pdfmake draws them. */
const SPECIAL = [
  'link',
  'linkToPage',
  'linkToDestination',
  'decoration',
  'background',
  'sup',
  'sub',
  '_pageNodeRef',
  'fontFeatures',
  'noWrap',
] as const;

const plain = (i: Inline): boolean => SPECIAL.every((key) => !i[key]);
const sameStyle = (a: Inline, b: Inline): boolean =>
  a.font === b.font &&
  a.fontSize === b.fontSize &&
  a.color === b.color &&
  (a.opacity ?? 1) === (b.opacity ?? 1) &&
  (a.characterSpacing ?? 0) === (b.characterSpacing ?? 0);

/** Joins neighbouring plain inlines of one style; justified lines keep their inlines (the gaps carry the spacing). */
export function mergedInlines(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (
      last &&
      inline.alignment !== 'justify' &&
      plain(last) &&
      plain(inline) &&
      sameStyle(last, inline) &&
      Math.abs(last.x + last.width - inline.x) < 0.01
    ) {
      out[out.length - 1] = { ...last, text: last.text + inline.text, width: last.width + inline.width };
    } else out.push(inline);
  }
  return out;
}

let installed = false;

/** Wraps pdfmake's line renderer once per process. */
export function installInlineMerging(): void {
  if (installed) return;
  const prototype = rendererModule.default.prototype as {
    renderLine: (this: unknown, line: Line, x: number, y: number) => void;
  };
  const renderLine = prototype.renderLine;
  prototype.renderLine = function (this: unknown, line: Line, x: number, y: number) {
    const original = line.inlines;
    line.inlines = mergedInlines(original);
    try {
      renderLine.call(this, line, x, y);
    } finally {
      line.inlines = original;
    }
  };
  installed = true;
}
