import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import type { Core } from '../../electron/core/app';
import type { Caller } from '../../electron/core/context';
import type { MethodInput, MethodName, MethodOutput } from '../../electron/core/contract';
import type { Role } from '../../electron/core/roles';
import { expectOk, LOCAL_HTTP, resultOf, setUpOffice, tokenOf, withToken, type TestCore } from './core';
import { testUscc } from './draws';
import { upload } from './subjects';
import { writeWorkbook } from './xlsx';

/** The caller's own department (县市场监督管理局, also the lead office's) and another one (县卫生健康委员会). */
export const OWN = 1;
export const OTHER = 17;
export type Side = 'own' | 'other';
export const departmentOf = (side: Side): number => (side === 'own' ? OWN : OTHER);

/** The office's day in the table: inside every result task's period, on the shipped 2026 calendar. */
export const TODAY = '2026-06-15';

/** Industry codes that each match exactly one subject, so a task's pool (at 100 %) is that subject. */
const INDUSTRY = { results: 'F5211', draws: 'F5212', credit: 'F5213' } as const;
type Pool = keyof typeof INDUSTRY;

const PASSWORD = 'Role12345';

/**
 * One office for the whole authorisation table: an account of each role in department 1 (the officer's account
 * linked to one of its officers), records in departments 1 and 17, and factories for fresh records, all made by
 * the administrator through the contract. Officers are placed so that teams are certain: on the results subject
 * each department has exactly two eligible officers (the third is recused), so the linked officer is on every
 * team of department 1 there and on none of department 17.
 */
export class AuthorizationOffice {
  readonly tokens = {} as Record<Role, string>;
  /** A second 部门管理员, of department 17: the libraries it saves are department 17's. */
  otherDeptAdmin = '';
  private admin = '';
  private counter = 0;
  subjects = {} as Record<Pool | 'edit', { id: number; uscc: string }>;
  keyItems = {} as Record<Side, number>;
  /** Officers with valid certificates; [0] of 'own' is the one the officer account is linked to. */
  officers = {} as Record<Side, number[]>;
  victims = {} as Record<Side, number>;

  constructor(readonly t: TestCore) {}

  private get core(): Core {
    return this.t.core;
  }

  /** A number never handed out before: unique codes, names, years. */
  next(): number {
    this.counter += 1;
    return this.counter;
  }

