import { serveRowChecks } from '../excel';
import { subjectSheet, type SubjectSheetConfig } from './sheet';

/** The subject import's second thread (excel/row-worker.ts); built as its own bundle, subjects-import-worker.js. */
serveRowChecks((config) => {
  const { departments, today } = config as SubjectSheetConfig;
  return subjectSheet(new Map(departments), today);
});
