import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type MethodInput, type MethodName } from '../../electron/core/contract';
import { ROLES, type Role } from '../../electron/core/roles';
import { AuthorizationOffice, departmentOf, OTHER, OWN, TODAY, type Side } from '../support/authorization';
import { openTestCore } from '../support/core';

/**
 * Who may call what, for every method of the contract. Roles by letter: A 系统管理员, L 牵头部门管理员, D 部门管理员,
 * I 执法人员, V 只读. Every account but the administrator belongs to department 1 (县市场监督管理局).
 *
 * - `own` / `other`: a write on a record of the caller's own department (for an officer: of a subject the officer's
 *   team inspects) / of another department (县卫生健康委员会; for an officer: a team the officer is not on).
 *   `other: 'n/a'` where the method has no department, with the reason.
 * - `read`: the role gate of a read (reads are open across departments, docs/manual.md).
 * - `skip`: not called, with the reason; its role gate is still compared with the contract below.
 */
type Who = string;
type Row =
  | { own: Who; other: Who }
  | { own: Who; other: 'n/a'; why: string }
  | { read: Who; both?: true }
  | { skip: string; gate: Who };

const ALL = 'ALDIV';
const MANAGERS = 'AL';
const KEEPERS = 'ALD';
const WRITERS = 'ALDI';
const AUDITORS = 'ALV';

/** A joint item of the two departments' key items, named anew each time. */
const jointFields = (w: AuthorizationOffice) => ({
  name: `联合事项${w.next()}`,
  leadDepartmentId: OWN,
  itemIds: [w.keyItems.own, w.keyItems.other],
});

