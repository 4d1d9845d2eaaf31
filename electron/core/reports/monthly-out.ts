import ExcelJS from 'exceljs';
import { BORDER, columnLetter, safeCell } from '../excel';
import type { MonthlyFigures, ReportRow } from './figures';
import type { Figure, MonthlyTemplate } from './template';

/** One sheet column after groups are spread out: its two header cells and how a row fills it. */
interface SheetColumn {
  group: string | null;
  header: string;
  width: number;
  kind: 'text' | 'count' | 'rate';
  value: (row: ReportRow) => string | number;
  /** For a rate: the count columns it divides (numerator, denominator), so the totals row can say it as a formula. */
  rateOf?: [Figure, Figure];
  figure?: Figure;
}

const rate = (a: number, b: number): number => (b === 0 ? 0 : a / b);

const FIGURE_COLUMNS: Record<Figure, Omit<SheetColumn, 'group' | 'header' | 'width'>> = {
  name: { kind: 'text', value: (r) => r.name },
  type: {
    kind: 'text',
    value: (r) => `${r.joint ? '部门联合' : '本部门'}·${r.key ? '重点' : '一般'}${r.special ? '（专项）' : ''}`,
  },
  leadDepartment: { kind: 'text', value: (r) => r.leadDepartment },
  departments: { kind: 'text', value: (r) => r.departments || '—' },
  poolSize: { kind: 'count', value: (r) => r.poolSize },
  ratio: { kind: 'text', value: (r) => r.plannedRatio },
  realisedRatio: { kind: 'rate', value: (r) => rate(r.drawn, r.poolSize), rateOf: ['drawn', 'poolSize'] },
  drawn: { kind: 'count', value: (r) => r.drawn },
  checked: { kind: 'count', value: (r) => r.checked },
  published: { kind: 'count', value: (r) => r.published },
  unpublished: { kind: 'count', value: (r) => r.unpublished },
  completionRate: { kind: 'rate', value: (r) => rate(r.published, r.drawn), rateOf: ['published', 'drawn'] },
  closed: { kind: 'count', value: (r) => r.closed },
  closureRate: { kind: 'rate', value: (r) => rate(r.closed, r.published), rateOf: ['closed', 'published'] },
};

function sheetColumns(template: MonthlyTemplate, figures: MonthlyFigures): SheetColumn[] {
  return template.part2.columns.flatMap((c): SheetColumn[] => {
    if ('figure' in c)
      return [{ group: null, header: c.header, width: c.width, figure: c.figure, ...FIGURE_COLUMNS[c.figure] }];
    const list = c.group === 'categories' ? figures.categories : figures.measures;
    return list.map((entry) => ({
      group: c.header,
      header: entry.name,
      width: c.width,
      kind: 'count',
      value: (r: ReportRow) => (c.group === 'categories' ? r.categories : r.measures)[entry.code] ?? 0,
    }));
  });
}

const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/**
 * 月报表 as offices hand it upward: the layout from the template, merged two-level headers, borders, numbers as
 * numbers and rates as percentages, a totals row whose sums and rates are formulas (with their values cached, so a
 * viewer that does not calculate still shows them), and A4 landscape print setup with the header rows repeated.
 */
