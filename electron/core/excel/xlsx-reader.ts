import fs from 'node:fs';
import {
  MAX_COLUMNS,
  MAX_MERGES,
  MAX_ROW_BYTES,
  MAX_ROWS,
  outOfGridMessage,
  ROW_TOO_BIG_MESSAGE,
  rowOutOfGridMessage,
  TOO_BIG_MESSAGE,
  TOO_MANY_MERGES_MESSAGE,
} from './limits';
import { attribute, decodeXml, richText } from './xml';
import { ZipFormatError, ZipLimitError, ZipReader } from './zip';

export type CellValue = string | number | boolean | null;

export interface SheetRow {
  /** The row number Excel shows (1-based). */
  row: number;
  cells: CellValue[];
  /** Columns (0-based) whose cell holds a formula rather than a typed value. */
  formulaColumns: readonly number[];
}

/** Shared by every row without formulas (nearly all of them), instead of an empty array each. */
const NO_FORMULAS: readonly number[] = Object.freeze([]);

export interface SheetInfo {
  name: string;
  path: string;
}

/** A file that cannot be read as a workbook at all; the message says what to do. */
export class WorkbookFileError extends Error {}

const ZIP_MAGIC = 0x04034b50;
const ROW_START = Buffer.from('<row');
const SHEET_DATA_END = Buffer.from('</sheetData>');
/** The parts that list the sheets: small in any workbook. */
const MAX_LIST_BYTES = 16 * 1024 ** 2;

/** An attribute's raw value in a start tag's attribute text (name="value", preceded by whitespace). */
function attributeValue(attrs: string, name: string): string | undefined {
  const needle = `${name}="`;
  let at = attrs.indexOf(needle);
  while (at >= 0) {
    const before = attrs.charCodeAt(at - 1);
    if (at === 0 || before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d) {
      const start = at + needle.length;
      const end = attrs.indexOf('"', start);
      return end < 0 ? undefined : attrs.slice(start, end);
    }
    at = attrs.indexOf(needle, at + 1);
  }
  return undefined;
}

/** The text of the first <name>…</name> child (no attributes, as Excel writes <v>). */
function elementText(xml: string, name: string): string | undefined {
  const open = xml.indexOf(`<${name}>`);
  if (open < 0) return undefined;
  const start = open + name.length + 2;
  const end = xml.indexOf(`</${name}>`, start);
  return end < 0 ? undefined : xml.slice(start, end);
}
const CFB_MAGIC = 0xe011cfd0;

/** Column letters beyond XFD: four letters or more, or three past XFD. */
const MAX_COLUMN_LETTERS = 3;

/** The column of a cell from its r="B7" attribute, read in place between `<c` at `open` and `>` at `end`. */
function refColumn(xml: string, open: number, end: number): number | undefined {
  const r = xml.indexOf(' r="', open);
  if (r < 0 || r > end) return undefined;
  let n = 0;
  let at = r + 4;
  for (let c = xml.charCodeAt(at); c >= 65 && c <= 90; c = xml.charCodeAt(++at)) {
    n = n * 26 + (c - 64);
    if (at - r - 4 >= MAX_COLUMN_LETTERS || n > MAX_COLUMNS) {
      const quote = xml.indexOf('"', r + 4);
      throw outOfGrid(xml.slice(r + 4, quote < 0 || quote > end ? end : quote));
    }
  }
  return n > 0 ? n - 1 : undefined;
}

/** Column letters ("AB") → 0-based index; a reference past XFD is refused, naming it. */
export function columnIndex(ref: string): number {
  let n = 0;
  let letters = 0;
  for (const c of ref) {
    const code = c.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
    if (++letters > MAX_COLUMN_LETTERS || n > MAX_COLUMNS) throw outOfGrid(ref);
  }
  return n - 1;
}

const outOfGrid = (ref: string): WorkbookFileError => new WorkbookFileError(outOfGridMessage(ref));

/** A row's r attribute as a number, refused past Excel's last row (NaN when there is none). */
function rowNumber(attrs: string): number {
  const r = attributeValue(attrs, 'r');
  const row = Number(r ?? NaN);
  if (row > MAX_ROWS) throw new WorkbookFileError(rowOutOfGridMessage(r ?? ''));
  return row;
}

/** What went wrong inside the archive, as the Chinese message that says what to do. */
function fileError(error: unknown): unknown {
  if (error instanceof ZipLimitError) return new WorkbookFileError(TOO_BIG_MESSAGE);
  if (error instanceof ZipFormatError || isZlibError(error))
    return new WorkbookFileError('文件已损坏或不完整，无法打开。请重新保存或重新下载后再导入。');
  return error;
}