const table: Record<MethodName, Row> = {
  'auth.status': { read: ALL },
  'auth.setup': { skip: '首次设置只能进行一次：本表的单位已设置，任何人再调用都会被拒绝（auth.test.ts）。', gate: ALL },
  'auth.login': { skip: '公开方法；每次登录要算一次 scrypt，登录与锁定见 auth.test.ts。', gate: ALL },
  'auth.logout': { skip: '会结束本表所用的会话；退出登录见 auth.test.ts。', gate: ALL },
  'auth.me': { read: ALL },
  'auth.changePassword': { skip: '会改掉本表账户的密码并结束其他会话；修改密码见 auth.test.ts。', gate: ALL },
  'users.list': { read: KEEPERS },
  'users.grantableRoles': { read: KEEPERS },
  'users.create': { own: KEEPERS, other: MANAGERS },
  'users.update': { own: KEEPERS, other: MANAGERS },
  'users.setActive': { own: KEEPERS, other: MANAGERS },
  'users.resetPassword': { own: KEEPERS, other: MANAGERS },
  'users.unlock': { own: KEEPERS, other: MANAGERS },
  'users.linkInspector': { own: KEEPERS, other: MANAGERS },
  'departments.list': { read: ALL },
  'departments.create': { own: MANAGERS, other: 'n/a', why: '部门本身由牵头部门管理。' },
  'departments.update': { own: MANAGERS, other: 'n/a', why: '部门本身由牵头部门管理。' },
  'departments.setActive': { own: MANAGERS, other: 'n/a', why: '部门本身由牵头部门管理。' },
  'settings.office': { read: ALL },
  'settings.updateOffice': { own: MANAGERS, other: 'n/a', why: '单位信息是全县的。' },
  'settings.list': { read: MANAGERS },
  'settings.set': { own: 'A', other: 'n/a', why: '设置项是全县的。' },
  'system.today': { read: ALL },
  'audit.list': { read: AUDITORS },
  'audit.export': { read: AUDITORS },
  'audit.methods': { read: AUDITORS },
  'audit.verify': { read: AUDITORS },
  'audit.anchor': { own: 'A', other: 'n/a', why: '签名锚点代表全县的审计日志，由系统管理员生成。' },
  'subjects.list': { read: ALL },
  'subjects.count': { read: ALL },
  'subjects.get': { read: ALL },
  'subjects.create': { own: KEEPERS, other: 'n/a', why: '检查对象名录库全县共用，各部门共同维护。' },
  'subjects.update': { own: KEEPERS, other: 'n/a', why: '检查对象名录库全县共用，各部门共同维护。' },
  'subjects.importPreview': { read: KEEPERS },
  'subjects.importCommit': { own: KEEPERS, other: 'n/a', why: '检查对象名录库全县共用，各部门共同维护。' },
  'subjects.flagListPreview': { read: KEEPERS },
  'subjects.flagListCommit': { own: KEEPERS, other: 'n/a', why: '检查对象名录库全县共用，各部门共同维护。' },
  'subjects.export': { read: ALL },
  'subjects.checkUscc': { read: ALL },
  'inspectors.list': { read: ALL },
  'inspectors.get': { read: ALL, both: true },
  'inspectors.create': { own: KEEPERS, other: MANAGERS },
  'inspectors.update': { own: KEEPERS, other: MANAGERS },
  'inspectors.addRecusal': { own: KEEPERS, other: MANAGERS },
  'inspectors.endRecusal': { own: KEEPERS, other: MANAGERS },
  // A preview only reads: another department's rows come back as row errors (see the test at the end).
  'inspectors.importPreview': { read: KEEPERS, both: true },
  'inspectors.importCommit': { own: KEEPERS, other: MANAGERS },
  'experts.list': { read: ALL },
  'experts.create': { own: KEEPERS, other: 'n/a', why: '专家库单独成库、全县共用，专家不属于任何部门。' },
  'experts.update': { own: KEEPERS, other: 'n/a', why: '专家库单独成库、全县共用，专家不属于任何部门。' },
  'items.list': { read: ALL },
  'items.keyShare': { read: ALL },
  'items.history': { read: ALL, both: true },
  'items.create': { own: KEEPERS, other: MANAGERS },
  'items.revise': { own: KEEPERS, other: MANAGERS },
  'items.retire': { own: KEEPERS, other: MANAGERS },
  'items.importPreview': { read: KEEPERS, both: true },
  'items.importCommit': { own: KEEPERS, other: MANAGERS },
  'items.export': { read: ALL },
  'items.jointList': { read: ALL },
  'items.jointCreate': { own: MANAGERS, other: 'n/a', why: '联合抽查事项跨部门，由牵头部门设立。' },
  'items.jointHistory': { read: ALL },
  'items.jointUpdate': { own: MANAGERS, other: 'n/a', why: '联合抽查事项跨部门，由牵头部门修订。' },
  'items.jointRetire': { own: MANAGERS, other: 'n/a', why: '联合抽查事项跨部门，由牵头部门废止。' },
  'items.publish': { own: MANAGERS, other: 'n/a', why: '抽查事项清单和联合抽查事项清单由牵头部门统一公布。' },
  'items.publications': { read: ALL },
  'imports.template': { read: ALL },
  'imports.errors': { read: KEEPERS },
  'libraries.tags': { read: ALL },
  'libraries.saveTag': { own: KEEPERS, other: 'n/a', why: '标签目录全县共用。' },
  'libraries.list': { read: ALL },
  'libraries.save': { own: KEEPERS, other: 'n/a', why: '子库总是保存为保存人所在部门的子库。' },
  'libraries.retire': { own: KEEPERS, other: MANAGERS },
  'plans.list': { read: ALL },
  'plans.get': { read: ALL, both: true },
  'plans.itemChoices': { read: ALL },
  'plans.create': { own: KEEPERS, other: MANAGERS },
  'plans.saveTask': { own: KEEPERS, other: MANAGERS },
  'plans.cancelTask': { own: KEEPERS, other: MANAGERS },
  'plans.publish': { own: KEEPERS, other: MANAGERS },
  'plans.export': { read: ALL },
  'tasks.list': { read: ALL },
  'tasks.get': { read: ALL, both: true },
  'tasks.createFromPlan': { own: KEEPERS, other: MANAGERS },
  'tasks.createSpecial': { own: KEEPERS, other: MANAGERS },
  'tasks.cancel': { own: KEEPERS, other: MANAGERS },
  'draws.attempts': { read: ALL },
  'draws.jointVisits': { read: ALL },
  'draws.open': { own: KEEPERS, other: MANAGERS },
  'draws.run': { own: KEEPERS, other: MANAGERS },
  'draws.lock': { own: KEEPERS, other: MANAGERS },
  'draws.result': { read: ALL },
  'draws.export': { read: ALL },
  'draws.match': { own: KEEPERS, other: MANAGERS },
  'draws.changeMember': { own: KEEPERS, other: MANAGERS },
  'calendar.years': { read: ALL },
  'calendar.isWorkday': { read: ALL },
  'calendar.add': { read: ALL },
  'calendar.days': { read: ALL },
  'calendar.setDay': { own: MANAGERS, other: 'n/a', why: '工作日历是全县的。' },
  'calendar.importFile': { own: MANAGERS, other: 'n/a', why: '工作日历是全县的。' },
  'calendar.parseNotice': { read: MANAGERS },
  'calendar.saveYear': { own: MANAGERS, other: 'n/a', why: '工作日历是全县的。' },
  'codes.ofTask': { read: ALL },
  'codes.issue': { own: KEEPERS, other: MANAGERS },
  'codes.verify': { read: ALL },
  'results.lists': { read: ALL },
  'results.saveCategory': { own: MANAGERS, other: 'n/a', why: '结果类别清单是全县的。' },
  'results.saveMeasure': { own: MANAGERS, other: 'n/a', why: '处置措施清单是全县的。' },
  'results.rules': { read: ALL },
  'results.updateRules': { own: MANAGERS, other: 'n/a', why: '公示期限是全县的。' },
  'results.sheet': { read: ALL },
  'results.enter': { own: WRITERS, other: MANAGERS },
  'results.enterMany': { own: WRITERS, other: MANAGERS },
  'results.history': { read: ALL },
  'results.review': { own: KEEPERS, other: MANAGERS },
  'results.withhold': { own: KEEPERS, other: MANAGERS },
  'results.publish': { own: KEEPERS, other: MANAGERS },
  'results.exportPublished': { read: ALL },
  'results.ofSubject': { read: ALL },
  'results.attachments': { read: ALL },
  'results.attach': { own: WRITERS, other: MANAGERS },
  'results.attachmentFile': { read: ALL },
  'todo.counts': { read: ALL },
  'home.setupChecklist': { read: ALL },
  'todo.list': { read: ALL },
  'collection.workbook': { read: KEEPERS },
  'collection.preview': { read: WRITERS },
  'collection.commit': {
    skip: '逐行判断：采集表中不归调用人录入的行在预览中列为有误行（谁检查、谁录入），整张表不会整体被拒绝；见 collection.test.ts。',
    gate: WRITERS,
  },
  'collection.errors': { read: WRITERS },
  'followups.list': { read: ALL },
  'followups.create': { own: WRITERS, other: MANAGERS },
  'followups.close': { own: WRITERS, other: MANAGERS },
  'credit.list': { read: ALL },
  'credit.decide': { own: MANAGERS, other: 'n/a', why: '信用风险分类调整由牵头部门确认。' },
  'cases.list': { read: ALL },
  'cases.create': { own: WRITERS, other: MANAGERS },
  'cases.close': { own: WRITERS, other: MANAGERS },
  'reports.monthly': { read: ALL },
  'reports.summary': { read: ALL },
  'reports.submit': { own: KEEPERS, other: MANAGERS },
  'reports.submissions': { read: 'ALDV' },
  // Another department's frozen report: refused to its 部门管理员 (the test after the table).
  'reports.submittedFile': { read: 'ALDV' },
  'reports.compile': { read: AUDITORS },
  'stats.dashboard': { read: ALL },
  'stats.export': { read: ALL },
  'documents.plan': { read: ALL },
  'documents.notices': { read: ALL },
  'documents.drawRecord': { read: ALL },
  'documents.resultList': { read: ALL },
  'documents.resultLetters': { read: ALL },
  'documents.workPlan': { read: ALL },
  'documents.followUpLetter': { read: ALL },
  'documents.fonts': { read: ALL },
  'documents.setFontFolder': { own: 'A', other: 'n/a', why: '公文字体文件夹是本机的设置。' },
};

