import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontRole, LoadedFont } from './fonts';

const MM = 72 / 25.4;

/** Chinese type sizes in points (号). */
export const SIZE = { 二号: 22, 三号: 16, 四号: 14, 小四: 12, 五号: 10.5, 小五: 9 } as const;

/**
 * GB/T 9704-2012 page: A4, top and left margins 37 mm and 28 mm, a 156 × 225 mm text block holding 22 lines of 28
 * characters in 3号 type.
 */
const MARGIN = { top: 37 * MM, left: 28 * MM, right: 26 * MM, bottom: 35 * MM };
const TEXT_WIDTH = (210 - 28 - 26) * MM;
const TEXT_HEIGHT = (297 - 37 - 35) * MM;
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** The distance from one body line to the next. */
export const LINE_PITCH = TEXT_HEIGHT / LINES_PER_PAGE;
/**
 * Body type: 3号 (16 pt) set a hair smaller so 28 characters fill the 156 mm line, as word processors squeeze the
 * spacing. (pdfmake measures each CJK character as its own word, so character spacing cannot do it.)
 */
export const BODY_SIZE = (TEXT_WIDTH - 0.1) / CHARS_PER_LINE;

/** pdfmake's line height is a multiple of the face's own; this turns a wanted pitch into that multiple. */
const lineHeightFor = (font: LoadedFont, size: number, pitch: number): number => pitch / (size * font.lineHeightEm);

/** Page numbers "— N —" in 4号, one character in from the right on odd pages and from the left on even ones. */
function pageNumber(page: number): Content {
  return {
    text: `— ${page} —`,
    font: 'Body',
    fontSize: SIZE.四号,
    lineHeight: 1,
    alignment: page % 2 === 1 ? 'right' : 'left',
    margin: [MARGIN.left + BODY_SIZE, 7 * MM, MARGIN.right + BODY_SIZE, 0],
  };
}

export interface DocumentInfo {
  title: string;
  office: string;
}

const metadataOf = (info: DocumentInfo) => ({
  title: info.title,
  author: info.office,
  creator: '双随机一公开监管工作系统',
  producer: 'pdfmake',
});

/** The frame of every official document (plan, notices, letters, draw record): page, type, page numbers. */
export function officialDocument(
  fonts: Record<FontRole, LoadedFont>,
  info: DocumentInfo,
  content: Content[],
  numbering: (page: number) => number = (page) => page,
): TDocumentDefinitions {
  return {
    info: metadataOf(info),
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    footer: (page) => pageNumber(numbering(page)),
    content,
    defaultStyle: {
      font: 'Body',
      fontSize: BODY_SIZE,
      lineHeight: lineHeightFor(fonts.body, BODY_SIZE, LINE_PITCH),
    },
    styles: {
      title: {
        font: 'Title',
        fontSize: SIZE.二号,
        alignment: 'center',
        lineHeight: lineHeightFor(fonts.title, SIZE.二号, LINE_PITCH * 1.25),
        margin: [0, 0, 0, LINE_PITCH],
      },
      h1: { font: 'Hei', lineHeight: lineHeightFor(fonts.hei, BODY_SIZE, LINE_PITCH) },
      h2: { font: 'Kai', lineHeight: lineHeightFor(fonts.kai, BODY_SIZE, LINE_PITCH) },
      table: { fontSize: SIZE.小四, lineHeight: lineHeightFor(fonts.body, SIZE.小四, 18) },
      tableHeader: { font: 'Hei', alignment: 'center' },
    },
  };
}

/** A body paragraph, its first line indented two characters. */
export const paragraph = (text: string): Content => ({ text, leadingIndent: BODY_SIZE * 2 });

export const heading1 = (text: string): Content => ({ text, style: 'h1', leadingIndent: BODY_SIZE * 2 });
export const heading2 = (text: string): Content => ({ text, style: 'h2', leadingIndent: BODY_SIZE * 2 });

export const title = (text: string): Content => ({ text, style: 'title' });