/** zlib's own failures (Z_DATA_ERROR, Z_BUF_ERROR…): data that does not inflate. */
function isZlibError(error: unknown): boolean {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  return typeof code === 'string' && code.startsWith('Z_');
}

/** Tells an encrypted workbook from an old .xls: both are OLE compound files, only one holds EncryptionInfo. */
function describeCompoundFile(path: string): string {
  const head = Buffer.alloc(Math.min(fs.statSync(path).size, 1 << 20));
  const fd = fs.openSync(path, 'r');
  fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  return head.includes(Buffer.from('EncryptionInfo', 'utf16le'))
    ? '文件设置了打开密码（已加密），无法读取。请在 Excel 中取消密码后另存为 .xlsx 再导入。'
    : '这是旧版 Excel（.xls）文件。请在 Excel 中“另存为”Excel 工作簿（.xlsx）后再导入。';
}

/**
 * A streaming reader for .xlsx sheets: rows are parsed as the sheet inflates, so memory stays flat for large files
 * and only the shared strings are held whole. Built for speed on the plain data sheets offices exchange.
 */
export class XlsxReader {
  private constructor(
    private readonly zip: ZipReader,
    readonly sheets: SheetInfo[],
    private readonly sharedStrings: string[],
  ) {}

  static async open(path: string): Promise<XlsxReader> {
    if (!fs.existsSync(path)) throw new WorkbookFileError(`找不到文件：${path}`);
    const size = fs.statSync(path).size;
    if (size === 0) throw new WorkbookFileError('文件是空的（0 字节），请选择填写好的 Excel 文件。');
    const magic = Buffer.alloc(4);
    const fd = fs.openSync(path, 'r');
    fs.readSync(fd, magic, 0, 4, 0);
    fs.closeSync(fd);
    if (size >= 4 && magic.readUInt32LE(0) === CFB_MAGIC) throw new WorkbookFileError(describeCompoundFile(path));
    if (size < 4 || magic.readUInt32LE(0) !== ZIP_MAGIC) {
      throw new WorkbookFileError('这不是 Excel 文件（.xlsx）。请用 Excel 打开后另存为“Excel 工作簿（.xlsx）”再导入。');
    }
    let zip: ZipReader;
    try {
      zip = ZipReader.open(path);
    } catch (error) {
      throw fileError(error);
    }
    try {
      if (!zip.entries.has('xl/workbook.xml')) {
        throw new WorkbookFileError('这不是 Excel 工作簿（缺少工作簿内容），请另存为 .xlsx 后再导入。');
      }
      const sheets = await readSheetList(zip);
      const shared = zip.entries.has('xl/sharedStrings.xml')
        ? parseSharedStrings(await zip.text('xl/sharedStrings.xml'))
        : [];
      return new XlsxReader(zip, sheets, shared);
    } catch (error) {
      zip.close();
      throw fileError(error);
    }
  }

  /** Streams the rows that hold anything, in order. Merged ranges are reported through `merges` as they are found. */
  async *rows(sheet: SheetInfo, merges: string[] = []): AsyncGenerator<SheetRow> {
    for await (const chunk of this.rowChunks(sheet, merges)) yield* chunk;
  }

  /** The same rows, a run (about one inflated megabyte) at a time. */
  async *rowChunks(sheet: SheetInfo, merges: string[] = []): AsyncGenerator<SheetRow[]> {
    for await (const xml of this.rowXml(sheet, merges)) {
      const rows = this.parseRows(xml.toString('utf8'));
      if (rows.length > 0) yield rows;
    }
  }

  /**
   * The sheet's data, a run of whole <row> elements at a time (about one inflated megabyte), as UTF-8 bytes not yet
   * decoded: a run can be handed to another thread (which holds the same shared strings) without a copy, and
   * parsed there with parseRows. Runs end where the last row of a chunk starts (rows do not nest, and a `<` never
   * splits a character), so what is carried over is part of one row: more than MAX_ROW_BYTES of it is refused, and
   * the work stays linear in the sheet's size.
   */
  async *rowXml(sheet: SheetInfo, merges: string[] = []): AsyncGenerator<Buffer> {
    let rest: Buffer = Buffer.alloc(0);
    let tail: MergeScanner | null = null;
    try {
      for await (const chunk of this.zip.stream(sheet.path)) {
        if (tail) {
          tail.push(chunk as Buffer);
          continue;
        }
        const bytes = rest.length === 0 ? (chunk as Buffer) : Buffer.concat([rest, chunk as Buffer]);
        const dataEnd = bytes.indexOf(SHEET_DATA_END, Math.max(0, rest.length - SHEET_DATA_END.length));
        if (dataEnd >= 0) {
          tail = new MergeScanner(merges);
          tail.push(bytes.subarray(dataEnd));
          rest = Buffer.alloc(0);
          if (dataEnd > 0) yield bytes.subarray(0, dataEnd);
          continue;
        }
        const cut = bytes.lastIndexOf(ROW_START);
        if (cut <= 0) {
          if (bytes.length > MAX_ROW_BYTES) throw new WorkbookFileError(ROW_TOO_BIG_MESSAGE);
          rest = bytes;
          continue;
        }
        rest = Buffer.from(bytes.subarray(cut));
        yield bytes.subarray(0, cut);
      }
    } catch (error) {
      throw fileError(error);
    }
    (tail ?? new MergeScanner(merges)).push(rest).end();
  }