const LETTER: Record<Role, string> = { admin: 'A', lead: 'L', deptAdmin: 'D', inspector: 'I', viewer: 'V' };
const allows = (who: Who, role: Role): boolean => who.includes(LETTER[role]);

/** Builds a valid input for one call: fresh records where a successful call would use one up. */
/** Each method's input, made for a side: typed by the contract, so a table row cannot call with a wrong shape. */
type Inputs = {
  [M in MethodName]?: (o: AuthorizationOffice, side: Side) => MethodInput<M> | Promise<MethodInput<M>>;
};

let o: AuthorizationOffice;
/** Records made once and reused by reads and by writes that may be repeated. */
const fixed = {} as {
  lockedTask: Record<Side, number>;
  resultTask: Record<Side, number>;
  result: Record<Side, number>;
  problemResult: Record<Side, number>;
  draftPlan: Record<Side, number>;
  attachment: number;
  code: string;
  previewToken: string;
  collectionToken: string;
  department: number;
  copyFollowUp: number;
  submission: Record<Side, number>;
};

const inputs: Inputs = {
  'auth.status': () => ({}),
  'auth.me': () => ({}),
  'users.list': () => ({}),
  'users.grantableRoles': () => ({}),
  'users.create': (w, side) => w.userFields(side),
  'users.update': (w, side) => ({
    id: w.victims[side],
    displayName: '改过的姓名',
    role: 'inspector',
    departmentId: departmentOf(side),
  }),
  'users.setActive': (w, side) => ({ id: w.victims[side], active: true }),
  'users.resetPassword': (w, side) => ({ id: w.victims[side], password: 'Reset12345' }),
  'users.unlock': (w, side) => ({ id: w.victims[side] }),
  'users.linkInspector': async (w, side) => ({ id: w.victims[side], inspectorId: await w.inspector(side) }),
  'departments.list': () => ({}),
  'departments.create': (w) => ({ code: `T${w.next()}`, name: `测试部门${w.next()}`, shortName: '测试' }),
  'departments.update': () => ({ id: fixed.department, code: 'TESTD', name: '县测试局', shortName: '测试' }),
  'departments.setActive': () => ({ id: fixed.department, active: true }),
  'settings.office': () => ({}),
  'settings.updateOffice': () => ({ officeName: '固阳县市场监督管理局', regionCode: '150222' }),
  'settings.list': () => ({}),
  'settings.set': () => ({ key: 'plans.publishBy', value: '03-31' }),
  'system.today': () => ({}),
  'audit.list': () => ({}),
  'audit.export': () => ({}),
  'audit.methods': () => ({}),
  'audit.verify': () => ({}),
  'audit.anchor': () => ({}),
  'subjects.list': () => ({}),
  'subjects.count': () => ({}),
  'subjects.get': (w) => ({ id: w.subjects.edit.id }),
  'subjects.create': (w) => ({
    uscc: w.freshUscc(),
    name: `新商店${w.next()}`,
    type: '个体工商户',
    industryCode: 'G5410',
  }),
  'subjects.update': (w) => ({
    id: w.subjects.edit.id,
    uscc: w.subjects.edit.uscc,
    name: '固阳县编辑商店',
    type: '企业',
    industryCode: 'G5410',
    riskClass: 'A',
  }),
  'subjects.importPreview': async (w) => ({ upload: await w.subjectsWorkbook() }),
  'subjects.importCommit': async (w) => ({
    token: (await w.ok('subjects.importPreview', { upload: await w.subjectsWorkbook() })).token,
    mode: 'strict',
  }),
  'subjects.flagListPreview': async (w) => ({ upload: await w.subjectsWorkbook(), flag: 'abnormal', mode: 'add' }),
  'subjects.flagListCommit': async (w) => ({
    token: (
      await w.ok('subjects.flagListPreview', { upload: await w.subjectsWorkbook(), flag: 'abnormal', mode: 'add' })
    ).token,
  }),
  'subjects.export': () => ({}),
  'subjects.checkUscc': (w) => ({ codes: [w.subjects.edit.uscc] }),
  'inspectors.list': () => ({}),
  'inspectors.get': (w, side) => ({ id: w.officers[side][0]! }),
  'inspectors.create': (w, side) => w.inspectorFields(side),
  'inspectors.update': async (w, side) => ({
    id: await w.inspector(side),
    ...w.inspectorFields(side),
    active: false,
  }),
  'inspectors.addRecusal': async (w, side) => ({
    inspectorId: await w.inspector(side),
    kind: 'region',
    regionCode: '150222',
    relation: '所在区域回避',
    reason: '家住该区域',
  }),
  'inspectors.endRecusal': async (w, side) => ({ id: await w.recusal(side), reason: '已搬离该区域' }),
  'inspectors.importPreview': async (w, side) => ({ upload: await w.inspectorsWorkbook(side) }),
  'inspectors.importCommit': async (w, side) => ({
    token: (await w.ok('inspectors.importPreview', { upload: await w.inspectorsWorkbook(side) })).token,
    mode: 'strict',
  }),
  'experts.list': () => ({}),
  'experts.create': () => ({ name: '周工', organisation: '包头市特种设备检验所', orgType: '检测机构' }),
  'experts.update': async (w) => {
    const e = await w.ok('experts.create', { name: '钱工', organisation: '某检测所', orgType: '检测机构' });
    return { id: e.id, name: e.name, organisation: e.organisation, orgType: '检测机构', active: true };
  },
  'items.list': () => ({}),
  'items.keyShare': () => ({}),
  'items.history': (w, side) => ({ id: w.keyItems[side] }),
  'items.create': (w, side) => ({ ...w.itemFields(side), effectiveFrom: '2026-01-01' }),
  'items.revise': async (w, side) => {
    const fields = w.itemFields(side);
    const { id } = await w.ok('items.create', { ...fields, effectiveFrom: '2026-01-01' });
    return { ...fields, id, name: `${fields.name}（修订）`, effectiveFrom: TODAY, reason: '依据修订' };
  },
  'items.retire': async (w, side) => ({ id: await w.item(side), effectiveFrom: TODAY, reason: '依据废止' }),
  'items.importPreview': async (w, side) => ({ upload: await w.itemsWorkbook(side), effectiveFrom: TODAY }),
  'items.importCommit': async (w, side) => ({
    token: (await w.ok('items.importPreview', { upload: await w.itemsWorkbook(side), effectiveFrom: TODAY })).token,
    mode: 'strict',
  }),
  'items.export': () => ({}),
  'items.jointList': () => ({}),
  'items.jointCreate': (w) => jointFields(w),
  'items.jointHistory': async (w) => ({ id: (await w.ok('items.jointCreate', jointFields(w))).id }),
  'items.jointUpdate': async (w) => {
    const fields = jointFields(w);
    const { id } = await w.ok('items.jointCreate', fields);
    return { ...fields, id, versionNo: 1, scene: '开办餐饮店', effectiveFrom: TODAY, reason: '场景调整' };
  },
  'items.jointRetire': async (w) => ({
    id: (await w.ok('items.jointCreate', jointFields(w))).id,
    versionNo: 1,
    effectiveFrom: TODAY,
    reason: '依据废止',
  }),
  'items.publish': () => ({ kind: 'items' }),
  'items.publications': () => ({ kind: 'joint' }),
  'imports.template': () => ({ kind: 'items' }),
  'imports.errors': () => ({ kind: 'items', token: fixed.previewToken }),
  'libraries.tags': () => ({}),
  'libraries.saveTag': () => ({ name: '食品', category: '许可' }),
  'libraries.list': () => ({}),
  'libraries.save': (w) => ({ name: `子库${w.next()}`, filter: { riskClass: 'C' } }),
  'libraries.retire': async (w, side) => ({ id: await w.library(side) }),
  'plans.list': () => ({}),
  'plans.get': (_w, side) => ({ id: fixed.draftPlan[side] }),
  'plans.itemChoices': () => ({ periodStart: TODAY }),
  'plans.create': (w, side) => ({ year: w.freshPlanYear(), departmentId: departmentOf(side), name: '年度计划' }),
  'plans.saveTask': async (w, side) => {
    const plan = await w.ok('plans.get', { id: fixed.draftPlan[side] });
    return { planId: fixed.draftPlan[side], fields: w.taskFields(side, 'draws', plan.plan.year) };
  },
  'plans.cancelTask': async (w, side) => w.planTask(side, fixed.draftPlan[side]),
  'plans.publish': async (w, side) => ({
    id: (await w.planTask(side)).planId,
    approvedOn: TODAY,
    publishedOn: TODAY,
  }),
  'plans.export': (_w) => ({ id: fixed.draftPlan.own }),
  'tasks.list': () => ({}),
  'tasks.get': (_w, side) => ({ id: fixed.lockedTask[side] }),
  'tasks.createFromPlan': async (w, side) => ({ planTaskId: await w.publishedPlanTask(side) }),
  'tasks.createSpecial': (w, side) => ({ fields: w.taskFields(side, 'draws'), reason: '专项整治' }),
  'tasks.cancel': async (w, side) => ({ id: await w.task(side), reason: '授权表作废', approver: '王局长' }),
  'draws.attempts': () => ({ taskId: fixed.lockedTask.own }),
  'draws.jointVisits': () => ({ taskId: fixed.lockedTask.own }),
  'draws.open': async (w, side) => ({ taskId: await w.task(side) }),
  'draws.run': async (w, side) => ({
    drawId: await w.openedDraw(side),
    witnesses: [{ name: '王监督', value: '42' }],
  }),
  'draws.lock': async (w, side) => ({ drawId: await w.ranDraw(side) }),
  'draws.result': () => ({ taskId: fixed.lockedTask.own }),
  'draws.export': () => ({ taskId: fixed.lockedTask.own }),
  'draws.match': async (w, side) => ({ taskId: await w.lockedTask(side) }),
  'draws.changeMember': async (w, side) => {
    const taskId = await w.matchedTask(side);
    const team = await w.team(taskId);
    const spare = w.officers[side].find((id) => !team.includes(id));
    return {
      taskId,
      subjectId: w.subjects.draws.id,
      removeInspectorId: team[0]!,
      addInspectorId: spare!,
      reason: '原成员出差',
    };
  },
  'calendar.years': () => ({}),
  'calendar.isWorkday': () => ({ date: TODAY }),
  'calendar.add': () => ({ date: TODAY, days: 5 }),
  'calendar.days': () => ({ year: 2026 }),
  'calendar.setDay': (w) => ({ date: w.freshWeekday(), kind: 'holiday', name: '临时' }),
  'calendar.importFile': (w) => {
    const year = w.freshCalendarYear();
    return {
      upload: w.uploadText(
        `${year}.json`,
        JSON.stringify({
          source: '测试安排',
          years: { [year]: { holidays: [['元旦', `${year}-01-01`, `${year}-01-01`]], workdays: [] } },
        }),
      ),
    };
  },
  'calendar.parseNotice': () => ({ text: '一、元旦：1月1日（周二）放假1天，不调休。', year: 2030 }),
  'calendar.saveYear': (w) => {
    const year = w.freshCalendarYear();
    return { year: Number(year), origin: 'manual', days: [{ date: `${year}-01-01`, kind: 'holiday', name: '元旦' }] };
  },
  'codes.ofTask': () => ({ taskId: fixed.lockedTask.own }),
  'codes.issue': (_w, side) => ({ taskId: fixed.lockedTask[side] }),
  'codes.verify': () => ({ text: fixed.code }),
  'results.lists': () => ({}),
  'results.saveCategory': (w) => ({ code: `Z${w.next()}`, name: '测试类别' }),
  'results.saveMeasure': (w) => ({ code: `Z${w.next()}`, name: '测试措施' }),
  'results.rules': () => ({}),
  'results.updateRules': () => ({ publishWithin: 20, entryWithin: 10, review: false }),
  'results.sheet': () => ({ taskId: fixed.resultTask.own }),
  'results.enter': (w, side) => w.entry(side, fixed.resultTask[side]),
  'results.enterMany': (w, side) => ({ entries: [w.entry(side, fixed.resultTask[side])] }),
  'results.history': () => ({ id: fixed.result.own }),
  'results.review': async (w, side) => ({ ids: [await w.result(side)], decision: 'approve' }),
  'results.withhold': async (w, side) => ({ id: await w.result(side), reason: '依法不予公示的情形' }),
  'results.publish': async (w, side) => ({ ids: [await w.result(side)] }),
  'results.exportPublished': () => ({ taskId: fixed.resultTask.own }),
  'results.ofSubject': (w) => ({ subjectId: w.subjects.results.id }),
  'results.attachments': () => ({ resultId: fixed.result.own }),
  'results.attach': (w, side) => ({
    resultId: fixed.result[side],
    upload: w.uploadText('a.txt', '现场照片'),
    name: '照片',
  }),
  'results.attachmentFile': () => ({ id: fixed.attachment }),
  'todo.counts': () => ({}),
  'home.setupChecklist': () => ({}),
  'todo.list': () => ({ kind: 'dueSoon' }),
  'collection.workbook': () => ({ taskId: fixed.resultTask.own, departmentId: OWN }),
  'collection.preview': async (w) => {
    const book = await w.ok('collection.workbook', { taskId: fixed.resultTask.own, departmentId: OWN });
    return { upload: w.uploadCopy(book.download) };
  },
  'collection.errors': () => ({ token: fixed.collectionToken }),
  'followups.list': () => ({}),
  'followups.create': (_w, side) => ({
    resultId: fixed.problemResult[side],
    measure: '01',
    departmentId: departmentOf(side),
    dueOn: '2026-12-31',
  }),
  'followups.close': async (w, side) => ({
    id: await w.followUp(side, fixed.problemResult[side]),
    closedOn: TODAY,
    outcome: '已整改完毕',
  }),
  'credit.list': () => ({}),
  'credit.decide': async (w) => ({ id: await w.proposal(), decision: 'reject', note: '问题已整改' }),
  'cases.list': () => ({}),
  'cases.create': (w, side) => w.caseFields(side),
  'cases.close': async (w, side) => ({
    id: (await w.ok('cases.create', w.caseFields(side))).id,
    closedOn: TODAY,
    outcome: '已调解',
  }),
  'reports.monthly': () => ({ month: '2026-06' }),
  'reports.summary': () => ({ period: '2026H1' }),
  'reports.submit': (_w, side) => ({
    kind: 'monthly',
    period: '2026-05',
    departmentId: departmentOf(side),
    reason: '授权表重新报送',
  }),
  'reports.submissions': () => ({ kind: 'monthly', period: '2026-05' }),
  'reports.submittedFile': () => ({ id: fixed.submission.own }),
  'reports.compile': () => ({ month: '2026-05' }),
  'stats.dashboard': () => ({ year: 2026 }),
  'stats.export': () => ({ year: 2026, chart: 'categories' }),
  'documents.plan': () => ({ planId: fixed.draftPlan.own }),
  'documents.notices': () => ({ taskId: fixed.resultTask.own }),
  'documents.drawRecord': () => ({ taskId: fixed.resultTask.own }),
  'documents.resultList': () => ({ taskId: fixed.resultTask.own }),
  'documents.resultLetters': () => ({ taskId: fixed.resultTask.own }),
  'documents.workPlan': () => ({ taskId: fixed.resultTask.own }),
  'documents.followUpLetter': () => ({ followUpId: fixed.copyFollowUp, recipient: '县公安局' }),
  'documents.fonts': () => ({}),
  'documents.setFontFolder': (w) => ({ folder: w.t.dir }),
};

