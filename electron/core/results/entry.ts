import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/client';
import { toJsonText } from '../../../db/json-text';
import { ITEM_METHODS, results, resultVersions } from '../../../db/schema';
import { loadCalendar, type WorkCalendar } from '../calendar';
import type { Actor } from '../context';
import { officeToday } from '../office-time';
import { AppError } from '../errors';
import { getTask, isLiveTask, type TaskRow } from '../tasks';
import { dayField } from '../validation';
import { EntryAccess } from './access';
import { asksProblems, categoriesOf, foundProblem, problemCodesOf, type CategoryRow } from './lists';
import { publishDueOf, resultRulesOf, type ResultRules } from './rules';
import { TaskSlots } from './slots';
import { resultStatements } from './statements';
import { insertStamps, updateStamp } from '../row-stamps';
import { proposeCreditChange } from '../credit';

export const resultEntrySchema = z.object({
  taskId: z.number({ error: '请选择抽查任务。' }).int().positive(),
  subjectId: z.number({ error: '请选择检查对象。' }).int().positive(),
  itemId: z.number({ error: '请选择抽查事项。' }).int().positive(),
  categories: z
    .array(z.string().trim().min(1).max(6))
    .min(1, '请至少选择一项检查结果。')
    .max(10, '检查结果最多选择 10 项。'),
  resultDate: dayField('结果形成日期'),
  method: z.enum(ITEM_METHODS, { error: `实际检查方式应为：${ITEM_METHODS.join('、')}。` }),
  description: z.string().trim().max(1000, '情况说明不能超过 1000 个字。').default(''),
  problems: z.string().trim().max(1000, '发现的问题不能超过 1000 个字。').default(''),
  /** Required when the result is already there: a correction keeps the earlier version and says why. */
  reason: z.string().trim().max(500, '更正原因不能超过 500 个字。').optional(),
});
export type ResultEntry = z.output<typeof resultEntrySchema>;

export type EntryField = 'task' | 'subject' | 'item' | 'categories' | 'resultDate' | 'method' | 'problems' | 'reason';
export interface EntryProblem {
  field: EntryField;
  message: string;
  /** Not the entry's fault but the caller's: refused as FORBIDDEN, like every other 本部门 / 谁检查谁录入 refusal. */
  forbidden?: true;
}
export type SaveOutcome = 'fresh' | 'changed' | 'unchanged';

type ResultRow = typeof results.$inferSelect;

const NEXT_CLASS: Record<string, string> = { A: 'B', B: 'C', C: 'D' };

/** What a correction compares and a version keeps. */
const contentOf = (r: Pick<ResultRow, 'categories' | 'resultDate' | 'method' | 'description' | 'problems'>) => ({
  categories: r.categories,
  resultDate: r.resultDate,
  method: r.method,
  description: r.description,
  problems: r.problems,
});

const sameContent = (a: ReturnType<typeof contentOf>, b: ReturnType<typeof contentOf>): boolean =>
  a.categories.length === b.categories.length &&
  a.categories.every((code, i) => code === b.categories[i]) &&
  a.resultDate === b.resultDate &&
  a.method === b.method &&
  a.description === b.description &&
  a.problems === b.problems;

/**
 * Enters and corrects results: one at a time from the keyboard, in thousands from a collection workbook. Checks
 * each entry against its task (a locked list, the subject and item drawn, the period), the editable categories and
 * who may enter it; a correction keeps the earlier version with its reason; a result with problems proposes a
 * credit-class change. Call inside the caller's transaction.
 */
export class ResultWriter {
  private readonly tasks = new Map<number, { task: TaskRow; slots: TaskSlots }>();
  private readonly categories: Map<string, CategoryRow>;
  private readonly problemCodes: ReadonlySet<string>;
  private readonly calendar: WorkCalendar;
  private readonly rules: ResultRules;
  private readonly access: EntryAccess;
  private readonly today: string;
  private readonly statements: ReturnType<typeof resultStatements>;
  private readonly dueByDate = new Map<string, string>();