  /** The rows that hold anything in a run of whole <row> elements (as rowXml hands them over). */
  parseRows(xml: string): SheetRow[] {
    const parsed: SheetRow[] = [];
    let pos = 0;
    for (;;) {
      const start = xml.indexOf('<row', pos);
      if (start < 0) break;
      const openEnd = xml.indexOf('>', start);
      if (openEnd < 0) break;
      if (xml[openEnd - 1] === '/') {
        rowNumber(xml.slice(start + 4, openEnd - 1)); // an empty row still may not lie past Excel's last one
        pos = openEnd + 1;
        continue;
      }
      const close = xml.indexOf('</row>', openEnd);
      if (close < 0) break;
      const row = this.parseRow(xml.slice(start + 4, openEnd), xml.slice(openEnd + 1, close));
      pos = close + 6;
      if (row) parsed.push(row);
    }
    return parsed;
  }

  /**
   * One <row>: its cells found with indexOf rather than a regular expression — this runs for every cell of a
   * million-row sheet, and scanning the well-formed XML Excel writes is several times faster.
   */
  private parseRow(attrs: string, body: string): SheetRow | null {
    const row = rowNumber(attrs);
    const cells: CellValue[] = [];
    let formulaColumns: number[] | null = null;
    let next = 0;
    let pos = 0;
    for (;;) {
      const open = body.indexOf('<c', pos);
      if (open < 0) break;
      const after = body.charCodeAt(open + 2);
      const tagEnd = body.indexOf('>', open);
      if (tagEnd < 0) break;
      if (after !== 0x20 && after !== 0x3e && after !== 0x2f && after !== 0x09 && after !== 0x0a && after !== 0x0d) {
        pos = tagEnd + 1; // another element whose name starts with c
        continue;
      }
      const selfClosing = body.charCodeAt(tagEnd - 1) === 0x2f;
      const close = selfClosing ? -1 : body.indexOf('</c>', tagEnd);
      const shared = close < 0 ? -1 : this.sharedIndex(body, open, tagEnd, close);
      if (shared >= 0) {
        // The common cell, <c r="B7" s="3" t="s"><v>42</v></c>, read in place: no substrings for a million cells.
        const col = refColumn(body, open, tagEnd) ?? next;
        if (col >= MAX_COLUMNS) throw new WorkbookFileError(columnsPastGridMessage(row));
        next = col + 1;
        cells[col] = this.sharedStrings[shared] ?? '';
        pos = close + 4;
        continue;
      }
      const cellAttrs = body.slice(open + 2, selfClosing ? tagEnd - 1 : tagEnd);
      let inner = '';
      if (selfClosing) pos = tagEnd + 1;
      else {
        inner = body.slice(tagEnd + 1, close < 0 ? body.length : close);
        pos = close < 0 ? body.length : close + 4;
      }
      const ref = attributeValue(cellAttrs, 'r');
      const col = ref ? columnIndex(ref) : next;
      if (col >= MAX_COLUMNS) throw new WorkbookFileError(columnsPastGridMessage(row));
      next = col + 1;
      if (inner.includes('<f')) (formulaColumns ??= []).push(col);
      const value = inner ? this.cellValue(attributeValue(cellAttrs, 't'), inner) : null;
      if (value !== null) cells[col] = value;
    }
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    const hasContent = cells.some((c) => c !== null && c !== '');
    if (!hasContent && !formulaColumns) return null;
    return { row, cells, formulaColumns: formulaColumns ?? NO_FORMULAS };
  }

  /**
   * The shared-string index of a cell that is exactly t="s" with a plain <v>digits</v> and no formula, read from the
   * row's text between the cell's start and its </c>; -1 for any other cell (read the general way).
   */
  private sharedIndex(body: string, open: number, tagEnd: number, close: number): number {
    const t = body.indexOf(' t="s"', open);
    if (t < 0 || t > tagEnd) return -1;
    if (body.charCodeAt(tagEnd + 1) !== 0x3c || !body.startsWith('<v>', tagEnd + 1)) return -1;
    let n = 0;
    let at = tagEnd + 4;
    for (let c = body.charCodeAt(at); c >= 0x30 && c <= 0x39; c = body.charCodeAt(++at)) n = n * 10 + (c - 0x30);
    return at > tagEnd + 4 && at + 4 === close && body.startsWith('</v>', at) ? n : -1;
  }