  ok<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    return expectOk(this.core, withToken(this.admin), method, input);
  }

  callAs<M extends MethodName>(role: Role, method: M, input: MethodInput<M>) {
    return resultOf(this.core, withToken(this.tokens[role]), method, input);
  }

  caller(role: Role): Caller {
    return withToken(this.tokens[role]);
  }

  async setUp(): Promise<void> {
    this.t.clock.set(new Date(`${TODAY}T02:00:00.000Z`));
    this.admin = await setUpOffice(this.core);
    this.tokens.admin = this.admin;
    for (const [pool, industryCode] of Object.entries(INDUSTRY))
      this.subjects[pool as Pool] = await this.subject(industryCode);
    this.subjects.edit = await this.subject('G5410');
    for (const side of ['own', 'other'] as const) {
      this.keyItems[side] = await this.item(side);
      this.officers[side] = [];
      for (let i = 0; i < 3; i += 1) this.officers[side].push(await this.officer(side));
      // The third officer may not inspect the results subject: there the team is the other two, always.
      await this.ok('inspectors.addRecusal', {
        inspectorId: this.officers[side][2]!,
        kind: 'subject',
        subjectUscc: this.subjects.results.uscc,
        relation: '原工作单位',
        reason: '曾在该店任职',
      });
      this.victims[side] = await this.user(side);
    }
    const accounts: [Role | 'otherDeptAdmin', Role, number][] = [
      ['lead', 'lead', OWN],
      ['deptAdmin', 'deptAdmin', OWN],
      ['inspector', 'inspector', OWN],
      ['viewer', 'viewer', OWN],
      ['otherDeptAdmin', 'deptAdmin', OTHER],
    ];
    for (const [name, role, departmentId] of accounts) {
      const user = await this.ok('users.create', {
        username: `table-${name.toLowerCase()}`,
        displayName: name,
        role,
        departmentId,
        password: PASSWORD,
      });
      // Set up as if each had already chosen their own password: the table is about rights, not first logins.
      this.core.db.update(users).set({ mustChangePassword: false }).where(eq(users.id, user.id)).run();
      if (name === 'inspector')
        await this.ok('users.linkInspector', { id: user.id, inspectorId: this.officers.own[0]! });
      const login = await resultOf(this.core, LOCAL_HTTP, 'auth.login', {
        username: user.username,
        password: PASSWORD,
      });
      if (name === 'otherDeptAdmin') this.otherDeptAdmin = tokenOf(login);
      else this.tokens[name] = tokenOf(login);
    }
  }

  async subject(industryCode: string) {
    const uscc = testUscc(this.next());
    const s = await this.ok('subjects.create', {
      uscc,
      name: `固阳县第${this.counter}商店`,
      type: '企业',
      industryCode,
      riskClass: 'A',
    });
    return { id: s.id, uscc };
  }

  itemFields(side: Side) {
    const n = this.next();
    return {
      code: `T-${side}-${n}`,
      departmentId: departmentOf(side),
      name: `授权表事项${n}`,
      basis: '《测试条例》',
      methods: ['实地核查' as const],
      category: 'key' as const,
    };
  }

  async item(side: Side): Promise<number> {
    return (await this.ok('items.create', { ...this.itemFields(side), effectiveFrom: '2026-01-01' })).id;
  }

  /** An officer who can be matched (valid certificate). */
  async officer(side: Side): Promise<number> {
    const n = this.next();
    return (
      await this.ok('inspectors.create', {
        name: `执法${n}`,
        departmentId: departmentOf(side),
        certNo: `TB${1000 + n}`,
        certValidFrom: '2024-01-01',
        certValidTo: '2029-12-31',
      })
    ).id;
  }

  /** A staff member without a certificate: never matched, so the table's edits never change a team. */
  inspectorFields(side: Side) {
    return { name: `人员${this.next()}`, departmentId: departmentOf(side) };
  }

  async inspector(side: Side): Promise<number> {
    return (await this.ok('inspectors.create', this.inspectorFields(side))).id;
  }

  async recusal(side: Side): Promise<number> {
    return (
      await this.ok('inspectors.addRecusal', {
        inspectorId: await this.inspector(side),
        kind: 'region',
        regionCode: '150222',
        relation: '所在区域回避',
        reason: '家住该区域',
      })
    ).id;
  }

  userFields(side: Side) {
    return {
      username: `u${this.next()}`,
      displayName: '被管理的账户',
      role: 'inspector' as const,
      departmentId: departmentOf(side),
      password: 'Victim12345',
    };
  }

  async user(side: Side): Promise<number> {
    return (await this.ok('users.create', this.userFields(side))).id;
  }

  async library(side: Side): Promise<number> {
    const token = side === 'own' ? this.tokens.lead : this.otherDeptAdmin;
    const saved = await expectOk(this.core, withToken(token), 'libraries.save', {
      name: `子库${this.next()}`,
      filter: { riskClass: 'D' },
    });
    return saved.id;
  }

  private planYear = 2030;
  /** A year nobody has planned for yet: a department has one plan a year. */
  freshPlanYear(): number {
    this.planYear += 1;
    return this.planYear;
  }

  async draftPlan(side: Side): Promise<number> {
    const year = this.freshPlanYear();
    return (await this.ok('plans.create', { year, departmentId: departmentOf(side), name: `${year} 年计划` })).id;
  }

  taskFields(side: Side, pool: Pool, year = 2026) {
    const n = this.next();
    // Each call is another task: its period differs (always around TODAY, after the items took effect), so no two
    // are the same 专项 (same items, scope and period), which the core refuses unless the first is cancelled.
    const day = (month: number, date: number) => new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);
    const periodStart = day(5, 1 - (Math.floor(n / 190) % 150));
    const periodEnd = day(11, 31 - (n % 190));
    return {
      name: `授权表任务${n}`,
      itemIds: [this.keyItems[side]],
      leadDepartmentId: departmentOf(side),
      scope: { industryCode: INDUSTRY[pool] },
      ratios: { mode: 'all' as const, all: 100 },
      periodStart,
      periodEnd,
      mode: '现场' as const,
    };
  }

  async planTask(side: Side, planId?: number): Promise<{ planId: number; taskId: number }> {
    const id = planId ?? (await this.draftPlan(side));
    const plan = await this.ok('plans.get', { id });
    const saved = await this.ok('plans.saveTask', {
      planId: id,
      fields: this.taskFields(side, 'draws', plan.plan.year),
    });
    return { planId: id, taskId: saved.id };
  }

  async publishedPlanTask(side: Side): Promise<number> {
    const { planId, taskId } = await this.planTask(side);
    await this.ok('plans.publish', { id: planId, approvedOn: TODAY, publishedOn: TODAY });
    return taskId;
  }

  async task(side: Side, pool: Pool = 'draws'): Promise<number> {
    return (await this.ok('tasks.createSpecial', { fields: this.taskFields(side, pool), reason: '授权表专项' })).id;
  }

  async openedDraw(side: Side, pool: Pool = 'draws'): Promise<number> {
    return (await this.ok('draws.open', { taskId: await this.task(side, pool) })).id;
  }

  async ranDraw(side: Side, pool: Pool = 'draws'): Promise<number> {
    const drawId = await this.openedDraw(side, pool);
    await this.ok('draws.run', { drawId, witnesses: [{ name: '李监督', value: '20260615' }] });
    return drawId;
  }

  async lockedTask(side: Side, pool: Pool = 'draws'): Promise<number> {
    const drawId = await this.ranDraw(side, pool);
    const locked = await this.ok('draws.lock', { drawId });
    return locked.taskId;
  }

  async matchedTask(side: Side, pool: Pool = 'draws'): Promise<number> {
    const taskId = await this.lockedTask(side, pool);
    await this.ok('draws.match', { taskId });
    return taskId;
  }

  /** The team of the task's one subject. */
  async team(taskId: number): Promise<number[]> {
    const result = await this.ok('draws.result', { taskId });
    return (result.subjects[0]?.team ?? []).filter((m) => m.role === 'officer').map((m) => m.id);
  }

  entry(side: Side, taskId: number, problem = false): MethodInput<'results.enter'> {
    return {
      taskId,
      subjectId: this.subjects.results.id,
      itemId: this.keyItems[side],
      categories: problem ? ['06'] : ['01'],
      resultDate: TODAY,
      method: '实地核查',
      description: problem ? '发现问题' : '经营正常',
      problems: problem ? '未按规定公示' : '',
      reason: '授权表录入',
    };
  }

  /** A result entered by the administrator: the item's department is the side's; the team is as the class says. */
  async result(side: Side, options: { problem?: boolean; pool?: Pool } = {}): Promise<number> {
    const pool = options.pool ?? 'results';
    const taskId = await this.matchedTask(side, pool);
    const entry = { ...this.entry(side, taskId, options.problem), subjectId: this.subjects[pool].id };
    return (await this.ok('results.enter', entry)).result.id;
  }

  async followUp(side: Side, resultId: number): Promise<number> {
    return (
      await this.ok('followups.create', {
        resultId,
        measure: '01',
        departmentId: departmentOf(side),
        dueOn: '2026-12-31',
      })
    ).id;
  }

  caseFields(side: Side): MethodInput<'cases.create'> {
    return {
      source: '投诉举报',
      receivedOn: TODAY,
      subjectId: this.subjects.edit.id,
      departmentId: departmentOf(side),
      summary: '消费者投诉商品过期',
    };
  }

  /** A fresh proposal to raise the credit subject's class (each earlier one is already decided). */
  async proposal(): Promise<number> {
    await this.result('own', { problem: true, pool: 'credit' });
    const waiting = await this.ok('credit.list', { status: 'proposed' });
    const proposal = waiting.find((p) => p.subjectId === this.subjects.credit.id);
    if (!proposal) throw new Error('no credit proposal was made');
    return proposal.id;
  }

  /** A file where the doors put uploads. */
  async uploadWorkbook(rows: (string | number)[][]): Promise<string> {
    const file = path.join(this.t.dir, `upload-${this.next()}.xlsx`);
    await writeWorkbook(file, [{ name: 'S', rows }]);
    return upload(this.core, file);
  }

  /** A download (a collection workbook) handed back as an upload, as a user would. */
  uploadCopy(downloadId: string): string {
    const from = this.core.files.downloadPath(downloadId);
    if (!from) throw new Error(`no download ${downloadId}`);
    return upload(this.core, from);
  }

  freshUscc(): string {
    return testUscc(this.next());
  }

  private weekday = 0;
  /** A past weekday nobody has edited yet (calendar edits must change something). */
  freshWeekday(): string {
    for (;;) {
      const day = new Date(Date.UTC(2025, 2, 3 + this.weekday));
      this.weekday += 1;
      if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) return day.toISOString().slice(0, 10);
    }
  }

  private calendarYear = 2027;
  freshCalendarYear(): string {
    this.calendarYear += 1;
    return String(this.calendarYear);
  }

  uploadText(name: string, text: string): string {
    const target = this.core.files.newUpload(name);
    fs.writeFileSync(target.path, text);
    return target.id;
  }

  departmentName(side: Side): string {
    return side === 'own' ? '县市场监督管理局' : '县卫生健康委员会';
  }

  async itemsWorkbook(side: Side): Promise<string> {
    const f = this.itemFields(side);
    return this.uploadWorkbook([
      ['事项编码', '抽查主体', '事项名称', '抽查依据', '抽查方式', '事项类别'],
      [f.code, this.departmentName(side), f.name, f.basis, '实地核查', '重点'],
    ]);
  }

  async inspectorsWorkbook(side: Side): Promise<string> {
    return this.uploadWorkbook([
      ['姓名', '部门'],
      [`导入${this.next()}`, this.departmentName(side)],
    ]);
  }

  async subjectsWorkbook(): Promise<string> {
    return this.uploadWorkbook([
      ['统一社会信用代码', '名称', '对象类型', '行业代码'],
      [testUscc(this.next()), `导入商店${this.counter}`, '企业', 'G5410'],
    ]);
  }
}