  constructor(
    private readonly db: Db,
    private readonly actor: Actor,
    private readonly now: Date,
  ) {
    this.categories = new Map(categoriesOf(db).map((c) => [c.code, c]));
    this.problemCodes = problemCodesOf(db);
    this.calendar = loadCalendar(db);
    this.rules = resultRulesOf(db);
    this.access = new EntryAccess(db, actor);
    this.today = officeToday({ db, now });
    this.statements = resultStatements(db);
  }

  /** The publication deadline of a result date in a task (one calendar walk per distinct date and period end). */
  private publishDueOf(resultDate: string, periodEnd: string): string {
    const key = `${resultDate}|${periodEnd}`;
    let due = this.dueByDate.get(key);
    if (!due) {
      due = publishDueOf(this.calendar, this.rules, { resultDate, periodEnd });
      this.dueByDate.set(key, due);
    }
    return due;
  }

  private taskOf(taskId: number) {
    let known = this.tasks.get(taskId);
    if (!known) {
      const task = getTask(this.db, taskId);
      known = { task, slots: new TaskSlots(this.db, taskId) };
      this.tasks.set(taskId, known);
    }
    return known;
  }

  existing(entry: Pick<ResultEntry, 'taskId' | 'subjectId' | 'itemId'>): ResultRow | undefined {
    const { taskId, subjectId, itemId } = entry;
    return this.statements.find.get({ taskId, subjectId, itemId });
  }

  /** Every problem of an entry, each naming its field; empty when it may be saved. */
  check(entry: ResultEntry, existing = this.existing(entry)): EntryProblem[] {
    let known;
    try {
      known = this.taskOf(entry.taskId);
    } catch {
      return [{ field: 'task', message: '该抽查任务不存在。' }];
    }
    const { task, slots } = known;
    if (!isLiveTask(task))
      return [{ field: 'task', message: `任务“${task.name}”（编号 ${task.id}）已作废，不能录入结果。` }];
    if (!slots.locked) return [{ field: 'task', message: `任务“${task.name}”的名单尚未锁定，不能录入结果。` }];
    const items = slots.itemsOf(entry.subjectId);
    if (!items) return [{ field: 'subject', message: `该对象不在任务“${task.name}”的抽取名单中。` }];
    if (!items.includes(entry.itemId)) return [{ field: 'item', message: '该事项不在本对象的抽查事项中。' }];
    const refusal = this.access.refusal(task.id, entry.subjectId, slots.departmentOf(entry.itemId));
    if (refusal) return [{ field: 'subject', message: refusal, forbidden: true }];
    return [...this.checkContent(entry, task), ...this.checkCorrection(entry, existing)];
  }

  private checkContent(entry: ResultEntry, task: TaskRow): EntryProblem[] {
    const problems: EntryProblem[] = [];
    const chosen = entry.categories.map((code) => ({ code, row: this.categories.get(code) }));
    const unknown = chosen.filter((c) => !c.row || !c.row.active).map((c) => c.code);
    if (unknown.length > 0)
      problems.push({
        field: 'categories',
        message: `检查结果代码 ${unknown.join('、')} 不在结果类别清单中（或已停用）。`,
      });
    const rows = chosen.flatMap((c) => (c.row ? [c.row] : []));
    if (rows.some((r) => !r.problem && !r.unchecked) && rows.some((r) => r.problem))
      problems.push({ field: 'categories', message: '“未发现问题”不能与发现问题的结果同时选择。' });
    if (rows.some(asksProblems) && entry.problems === '')
      problems.push({ field: 'problems', message: '选择了发现问题的结果，请写明发现的问题（违反了哪些规定）。' });
    const date = entry.resultDate;
    if (date < task.periodStart || date > task.periodEnd)
      problems.push({
        field: 'resultDate',
        message: `结果形成日期 ${date} 不在任务检查期间（${task.periodStart} 至 ${task.periodEnd}）内。`,
      });
    else if (date > this.today)
      problems.push({ field: 'resultDate', message: `结果形成日期 ${date} 晚于今天，不能填写将来的日期。` });
    return problems;
  }

