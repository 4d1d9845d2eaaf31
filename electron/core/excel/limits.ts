/**
 * How far an uploaded workbook may unfold. A workbook is a zip: a file of a megabyte can claim gigabytes once
 * inflated, cells can name columns and rows Excel never has, and a row can go on without end. Every bound here is
 * checked while reading, so a hostile file is refused as soon as it crosses one, before memory or time run out.
 *
 * Measured on the bench's 100,000-subject workbook (exceljs, shared strings): the sheet inflates to 60 MB from
 * 8.5 MB (7×) and the shared strings to 8 MB from 1.9 MB (4×). A million rows is then some 600 MB of sheet and
 * 80 MB of shared strings; the bounds leave three times that for wider sheets and longer text.
 */

/** Excel's own grid: columns A–XFD, rows 1–1,048,576. A reference beyond it is not a worksheet's. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** One streamed entry (a sheet): read a run at a time, so this bounds time, not memory. */
export const MAX_ENTRY_BYTES = 2 * 1024 ** 3;

/** An entry read whole into memory (the shared strings, the workbook's list of sheets). */
export const MAX_HELD_BYTES = 256 * 1024 ** 2;

/** Everything inflated from one file, all entries together. */
export const MAX_FILE_BYTES = 3 * 1024 ** 3;

/**
 * Inflated bytes per compressed byte. Real sheets stay near 10:1 and the emptiest formatted ones under 50:1; deflate
 * reaches 1,000:1 only on filler, which is what a zip bomb is made of (Apache POI uses the same 100:1 bound).
 * Checked once an entry has given GRACE bytes: a small entry proves nothing either way.
 */
export const MAX_RATIO = 100;
export const RATIO_GRACE_BYTES = 8 * 1024 ** 2;

/** One row's XML (a real one is under a few kilobytes; Excel's 32,767-character cells allow some hundreds). */
export const MAX_ROW_BYTES = 4 * 1024 ** 2;

/** Entries in the archive (an xlsx holds tens; one with a thousand sheets still fits). */
export const MAX_ENTRIES = 10_000;

/** Merged ranges in one sheet; only those across the header matter, and a data sheet has few. */
export const MAX_MERGES = 100_000;

/** The Chinese refusals, one per kind of bound. */
export const TOO_BIG_MESSAGE =
  '文件解压后过大，可能已损坏或被篡改。请在 Excel 中打开该文件、确认内容后另存为 .xlsx 再导入；如数据确实很多，请拆分成多个文件分批导入。';
export const ROW_TOO_BIG_MESSAGE =
  '工作表中有一行的内容超过 4 MB（或缺少行结束标记），文件可能已损坏或被篡改。请在 Excel 中打开后另存为 .xlsx 再导入。';
export const TOO_MANY_MERGES_MESSAGE = `工作表中的合并单元格超过 ${MAX_MERGES.toLocaleString('zh-CN')} 处，不是可导入的数据表。请取消合并后再导入。`;

/** A cell or row reference outside Excel's grid, named as the file names it. */
export function outOfGridMessage(ref: string): string {
  const shown = ref.length > 24 ? `${ref.slice(0, 24)}…` : ref;
  return `单元格 ${shown} 超出 Excel 的最大范围（XFD 列、1,048,576 行），文件可能已损坏或被篡改。请在 Excel 中打开后另存为 .xlsx 再导入。`;
}

export function rowOutOfGridMessage(row: string): string {
  const shown = row.length > 24 ? `${row.slice(0, 24)}…` : row;
  return `第 ${shown} 行超出 Excel 的最大范围（1,048,576 行），文件可能已损坏或被篡改。请在 Excel 中打开后另存为 .xlsx 再导入。`;
}
