import type { ReadableDb } from '../../../db/client';
import type { Actor } from '../context';
import { subjectsOnTeamOf } from '../draws';
import { otherDepartmentRefusal, type Owned } from '../ownership';
import { linkedInspectorId } from '../users';
import { mayResult, type ResultTarget, type ResultVerdict } from './may';

const ENTERED_RESULT: Owned = {
  noun: '检查结果',
  belongs: (department) => `的事项属于「${department}」`,
  may: '录入本部门事项的检查结果',
};

/** An officer's account that no inspector record is linked to: no team can be found for it, whatever the task. */
export const UNLINKED_OFFICER = '您的账户尚未关联执法人员记录，请管理员在「用户管理 → 关联执法人员」中关联后再录入。';

/**
 * 谁检查、谁录入 for a caller (the rule is mayResult): reads the caller's officer record once and each task's team
 * once, and words each refusal. Answers the refusal's message, or null when allowed.
 */
export class EntryAccess {
  private readonly inspectorId: number | null;
  private readonly onTeam = new Map<number, Set<number>>();

  constructor(
    private readonly db: ReadableDb,
    private readonly actor: Actor,
  ) {
    this.inspectorId = actor.role === 'inspector' && actor.id !== null ? linkedInspectorId(db, actor.id) : null;
  }

  /** The result at a subject of a task as mayResult sees it. */
  target(taskId: number, subjectId: number, departmentId: number): ResultTarget {
    return {
      departmentId,
      officerLinked: this.inspectorId !== null,
      onTeam: () => this.teamSubjects(taskId).has(subjectId),
    };
  }

  refusal(taskId: number, subjectId: number, departmentId: number): string | null {
    return this.explain(mayResult(this.actor, 'enter', this.target(taskId, subjectId, departmentId)), departmentId);
  }

  /** The message of a verdict on entering a result of this department; null when allowed. */
  explain(verdict: ResultVerdict, departmentId: number): string | null {
    switch (verdict) {
      case 'allowed':
        return null;
      case 'otherDepartment':
        return otherDepartmentRefusal(this.db, this.actor, departmentId, ENTERED_RESULT);
      case 'unlinked':
        return UNLINKED_OFFICER;
      case 'notOnTeam':
        return '只有该对象检查组的执法人员才能录入其检查结果。';
      case 'readOnly':
        return '只读账户不能录入检查结果。';
    }
  }

  private teamSubjects(taskId: number): Set<number> {
    let subjects = this.onTeam.get(taskId);
    if (!subjects) {
      subjects = new Set(subjectsOnTeamOf(this.db, taskId, this.inspectorId ?? 0));
      this.onTeam.set(taskId, subjects);
    }
    return subjects;
  }
}
