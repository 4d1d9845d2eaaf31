// The excel area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/excel/ is internal to it (lint: area-boundaries).
export { cellDate, cellFlag, cellList, cellText, foldText } from './cells';
export { writeErrorReport } from './error-report';
export { type ColumnSpec } from './header';
export { readImportRows, type ReadRows, type RowError, type RowImporter, type RowResult } from './import-rows';
export { RowWorker, serveRowChecks, workerScript } from './row-worker';
export { titledTable } from './table';
export { writeTemplate, type TemplateSpec } from './template';
export { BORDER, HEADER_FILL, columnLetter, safeCell, streamingSheet, validateColumn, type OutCell } from './write';
export { type CellValue } from './xlsx-reader';