beforeAll(async () => {
  o = new AuthorizationOffice(openTestCore());
  await o.setUp();
  fixed.lockedTask = { own: await o.lockedTask('own'), other: await o.lockedTask('other') };
  fixed.resultTask = { own: await o.matchedTask('own', 'results'), other: await o.matchedTask('other', 'results') };
  fixed.result = { own: await o.result('own'), other: await o.result('other') };
  // A published result on the own results task, for the public list; entering it again unchanged stays allowed.
  const published = await o.ok('results.enter', o.entry('own', fixed.resultTask.own));
  await o.ok('results.publish', { ids: [published.result.id] });
  fixed.problemResult = {
    own: await o.result('own', { problem: true }),
    other: await o.result('other', { problem: true }),
  };
  fixed.draftPlan = { own: await o.draftPlan('own'), other: await o.draftPlan('other') };
  for (const side of ['own', 'other'] as const) await o.ok('codes.issue', { taskId: fixed.lockedTask[side] });
  fixed.code = (await o.ok('codes.ofTask', { taskId: fixed.lockedTask.own }))[0]!.code;
  fixed.attachment = (
    await o.ok('results.attach', { resultId: fixed.result.own, upload: o.uploadText('b.txt', '记录'), name: '记录' })
  ).id;
  fixed.previewToken = (await o.ok('items.importPreview', { upload: await o.itemsWorkbook('own') })).token;
  const book = await o.ok('collection.workbook', { taskId: fixed.resultTask.own, departmentId: OWN });
  fixed.collectionToken = (await o.ok('collection.preview', { upload: o.uploadCopy(book.download) })).token;
  fixed.copyFollowUp = (
    await o.ok('followups.create', {
      resultId: fixed.problemResult.own,
      measure: '05',
      departmentId: OWN,
      dueOn: '2026-12-31',
    })
  ).id;
  fixed.department = (await o.ok('departments.create', { code: 'TESTD', name: '县测试局', shortName: '测试' })).id;
  fixed.submission = {
    own: (await o.ok('reports.submit', { kind: 'monthly', period: '2026-05', departmentId: OWN })).id,
    other: (await o.ok('reports.submit', { kind: 'monthly', period: '2026-05', departmentId: OTHER })).id,
  };
}, 120_000);

