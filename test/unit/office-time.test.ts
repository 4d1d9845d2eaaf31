// The machine runs in a zone other than the office's: nothing the office sees may be counted on the machine's clock.
process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/core/contract';
import { logIn } from '../support/core';
import { officeForEachTest } from '../support/office';
import { downloadedPdf, joined, type PdfMethod } from '../support/pdf';
import { cleanEntry, lockedTask } from '../support/results';

const office = officeForEachTest();
const { ok, refusal } = office;

async function at(instant: Date): Promise<void> {
  office.t.clock.set(instant);
  office.admin = await logIn(office.t.core);
}
async function pdfText<M extends PdfMethod>(method: M, input: MethodInput<M>, name: string): Promise<string> {
  const { download } = await ok(method, input);
  return joined(downloadedPdf(office.t.core, download, office.t.dir, name).text);
}
const newCase = (receivedOn: string): MethodInput<'cases.create'> => ({
  source: '投诉举报',
  receivedOn,
  subjectName: '固阳县某某商店',
  departmentId: 1,
  summary: '群众反映过期食品',
});

/**
 * 30 October 2026, 17:30 UTC: already Saturday 31 October, 01:30 in Beijing (the office), still the 30th in Los
 * Angeles (the machine), in UTC and in Urumqi (23:30).
 */
const LATE_EVENING_UTC = new Date('2026-10-30T17:30:00Z');

describe("the office's day", () => {
  it('is the core’s clock read in the office’s zone, for checks, deadlines, documents and the audit filter', async () => {
    // Drawn at 2026-03-02T01:00Z: 09:00 in Beijing, 07:00 in Urumqi, the evening before in Los Angeles.
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    await at(LATE_EVENING_UTC);

    expect(await ok('system.today', {})).toEqual({
      date: '2026-10-31',
      timeZone: 'Asia/Shanghai',
      now: LATE_EVENING_UTC.toISOString(),
    });
    // "Not after today": the task's last day is today for the office.
    const first = await ok('results.enter', cleanEntry(taskId, drawn[0]!.subjectId, items.general, '2026-10-31'));
    expect(await ok('results.publish', { ids: [first.result.id] })).toMatchObject({ publishedOn: '2026-10-31' });
    await ok('cases.create', newCase('2026-10-31'));
    // Deadlines: 20 working days after 28 September end on 30 October, which is yesterday for the office.
    const late = await ok('results.enter', cleanEntry(taskId, drawn[1]!.subjectId, items.general, '2026-09-28'));
    expect(late.result.publishDue).toBe('2026-10-30');
    const counts = await ok('todo.counts', {});
    expect(counts).toMatchObject({ today: '2026-10-31', overdue: 1 });
    // Documents print the office's date and wall-clock time, and the draw record the time of the draw.
    const record = await pdfText('documents.drawRecord', { taskId }, 'record.pdf');
    expect(record).toContain(joined('2026-03-02 09:00:00'));
    expect(record).toContain(joined('2026-10-31 01:30:00'));
    expect(await pdfText('documents.resultList', { taskId }, 'list.pdf')).toContain('2026年10月31日');
    // The audit log's day filter is the office's day: this evening's entries (in UTC) are on the 31st.
    const audit = await ok('audit.list', { from: '2026-10-31', to: '2026-10-31' });
    expect(audit.rows.map((r) => r.method)).toContain('cases.create');

    // Another zone changes all of it.
    await ok('settings.set', { key: 'office.timeZone', value: 'asia/urumqi' });
    expect(await ok('system.today', {})).toMatchObject({ date: '2026-10-30', timeZone: 'Asia/Urumqi' });
    expect(await refusal('cases.create', newCase('2026-10-31'))).toContain('晚于今天');
    expect(
      await refusal('results.enter', cleanEntry(taskId, drawn[2]!.subjectId, items.general, '2026-10-31')),
    ).toContain('晚于今天');
    expect(await ok('todo.counts', {})).toMatchObject({ today: '2026-10-30', overdue: 0 });
    const again = await pdfText('documents.drawRecord', { taskId }, 'record-urumqi.pdf');
    expect(again).toContain(joined('2026-03-02 07:00:00'));
    expect(again).toContain(joined('2026-10-30 23:30:00'));
    const sameDay = await ok('audit.list', { from: '2026-10-31', to: '2026-10-31' });
    expect(sameDay.total).toBe(0);
  });

  it('is set only to a time zone the system knows, by the administrator', async () => {
    for (const value of ['Mars/Olympus', '', 'UTC+8;DROP', 8]) {
      const message = await refusal('settings.set', { key: 'office.timeZone', value });
      expect(message, String(value)).toMatch(/^「单位所在时区」：.*(时区名称|时区应为)/);
    }
    expect(await ok('settings.set', { key: 'office.timeZone', value: ' Asia/Urumqi ' })).toEqual({
      key: 'office.timeZone',
      value: 'Asia/Urumqi',
    });
    // The other office fields keep their own form.
    expect(await refusal('settings.set', { key: 'office.name', value: '某局' })).toContain('单位信息');
    expect(await ok('system.today', {})).toMatchObject({ timeZone: 'Asia/Urumqi' });
  });
});
