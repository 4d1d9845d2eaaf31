import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/core/contract';
import { officeForEachTest } from '../support/office';

const NOTICE_2027 = fs.readFileSync(path.resolve(__dirname, '../fixtures/holiday-notices/composed-2027.txt'), 'utf8');

const office = officeForEachTest();
const { ok, refusal } = office;

const years = () => ok('calendar.years', {});

describe('新增年份: a year added from the notice or by hand', () => {
  it('parses the notice, saves the year with its source, and deadlines run into it', async () => {
    expect(await refusal('calendar.add', { date: '2026-12-25', days: 10 })).toContain('尚未包含 2027 年');
    const parsed = await ok('calendar.parseNotice', {
      text: NOTICE_2027,
      year: 2027,
    });
    expect(parsed.title).toBe('国务院办公厅关于2027年部分节假日安排的通知');
    expect(parsed.days).toContainEqual({ date: '2027-01-31', kind: 'workday', name: '春节' });
    const saved = await ok('calendar.saveYear', {
      year: 2027,
      origin: 'notice',
      title: parsed.title,
      days: parsed.days,
    });
    expect(saved).toMatchObject({ year: 2027, holidays: 29, workdays: 6 });

    const row = (await years()).find((y) => y.year === 2027);
    expect(row).toMatchObject({ label: '国务院办公厅通知（粘贴解析）', holidays: 29, workdays: 6 });
    expect(row?.source).toContain('关于2027年部分节假日安排的通知');
    expect((await years()).find((y) => y.year === 2026)?.label).toBe('随软件提供');
    // 2026-12-25 (Fri) + 10 working days: 28–31 Dec, then 元旦 1–3 Jan off, 4–8 Jan, 11 Jan.
    expect(await ok('calendar.add', { date: '2026-12-25', days: 10 })).toEqual({
      date: '2027-01-11',
    });
    const sunday = await ok('calendar.isWorkday', { date: '2027-01-31' });
    expect(sunday.workday).toBe(true);
    const days = await ok('calendar.days', { year: 2027 });
    expect(days).toContainEqual({ date: '2027-01-31', kind: 'workday', name: '春节调休上班' });

    const audit = await ok('audit.list', { method: 'calendar.saveYear' });
    expect(audit.rows[0]).toMatchObject({ entityType: 'calendar', entityId: '2027', outcome: 'ok' });
  });

  it('refuses a year already there unless replacing; a year marked by hand says so', async () => {
    expect(await refusal('calendar.saveYear', { year: 2026, origin: 'manual', days: [] })).toContain(
      '已有 2026 年（来源：随软件提供）',
    );
    await ok('calendar.saveYear', {
      year: 2026,
      origin: 'manual',
      days: [
        { date: '2026-10-01', kind: 'holiday', name: '' },
        { date: '2026-10-10', kind: 'workday', name: '' },
      ],
      replace: true,
    });
    expect((await years()).find((y) => y.year === 2026)).toMatchObject({ label: '手工标注', holidays: 1, workdays: 1 });
    const days = await ok('calendar.days', { year: 2026 });
    expect(days.map((d) => `${d.date} ${d.name}`)).toEqual(['2026-10-01 放假', '2026-10-10 调休上班']);
  });

  it('refuses days that cannot be: 上班 on a weekday, another year, a day twice, text with no arrangement', async () => {
    const save = (days: MethodInput<'calendar.saveYear'>['days']) =>
      refusal('calendar.saveYear', { year: 2028, origin: 'manual', days });
    expect(await save([{ date: '2028-01-03', kind: 'workday', name: '' }])).toContain('周一至周五');
    expect(await save([{ date: '2029-01-01', kind: 'holiday', name: '' }])).toContain('不在 2028 年内');
    const twice = { date: '2028-01-01', kind: 'holiday' as const, name: '' };
    expect(await save([twice, twice])).toContain('列了两次');
    expect(await refusal('calendar.parseNotice', { text: '请各部门安排好值班。', year: 2028 })).toContain(
      '没有找到 2028 年',
    );
    expect((await years()).map((y) => y.year)).not.toContain(2028);
  });

  it('names an imported file as the source of the years it brings', async () => {
    const upload = office.t.core.files.newUpload('2029.json');
    fs.writeFileSync(
      upload.path,
      JSON.stringify({
        source: '某省转发',
        years: { 2029: { holidays: [['元旦', '2029-01-01', '2029-01-01']], workdays: [] } },
      }),
    );
    await ok('calendar.importFile', { upload: upload.id });
    expect((await years()).find((y) => y.year === 2029)).toMatchObject({
      label: '导入文件',
      source: '导入文件：某省转发',
    });
  });
});