/** 2026-11-22 → 2026年11月22日, the way GB/T 9704 writes the date of a document. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The issuing office and date, right-aligned four characters in from the margin, a blank line above. */
export function signature(office: string, dateIso: string): Content {
  return {
    stack: [office, chineseDate(dateIso)],
    alignment: 'right',
    margin: [0, LINE_PITCH, BODY_SIZE * 4, 0],
    unbreakable: true,
  };
}

const RULE = 0.6;
const CELL_PADDING = 3;

/**
 * Column widths for a ruled table filling `contentWidth`, the one '*' column given what the others, the cell
 * padding and the rules leave (less a point of slack), so its text can be broken into lines ahead of pdfmake.
 */
export function filledWidths(contentWidth: number, widths: (number | '*')[]): number[] {
  const fixed = widths.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w), 0);
  const star = contentWidth - fixed - widths.length * 2 * CELL_PADDING - (widths.length + 1) * RULE - 1;
  return widths.map((w) => (w === '*' ? star : w));
}

/** A ruled table whose header row repeats on every page; rows never split mid-line, long text wraps. */
export function ruledTable(headers: string[], widths: (number | '*' | 'auto')[], rows: Content[][]): Content {
  return {
    style: 'table',
    margin: [0, 2, 0, 6],
    table: {
      headerRows: 1,
      widths,
      dontBreakRows: true,
      body: [headers.map((h) => ({ text: h, style: 'tableHeader' })), ...rows],
    },
    layout: {
      hLineWidth: () => RULE,
      vLineWidth: () => RULE,
      paddingLeft: () => CELL_PADDING,
      paddingRight: () => CELL_PADDING,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
  };
}

/**
 * The small print under the last page's number: what made the document, when, and the audit chain's head at that
 * moment (`generatedAt` on the office's wall clock, office-time.ts). In the footer, so it never pushes a one-page notice onto a second sheet.
 */
export function provenance(generatedAt: string, audit: { id: number; hash: string } | null): string {
  const head = audit ? `审计链第 ${audit.id} 条，头哈希 ${audit.hash}` : '审计链为空';
  return `本文件由双随机一公开监管工作系统于 ${generatedAt} 生成；${head}。`;
}

/**
 * Page numbers that restart with each part (one notice per subject, printed in one file), read from where the
 * layout put each part: pdfmake records a node's positions before it draws the footers.
 */
export function restartingNumbers(parts: Content[]): (page: number) => number {
  return (page) => {
    let start = 1;
    for (const part of parts) {
      const first = (part as { positions?: { pageNumber: number }[] }).positions?.[0]?.pageNumber;
      if (first === undefined || first > page) break;
      start = first;
    }
    return page - start + 1;
  };
}

const LIST_MARGIN = 20 * MM;
/** The width inside a wide list's margins (A4 landscape). */
export const LIST_CONTENT_WIDTH = 297 * MM - 2 * LIST_MARGIN;

/** A wide list (结果公示清单): A4 landscape, 20 mm margins, 五号 type, page numbers centred. */
export function listDocument(
  fonts: Record<FontRole, LoadedFont>,
  info: DocumentInfo,
  content: Content[],
): TDocumentDefinitions {
  const margin = LIST_MARGIN;
  return {
    info: metadataOf(info),
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [margin, margin, margin, margin],
    footer: (page) => ({ text: `— ${page} —`, alignment: 'center', fontSize: SIZE.小四, margin: [0, 6 * MM, 0, 0] }),
    content,
    defaultStyle: { font: 'Body', fontSize: SIZE.五号, lineHeight: lineHeightFor(fonts.body, SIZE.五号, 15) },
    styles: {
      title: { font: 'Title', fontSize: SIZE.二号, alignment: 'center', margin: [0, 0, 0, 6] },
      subtitle: { font: 'Kai', fontSize: SIZE.四号, alignment: 'center', margin: [0, 0, 0, 10] },
      table: { fontSize: SIZE.五号 },
      tableHeader: { font: 'Hei', alignment: 'center' },
    },
  };
}
