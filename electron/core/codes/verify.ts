import { eq } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { inspectionCodes } from '../../../db/schema';
import { dateInZone } from '../dates';
import { officeTimeZone } from '../office-time';
import { nameBook } from '../plans';
import { subjectById } from '../subjects';
import { findTask, isLiveTask } from '../tasks';
import { certToken, looksLikePayload, normalizeCode, readPayload, secretOf, shortCode } from './hmac';
import { officersOf } from './store';

export interface CodeVerdict {
  genuine: boolean;
  message: string;
  details: {
    code: string;
    taskId: number;
    taskName: string;
    leadDepartment: string;
    periodStart: string;
    periodEnd: string;
    subjectId: number;
    subjectName: string;
    uscc: string | null;
    team: { name: string; certNo: string }[];
    /** Set when a payload's team or period differs from the record now (a member was changed after printing). */
    notes: string[];
  } | null;
}

const refused = (message: string): CodeVerdict => ({ genuine: false, message, details: null });

/** What the record says about an issued code, or null when no such code was issued. */
function detailsOf(db: ReadableDb, code: string, secret: string) {
  const row = db.select().from(inspectionCodes).where(eq(inspectionCodes.code, code)).get();
  if (!row || shortCode(secret, row.taskId, row.subjectId) !== code) return null;
  const task = findTask(db, row.taskId);
  const subject = subjectById(db, row.subjectId);
  if (!task || !subject) return null;
  return {
    code,
    taskId: task.id,
    taskName: task.name,
    leadDepartment: nameBook(db).department(task.leadDepartmentId),
    periodStart: task.periodStart,
    periodEnd: task.periodEnd,
    subjectId: subject.id,
    subjectName: subject.name,
    uscc: subject.uscc,
    team: officersOf(db, task.id, subject.id).map((o) => ({ name: o.name, certNo: o.certNo ?? '' })),
    notes: [] as string[],
    /** When the task was cancelled (作废), the office's day of it; null while the task is live. */
    cancelledOn: isLiveTask(task) ? null : dateInZone(new Date(task.cancelledAt!), officeTimeZone(db)),
  };
}

/**
 * A code of a cancelled task was genuinely issued but no longer stands for an inspection: it is answered as 已作废 with
 * the day the task was cancelled, never as valid (the task's liveness is the tasks area's rule, `isLiveTask`).
 */
function voidedIfCancelled(details: NonNullable<ReturnType<typeof detailsOf>>): CodeVerdict | null {
  if (details.cancelledOn === null) return null;
  return refused(
    `已作废：该检查码由本单位签发，但所属任务“${details.taskName}”已于 ${details.cancelledOn} 作废，` +
      '该检查不再有效；如有人持此码上门检查，请与发证单位联系核实。',
  );
}

const publicDetails = ({ cancelledOn: _, ...details }: NonNullable<ReturnType<typeof detailsOf>>) => details;

/**
 * Checks a typed 检查码 or a scanned QR payload against the office's secret and the record: genuine only when the
 * signature holds and the code was issued for that task and subject.
 */
export function verifyCode(db: ReadableDb, text: string): CodeVerdict {
  const secret = secretOf(db);
  if (looksLikePayload(text)) {
    const read = readPayload(secret, text);
    if (!read.ok) return refused(read.reason);
    const code = normalizeCode(read.payload.code);
    const details = code && secret ? detailsOf(db, code, secret) : null;
    if (!details || details.taskId !== read.payload.taskId)
      return refused('签名有效，但本系统中没有签发过该检查码（可能已被删除），请与发证单位联系核实。');
    if (read.payload.subject !== (details.uscc ?? `#${details.subjectId}`))
      return refused('二维码中的检查对象与签发记录不符。');
    const voided = voidedIfCancelled(details);
    if (voided) return voided;
    const now = details.team.map((m) => certToken(m.certNo)).join(',');
    if (read.payload.certNos.join(',') !== now) details.notes.push('检查组成员在打印后有调整，以下为现在的检查组。');
    if (read.payload.periodStart !== details.periodStart || read.payload.periodEnd !== details.periodEnd)
      details.notes.push('检查期间在打印后有调整，以下为现在的检查期间。');
    return {
      genuine: true,
      message: '真实有效：该二维码由本单位签发，内容未被改动。',
      details: publicDetails(details),
    };
  }
  const code = normalizeCode(text);
  if (!code) return refused('检查码应为 12 位字母和数字（如 7KQ2-M9XD-4TPA），请核对后重新输入。');
  const details = secret ? detailsOf(db, code, secret) : null;
  if (!details) return refused('未找到该检查码：可能输入有误，或不是本单位签发的检查码。');
  return (
    voidedIfCancelled(details) ?? {
      genuine: true,
      message: '真实有效：该检查码由本单位签发。',
      details: publicDetails(details),
    }
  );
}