  private cellValue(type: string | undefined, inner: string): CellValue {
    if (type === 'inlineStr') return richText(inner);
    const v = elementText(inner, 'v');
    if (v === undefined) return null;
    switch (type) {
      case 's':
        return this.sharedStrings[Number(v)] ?? '';
      case 'str':
        return decodeXml(v);
      case 'b':
        return v === '1';
      case 'e':
        return null;
      default: {
        const n = Number(v);
        return Number.isFinite(n) ? n : decodeXml(v);
      }
    }
  }

  close(): void {
    this.zip.close();
  }
}

async function readSheetList(zip: ZipReader): Promise<SheetInfo[]> {
  const workbook = await zip.text('xl/workbook.xml', MAX_LIST_BYTES);
  const rels = zip.entries.has('xl/_rels/workbook.xml.rels')
    ? await zip.text('xl/_rels/workbook.xml.rels', MAX_LIST_BYTES)
    : '';
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(match[1] ?? '', 'Id');
    const target = attribute(match[1] ?? '', 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: SheetInfo[] = [];
  for (const match of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const attrs = match[1] ?? '';
    const name = attribute(attrs, 'name') ?? '';
    const target = targets.get(attribute(attrs, 'r:id') ?? '');
    if (target && zip.entries.has(target)) sheets.push({ name, path: target });
  }
  return sheets;
}

/**
 * The merged ranges listed after the sheet's data, found chunk by chunk: what follows </sheetData> is scanned, never
 * held, and only the part of a tag a chunk cut off is carried to the next.
 */
class MergeScanner {
  private carry = '';

  constructor(private readonly merges: string[]) {}

  push(bytes: Buffer): this {
    // References are ASCII, so bytes read as Latin-1 find them whatever the rest of the text holds.
    const text = this.carry + bytes.toString('latin1');
    let after = 0;
    for (const match of text.matchAll(MERGE_CELL)) {
      this.merges.push(match[1] ?? '');
      after = (match.index ?? 0) + match[0].length;
    }
    if (this.merges.length > MAX_MERGES) throw new WorkbookFileError(TOO_MANY_MERGES_MESSAGE);
    const open = text.lastIndexOf('<');
    this.carry = open >= after && text.length - open < CARRY_LIMIT ? text.slice(open) : '';
    return this;
  }

  end(): void {
    this.carry = '';
  }
}

const MERGE_CELL = /<mergeCell\s+ref="([^"]+)"/g;
/** A mergeCell tag is some forty characters; a longer unfinished tag is something else. */
const CARRY_LIMIT = 256;

function columnsPastGridMessage(row: number): string {
  return `${Number.isNaN(row) ? '工作表中' : `第 ${row} 行`}有超出 Excel 最大范围（XFD 列）的单元格，文件可能已损坏或被篡改。请在 Excel 中打开后另存为 .xlsx 再导入。`;
}

/**
 * Every <si> item's text, in order. Found with indexOf (a workbook of 100,000 names holds some 300,000 items), and a
 * plain <t>text</t> item is taken as it is; anything richer goes through richText.
 */
function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let pos = xml.indexOf('<si');
  while (pos >= 0) {
    const tagEnd = xml.indexOf('>', pos);
    if (tagEnd < 0) break;
    const name = xml.charCodeAt(pos + 3);
    if (name !== 0x3e && name !== 0x2f && name !== 0x20) {
      pos = xml.indexOf('<si', tagEnd); // another element whose name starts with si
      continue;
    }
    if (xml.charCodeAt(tagEnd - 1) === 0x2f) {
      strings.push('');
      pos = xml.indexOf('<si', tagEnd);
      continue;
    }
    const close = xml.indexOf('</si>', tagEnd);
    if (close < 0) break;
    strings.push(plainText(xml, tagEnd + 1, close) ?? richText(xml.slice(tagEnd + 1, close)));
    pos = xml.indexOf('<si', close + 5);
  }
  return strings;
}

/** The text of an item that is exactly <t>text</t> with nothing to decode; undefined for anything else. */
function plainText(xml: string, start: number, end: number): string | undefined {
  if (!xml.startsWith('<t>', start) || !xml.startsWith('</t>', end - 4)) return undefined;
  const text = xml.slice(start + 3, end - 4);
  return text.includes('<') || text.includes('&') || text.includes('_x') ? undefined : text;
}
