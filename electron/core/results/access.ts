import { and, eq, isNull } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { teamMembers, users } from '../../../db/schema';
import type { Actor } from '../context';
import { departmentRefusal, type Owned } from '../ownership';

const ENTERED_RESULT: Owned = {
  noun: '检查结果',
  belongs: (department) => `的事项属于「${department}」`,
  may: '录入本部门事项的检查结果',
};

/** An officer's account that no inspector record is linked to: no team can be found for it, whatever the task. */
export const UNLINKED_OFFICER = '您的账户尚未关联执法人员记录，请管理员在「用户管理 → 关联执法人员」中关联后再录入。';

/**
 * 谁检查、谁录入: who may enter or correct the result of an item at a subject. The lead office (admin, lead) may
 * enter any; a department administrator those of its own department's items; an officer those of the subjects
 * whose team the officer is on now. Answers the refusal's message, or null when allowed.
 */
export class EntryAccess {
  private readonly inspectorId: number | null;
  private readonly onTeam = new Map<number, Set<number>>();

  constructor(
    private readonly db: ReadableDb,
    private readonly actor: Actor,
  ) {
    this.inspectorId =
      actor.role === 'inspector' && actor.id !== null
        ? (db.select({ id: users.inspectorId }).from(users).where(eq(users.id, actor.id)).get()?.id ?? null)
        : null;
  }

  refusal(taskId: number, subjectId: number, departmentId: number): string | null {
    const { role } = this.actor;
    if (role === 'admin' || role === 'lead') return null;
    if (role === 'deptAdmin') return departmentRefusal(this.db, this.actor, departmentId, ENTERED_RESULT);
    if (role === 'inspector') {
      if (this.inspectorId === null) return UNLINKED_OFFICER;
      return this.teamSubjects(taskId).has(subjectId) ? null : '只有该对象检查组的执法人员才能录入其检查结果。';
    }
    return '只读账户不能录入检查结果。';
  }

  private teamSubjects(taskId: number): Set<number> {
    let subjects = this.onTeam.get(taskId);
    if (!subjects) {
      subjects = new Set(
        this.db
          .select({ subjectId: teamMembers.subjectId })
          .from(teamMembers)
          .where(
            and(
              eq(teamMembers.taskId, taskId),
              eq(teamMembers.inspectorId, this.inspectorId ?? 0),
              isNull(teamMembers.endedAt),
            ),
          )
          .all()
          .map((r) => r.subjectId),
      );
      this.onTeam.set(taskId, subjects);
    }
    return subjects;
  }
}