afterAll(() => o?.t.cleanup());

describe('the authorisation table', () => {
  it('names every method of the contract, and only those', () => {
    const methods = Object.keys(contract).sort();
    expect(Object.keys(table).sort()).toEqual(methods);
    const missing = methods.filter((m) => {
      const row = table[m as MethodName];
      return !('skip' in row) && !inputs[m as MethodName];
    });
    expect(missing, 'methods without an input factory').toEqual([]);
  });

  it('gives every skipped or department-free row its reason, and matches each row to the role gate', () => {
    for (const [method, row] of Object.entries(table)) {
      const spec = contract[method as MethodName];
      if ('skip' in row) expect(row.skip.length, method).toBeGreaterThan(10);
      if ('why' in row) expect(row.why.length, method).toBeGreaterThan(3);
      if ('read' in row) expect(spec.write, `${method} is a write`).toBe(false);
      else if (!('skip' in row)) expect(spec.write, `${method} is a read`).toBe(true);
      // On a record of their own, the roles the contract lets in are exactly the roles the table allows.
      const who = 'read' in row ? row.read : 'skip' in row ? row.gate : row.own;
      const gate = ROLES.filter(
        (r) => spec.access === 'public' || spec.access === 'authenticated' || spec.access.includes(r),
      );
      expect(
        ROLES.filter((r) => allows(who, r)),
        method,
      ).toEqual(gate);
    }
  });

  const called = Object.entries(table).filter(([, row]) => !('skip' in row)) as [
    MethodName,
    Exclude<Row, { skip: string }>,
  ][];

  it.each(called)('%s', async (method, row) => {
    const factory = inputs[method]!;
    const cases: [Side, Who][] =
      'read' in row
        ? row.both
          ? [
              ['own', row.read],
              ['other', row.read],
            ]
          : [['own', row.read]]
        : row.other === 'n/a'
          ? [['own', row.own]]
          : [
              ['own', row.own],
              ['other', row.other],
            ];
    const wrong: string[] = [];
    for (const [side, who] of cases) {
      for (const role of ROLES) {
        const input = await factory(o, side);
        const result = await o.callAs(role, method, input);
        const expected = allows(who, role) ? 'ok' : 'FORBIDDEN';
        const got = result.ok ? 'ok' : result.error.code;
        if (got !== expected)
          wrong.push(
            `${role} on ${side}: expected ${expected}, got ${got}${result.ok ? '' : ` (${result.error.message})`}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('an import as a department administrator', () => {
  it('shows another department’s rows as row errors naming it, and refuses a commit that would write them', async () => {
    const upload = await o.itemsWorkbook('other');
    const preview = await o.callAs('deptAdmin', 'items.importPreview', { upload, effectiveFrom: TODAY });
    expect(preview.ok && preview.value).toMatchObject({
      counts: { total: 1, fresh: 0, invalid: 1 },
      errors: [
        {
          row: 2,
          column: '抽查主体',
          value: '县卫生健康委员会',
          message: '该抽查事项属于「县卫生健康委员会」，部门管理员只能导入本部门的抽查事项。',
        },
      ],
    });
    const officer = await o.callAs('deptAdmin', 'inspectors.update', {
      id: o.officers.other[0]!,
      ...o.inspectorFields('other'),
    });
    expect(officer).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '该执法人员属于「县卫生健康委员会」，部门管理员只能管理本部门的执法人员。' },
    });
    // An inspector sheet updating another department's officer by certificate number, naming the own department.
    const moved = await o.uploadWorkbook([
      ['姓名', '部门', '执法证号', '有效期至'],
      [
        '改名',
        '县市场监督管理局',
        (await o.ok('inspectors.get', { id: o.officers.other[1]! })).inspector.certNo!,
        '2029-12-31',
      ],
    ]);
    const token = (await o.ok('inspectors.importPreview', { upload: moved })).token;
    const commit = await o.callAs('deptAdmin', 'inspectors.importCommit', { token, mode: 'valid' });
    expect(commit.ok ? null : commit.error).toEqual({
      code: 'FORBIDDEN',
      message:
        '第 2 行：该执法人员属于「县卫生健康委员会」，部门管理员只能导入本部门的执法人员。没有导入任何数据，请重新选择文件预览后再导入。',
    });
    expect((await o.ok('inspectors.get', { id: o.officers.other[1]! })).inspector.departmentId).toBe(OTHER);
  });
});

describe('报送 as a department administrator', () => {
  it('refuses another department’s submission, and shows only the own department’s row', async () => {
    const other = await o.callAs('deptAdmin', 'reports.submittedFile', { id: fixed.submission.other });
    expect(other.ok ? null : other.error).toEqual({
      code: 'FORBIDDEN',
      message: '该报表属于「卫健」，部门管理员只能查看本部门的报表。',
    });
    const grid = await o.callAs('deptAdmin', 'reports.submissions', { kind: 'monthly', period: '2026-05' });
    expect(grid.ok && (grid.value as { rows: { departmentId: number }[] }).rows.map((r) => r.departmentId)).toEqual([
      OWN,
    ]);
    const county = await o.callAs('lead', 'reports.submittedFile', { id: fixed.submission.other });
    expect(county.ok).toBe(true);
  });
});
