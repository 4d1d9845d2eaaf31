import { AppError } from '../errors';
import { matchHeader, type ColumnSpec, type HeaderMatch, HEADER_SEARCH_ROWS } from './header';
import { WorkbookFileError, XlsxReader, type SheetInfo, type SheetRow } from './xlsx-reader';

/** More rows than any county holds; a larger file is refused before it fills memory. */
export const MAX_DATA_ROWS = 1_000_000;

export interface LocatedSheet<K extends string> {
  reader: XlsxReader;
  sheet: SheetInfo;
  header: HeaderMatch<K>;
  /** The data rows read along with the header while looking for it. */
  head: SheetRow[];
  /** The rest of the sheet as runs of row XML (parsed with reader.parseRows, here or in a worker); the merged
   * ranges are filled in once the stream ends. */
  rest: AsyncGenerator<Buffer>;
  merges: string[];
  close(): void;
}

/** A workbook that cannot be read (or that crossed a bound while being read) as the refusal every door shows. */
export function asAppError(error: unknown): unknown {
  return error instanceof WorkbookFileError ? new AppError('INVALID_INPUT', error.message) : error;
}

/** Opens a workbook, turning unreadable files into the Chinese message that says what to do. */
export async function openWorkbook(path: string): Promise<XlsxReader> {
  try {
    return await XlsxReader.open(path);
  } catch (error) {
    throw asAppError(error);
  }
}

/**
 * Finds the first sheet whose top rows hold a header naming the expected columns, and hands back the rows below
 * it as a stream. A workbook whose sheets hold no such header is refused with the columns it should have.
 */
export async function locateSheet<K extends string>(
  path: string,
  specs: ColumnSpec<K>[],
  what: string,
): Promise<LocatedSheet<K>> {
  const reader = await openWorkbook(path);
  try {
    for (const sheet of reader.sheets) {
      const merges: string[] = [];
      const stream = reader.rowXml(sheet, merges);
      const head: SheetRow[] = [];
      for (let next = await stream.next(); !next.done; next = await stream.next()) {
        head.push(...reader.parseRows(next.value.toString('utf8')));
        if (head.length >= HEADER_SEARCH_ROWS) break;
      }
      const header = matchHeader(head.slice(0, HEADER_SEARCH_ROWS), specs);
      if (!header) {
        await stream.return(undefined);
        continue;
      }
      if (header.missing.length > 0) {
        throw new AppError(
          'INVALID_INPUT',
          `工作表“${sheet.name}”缺少必填列：${header.missing.map((m) => m.label).join('、')}。请使用${what}导入模板。`,
        );
      }
      const data = head.filter((row) => row.row > header.row);
      return { reader, sheet, header, head: data, rest: stream, merges, close: () => reader.close() };
    }
    if (reader.sheets.length === 0) throw new AppError('INVALID_INPUT', '工作簿中没有工作表，请检查文件。');
    const expected = specs.filter((s) => s.required).map((s) => s.label);
    throw new AppError(
      'INVALID_INPUT',
      `在工作簿中没有找到${what}的表头（前 ${HEADER_SEARCH_ROWS} 行中应有“${expected.join('”“')}”等列名）。文件可能是空的或选错了工作表，请使用${what}导入模板。`,
    );
  } catch (error) {
    reader.close();
    throw asAppError(error);
  }
}

/** Stops a file with more rows than any county holds before it fills memory. */
export function assertRowLimit(rows: number): void {
  if (rows > MAX_DATA_ROWS) {
    throw new AppError(
      'INVALID_INPUT',
      `文件超过 ${MAX_DATA_ROWS.toLocaleString('zh-CN')} 行，请拆分成多个文件分批导入。`,
    );
  }
}

/** Merged cells across the header row mean two-level headers: refuse them instead of guessing the columns. */
export function assertHeaderNotMerged(merges: string[], headerRow: number): void {
  for (const ref of merges) {
    const match = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(ref);
    if (!match) continue;
    const [top, bottom] = [Number(match[1]), Number(match[2])];
    if (top <= headerRow && headerRow <= bottom) {
      throw new AppError(
        'INVALID_INPUT',
        `表头行（第 ${headerRow} 行）含合并单元格 ${ref}。请取消合并，让每一列只有一个列名后再导入。`,
      );
    }
  }
}