  private checkCorrection(entry: ResultEntry, existing: ResultRow | undefined): EntryProblem[] {
    if (!existing || sameContent(contentOf(existing), this.contentOfEntry(entry))) return [];
    return (entry.reason ?? '').length >= 2
      ? []
      : [{ field: 'reason', message: '该结果已录入，更正须写明原因（至少 2 个字）；原结果会保留在更正记录中。' }];
  }

  private contentOfEntry(entry: ResultEntry) {
    return {
      categories: [...new Set(entry.categories)].sort(),
      resultDate: entry.resultDate,
      method: entry.method,
      description: entry.description,
      problems: entry.problems,
    };
  }

  /** What saving the entry would do, given the result already there (for a preview). */
  outcomeOf(entry: ResultEntry, existing = this.existing(entry)): SaveOutcome {
    if (!existing) return 'fresh';
    return sameContent(contentOf(existing), this.contentOfEntry(entry)) ? 'unchanged' : 'changed';
  }

  /** Saves one entry, or refuses it with its first problem (and writes nothing). */
  save(entry: ResultEntry): { outcome: SaveOutcome; id: number } {
    const existing = this.existing(entry);
    const problems = this.check(entry, existing);
    if (problems.length > 0)
      throw new AppError(
        problems.some((p) => p.forbidden) ? 'FORBIDDEN' : 'INVALID_INPUT',
        problems.map((p) => p.message).join(' '),
      );
    const content = this.contentOfEntry(entry);
    if (existing && this.outcomeOf(entry, existing) === 'unchanged') return { outcome: 'unchanged', id: existing.id };
    const at = this.now.toISOString();
    const publishDue = this.publishDueOf(entry.resultDate, this.taskOf(entry.taskId).task.periodEnd);
    const departmentId = this.taskOf(entry.taskId).slots.departmentOf(entry.itemId);
    let id: number;
    if (existing) {
      this.db
        .insert(resultVersions)
        .values({
          resultId: existing.id,
          version: existing.version,
          snapshot: {
            ...contentOf(existing),
            // A version keeps the categories as the column's text, as every stored snapshot has them.
            categories: toJsonText(results.categories, existing.categories),
            enteredBy: existing.enteredBy,
            at: existing.updatedAt,
          },
          reason: entry.reason ?? '',
          actorName: this.actor.displayName,
          ...insertStamps(at),
        })
        .run();
      this.db
        .update(results)
        .set({
          ...content,
          publishDue,
          status: 'entered',
          returnReason: null,
          reviewedBy: null,
          reviewedAt: null,
          version: existing.version + 1,
          // A corrected result is not what was published: it goes through review and publication again (更正公示).
          publishedOn: null,
          enteredBy: this.actor.displayName,
          ...updateStamp(at),
        })
        .where(eq(results.id, existing.id))
        .run();
      id = existing.id;
    } else {
      const inserted = this.statements.insert.get({
        taskId: entry.taskId,
        subjectId: entry.subjectId,
        itemId: entry.itemId,
        departmentId,
        ...content,
        publishDue,
        enteredBy: this.actor.displayName,
        at,
      });
      if (!inserted) throw new Error('results insert returned no row');
      id = inserted.id;
    }
    this.proposeCredit(entry, id);
    return { outcome: existing ? 'changed' : 'fresh', id };
  }

  /** A result with problems proposes moving the subject one class up, unless a proposal already waits. */
  private proposeCredit(entry: ResultEntry, resultId: number): void {
    if (!foundProblem(entry.categories, this.problemCodes)) return;
    const subject = this.statements.riskClass.get({ id: entry.subjectId });
    const toClass = subject ? NEXT_CLASS[subject.riskClass] : undefined;
    if (!subject || !toClass) return;
    // One finding proposes one step: not again when its result is corrected, nor while another proposal waits.
    if (this.statements.waitingProposal.get({ subjectId: entry.subjectId })) return;
    if (this.statements.proposalOfResult.get({ resultId })) return;
    proposeCreditChange(
      this.db,
      { subjectId: entry.subjectId, resultId, fromClass: subject.riskClass, toClass },
      this.now,
    );
  }
}
