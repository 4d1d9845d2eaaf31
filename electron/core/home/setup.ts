import type { ReadableDb } from '../../../db/client';
import { confinedDepartment } from '../auth/roles-scope.shared';
import type { Actor } from '../context';
import { activeMemberDepartmentIds } from '../departments';
import { countActiveInspectors } from '../inspectors';
import { listItems } from '../items';
import { countPublishedPlans } from '../plans';
import { countSubjects } from '../subjects';
import { countTasksOfYear } from '../tasks';
import { activeUserCounts, officerAccountCounts } from '../users';
import type { SETUP_STEPS } from './contract';
import { mayHome } from './may';

export interface SetupStep {
  key: (typeof SETUP_STEPS)[number];
  done: boolean;
  detail: string;
}

/**
 * 工作台's set-up checklist: what a new office still has to do before its first draw, in the order it is done. The
 * lead office (admin, lead) sees the county; a department administrator the own department (the subjects directory
 * is the county's); officers and viewers set nothing up and see no steps.
 */
export function setupChecklist(db: ReadableDb, actor: Actor, today: string): SetupStep[] {
  if (!mayHome(actor, 'setUp')) return [];
  const dept = confinedDepartment(actor);
  const year = Number(today.slice(0, 4));
  const steps: SetupStep[] = [];

  if (dept === null) {
    // The member departments come seeded; one is set up once someone of it has an account.
    const memberIds = activeMemberDepartmentIds(db);
    const accounts = activeUserCounts(db);
    const members = memberIds.length;
    const staffed = memberIds.filter((id) => accounts.has(id)).length;
    steps.push({
      key: 'departments',
      done: staffed > 0,
      detail: members === 0 ? '尚无成员部门' : `${members} 个成员部门，其中 ${staffed} 个已有账户`,
    });
  }

  const { officers, unlinked } = officerAccountCounts(db, dept);
  steps.push({
    key: 'officerAccounts',
    done: officers > 0 && unlinked === 0,
    detail:
      officers === 0
        ? '尚无执法人员账户'
        : unlinked > 0
          ? `${officers} 个执法人员账户中 ${unlinked} 个尚未关联`
          : `${officers} 个执法人员账户均已关联`,
  });

  const items = listItems(db, { asOf: today, departmentId: dept ?? undefined }).length;
  steps.push({ key: 'items', done: items > 0, detail: items ? `清单中有 ${items} 个事项` : '清单中还没有事项' });

  // Counted up to the subjects area's cap: the directory may hold a million, and "more than 10,000" says enough.
  const { count: subjects, capped } = countSubjects(db, {});
  steps.push({
    key: 'subjects',
    done: subjects > 0,
    detail: subjects === 0 ? '名录中还没有对象' : capped ? '名录中有 1 万户以上' : `名录中有 ${subjects} 户`,
  });

  const inspectors = countActiveInspectors(db, dept);
  steps.push({
    key: 'inspectors',
    done: inspectors > 0,
    detail: inspectors ? `${inspectors} 名在岗执法人员` : '还没有执法人员',
  });

  const plans = countPublishedPlans(db, year, dept);
  steps.push({
    key: 'plan',
    done: plans > 0,
    detail: plans ? `${year} 年已发布 ${plans} 份计划` : `${year} 年尚无已发布的计划`,
  });

  const tasks = countTasksOfYear(db, year, dept);
  steps.push({
    key: 'task',
    done: tasks > 0,
    detail: tasks ? `${year} 年已有 ${tasks} 个抽查任务` : `${year} 年尚无抽查任务`,
  });
  return steps;
}
