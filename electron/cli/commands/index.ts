import type { Core } from '../../core/app';
import type { ParsedArgs } from '../args';
import { auditAnchor, auditList, auditVerify } from './audit';
import { callMethod } from './call';
import { codeVerify } from './codes';
import { calendarAdd, calendarIsWorkday, calendarSaveNotice } from './calendar';
import { demo } from './demo';
import { drawExport, drawList } from './draws';
import { pdfDraw, pdfFollowUpLetter, pdfLetter, pdfNotice, pdfPlan, pdfResults, pdfWorkPlan } from './pdf';
import { reportMonthly, reportSummary } from './reports';
import { importCommand, subjectsExport, usccCheck } from './subjects';
import { usersAdd, usersList } from './users';

type Command = (core: Core, args: ParsedArgs) => Promise<void>;

/** Every command that works on a data directory, by its first one or two words. */
const COMMANDS: Record<string, Command> = {
  'users add': usersAdd,
  'users list': (core) => usersList(core),
  'audit verify': auditVerify,
  'audit anchor': auditAnchor,
  'audit list': auditList,
  'subjects import': importCommand('subjects'),
  'inspectors import': importCommand('inspectors'),
  'items import': importCommand('items'),
  'subjects export': subjectsExport,
  'uscc check': usccCheck,
  'draw list': (core) => drawList(core),
  'draw export': drawExport,
  'calendar add': calendarAdd,
  'calendar is-workday': calendarIsWorkday,
  // Without --save the command runs standalone (main.ts): it only reads the file.
  'calendar parse-notice': calendarSaveNotice,
  'code verify': codeVerify,
  'report monthly': reportMonthly,
  'report summary': reportSummary,
  'pdf plan': pdfPlan,
  'pdf notice': pdfNotice,
  'pdf draw': pdfDraw,
  'pdf results': pdfResults,
  'pdf letter': pdfLetter,
  'pdf workplan': pdfWorkPlan,
  'pdf followup': pdfFollowUpLetter,
  demo,
  call: (core, args) => callMethod(core, args.positionals[1], args.positionals[2]),
};

export function findCommand(positionals: string[]): Command | undefined {
  return COMMANDS[positionals.slice(0, 2).join(' ')] ?? COMMANDS[positionals[0] ?? ''];
}