export async function writeMonthlyReport(
  path: string,
  template: MonthlyTemplate,
  figures: MonthlyFigures,
  office: { name: string; filledOn: string; rulesDocument: string },
): Promise<void> {
  const columns = sheetColumns(template, figures);
  const width = columns.length;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(template.sheet);
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  const boxed = (cell: ExcelJS.Cell) => {
    cell.border = BORDER;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  };

  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.value = fill(template.title, { year: figures.year, month: figures.month });
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 32;
  const half = Math.max(1, Math.floor(width / 2));
  sheet.mergeCells(2, 1, 2, half);
  sheet.getCell(2, 1).value = safeCell(`${template.unitLabel}${office.name}`) ?? '';
  sheet.mergeCells(2, half + 1, 2, width);
  sheet.getCell(2, half + 1).value = `${template.dateLabel}${office.filledOn}`;
  sheet.getCell(2, half + 1).alignment = { horizontal: 'right' };

  // 一、制度机制建设情况: the question, 是/否, and what supports the answer.
  sheet.mergeCells(3, 1, 3, width);
  sheet.getCell(3, 1).value = template.part1.heading;
  sheet.getCell(3, 1).font = { bold: true };
  const answers = {
    rules: { yes: office.rulesDocument !== '', note: office.rulesDocument },
    items: { yes: figures.lists.items > 0, note: `抽查事项 ${figures.lists.items} 项` },
    directories: {
      yes: figures.lists.subjects > 0 && figures.lists.inspectors > 0,
      note:
        `检查对象（存续）${figures.lists.subjects} 户（名录库共 ${figures.lists.subjectsAll} 户），` +
        `执法检查人员（在岗）${figures.lists.inspectors} 人（名录库共 ${figures.lists.inspectorsAll} 人）`,
    },
  };
  const labelEnd = Math.max(1, Math.min(4, width - 2));
  template.part1.rows.forEach((q, i) => {
    const r = 4 + i;
    sheet.mergeCells(r, 1, r, labelEnd);
    sheet.getCell(r, 1).value = q.label;
    sheet.getCell(r, labelEnd + 1).value = answers[q.key].yes ? '是' : '否';
    if (labelEnd + 2 <= width) {
      sheet.mergeCells(r, labelEnd + 2, r, width);
      sheet.getCell(r, labelEnd + 2).value = safeCell(answers[q.key].note) ?? '';
    }
    for (let c = 1; c <= width; c += 1) sheet.getCell(r, c).border = BORDER;
  });

  // 二、随机抽查工作开展情况: two header rows; a group's name spans its columns, a single column spans both rows.
  const headingRow = 4 + template.part1.rows.length;
  sheet.mergeCells(headingRow, 1, headingRow, width);
  sheet.getCell(headingRow, 1).value = template.part2.heading;
  sheet.getCell(headingRow, 1).font = { bold: true };
  const top = headingRow + 1;
  for (let i = 0; i < width;) {
    const column = columns[i]!;
    let span = 1;
    while (column.group !== null && columns[i + span]?.group === column.group) span += 1;
    if (column.group === null) {
      sheet.mergeCells(top, i + 1, top + 1, i + 1);
      sheet.getCell(top, i + 1).value = column.header;
    } else {
      if (span > 1) sheet.mergeCells(top, i + 1, top, i + span);
      sheet.getCell(top, i + 1).value = column.group;
      for (let k = 0; k < span; k += 1) sheet.getCell(top + 1, i + 1 + k).value = columns[i + k]!.header;
    }
    i += span;
  }
  for (const r of [top, top + 1])
    for (let c = 1; c <= width; c += 1) {
      const cell = sheet.getCell(r, c);
      boxed(cell);
      cell.font = { bold: true };
    }
  // Room for the longest category name (四行) in the second header row.
  sheet.getRow(top + 1).height = 64;

  const first = top + 2;
  figures.rows.forEach((row, i) => {
    // Viewers do not grow a row for wrapped text on their own: size it for the longest text cell.
    const lines = Math.max(
      1,
      ...columns.map((column) => {
        const value = column.value(row);
        return typeof value === 'string' ? Math.ceil((value.length * 2) / Math.max(1, column.width - 1)) : 1;
      }),
    );
    sheet.getRow(first + i).height = Math.max(18, lines * 15);
    columns.forEach((column, c) => {
      const cell = sheet.getCell(first + i, c + 1);
      const value = column.value(row);
      cell.value = typeof value === 'string' ? (safeCell(value) ?? '') : value;
      boxed(cell);
      if (column.kind === 'text') cell.alignment = { vertical: 'middle', horizontal: 'left', wrapText: true };
      if (column.kind === 'rate') cell.numFmt = '0.0%';
    });
  });

  // 合计: sums of the counts and the rates over the sums, as formulas with their values.
  const last = first + figures.rows.length - 1;
  const totalRow = last + 1;
  const sums = new Map<Figure, { letter: string; value: number }>();
  columns.forEach((column, c) => {
    if (column.kind !== 'count') return;
    const total = figures.rows.reduce((n, r) => n + Number(column.value(r)), 0);
    if (column.figure) sums.set(column.figure, { letter: columnLetter(c), value: total });
    sheet.getCell(totalRow, c + 1).value =
      figures.rows.length === 0
        ? 0
        : { formula: `SUM(${columnLetter(c)}${first}:${columnLetter(c)}${last})`, result: total };
  });
  columns.forEach((column, c) => {
    const cell = sheet.getCell(totalRow, c + 1);
    boxed(cell);
    cell.font = { bold: true };
    if (column.kind === 'text') cell.value = c === 0 ? template.totalLabel : '';
    if (column.kind !== 'rate' || !column.rateOf) return;
    cell.numFmt = '0.0%';
    const [a, b] = column.rateOf.map((f) => sums.get(f));
    if (!a || !b) return;
    cell.value = {
      formula: `IF(${b.letter}${totalRow}=0,0,${a.letter}${totalRow}/${b.letter}${totalRow})`,
      result: rate(a.value, b.value),
    };
  });

  sheet.mergeCells(totalRow + 1, 1, totalRow + 1, width);
  sheet.getCell(totalRow + 1, 1).value = fill(template.jointLine, figures.joint);

  // 填表说明: one merged, wrapped row per note, sized for its length across the sheet's width.
  const sheetWidth = columns.reduce((n, c) => n + c.width, 0);
  template.notes.forEach((note, i) => {
    const r = totalRow + 2 + i;
    sheet.mergeCells(r, 1, r, width);
    const cell = sheet.getCell(r, 1);
    cell.value = note;
    cell.alignment = { vertical: 'top', horizontal: 'left', wrapText: true };
    sheet.getRow(r).height = Math.max(16, Math.ceil((note.length * 2) / Math.max(1, sheetWidth - 2)) * 15);
  });

  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${top}:${top + 1}`,
  };
  sheet.headerFooter = { oddFooter: '第 &P 页，共 &N 页' };
  sheet.views = [{ state: 'frozen', ySplit: top + 1 }];
  await book.xlsx.writeFile(path);
}
