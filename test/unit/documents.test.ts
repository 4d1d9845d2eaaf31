import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/core/contract';
import { logIn, withToken, resultOf } from '../support/core';
import { officeForEachTest } from '../support/office';
import { downloadedPdf, joined, qrCodesOnPage, type PdfFacts, type PdfMethod } from '../support/pdf';
import { cleanEntry, lockedTask } from '../support/results';
import { resultListTitle } from '../../electron/core/results/queries';

const OFFICE = '固阳县市场监督管理局';
const LONG_NAME =
  '固阳县金山镇新时代农牧业综合开发暨乡村振兴示范基地建设运营管理服务有限责任公司第一百二十三分公司西区商贸综合体配套餐饮部';

const office = officeForEachTest();
const ok = office.ok;
type Pdf = MethodOutput<'documents.plan'>;

async function pdfOf<M extends PdfMethod>(
  method: M,
  input: MethodInput<M>,
  name = 'document.pdf',
): Promise<PdfFacts & { result: Pdf }> {
  const result = await ok(method, input);
  const facts = downloadedPdf(office.t.core, result.download, office.t.dir, name);
  return { ...facts, result };
}

/** GB/T 9704 right margin is 26 mm: nothing may be drawn beyond the text block. */
const TEXT_RIGHT_EDGE = 595.28 - (26 * 72) / 25.4;

function expectWellFormed(pdf: PdfFacts & { result: Pdf }) {
  expect(pdf.pageCount).toBe(pdf.result.pages);
  expect(pdf.fonts.length).toBeGreaterThan(0);
  for (const font of pdf.fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true });
  expect(pdf.text).toContain(OFFICE);
}

async function renameSubject(id: number, name: string) {
  const { subject } = await ok('subjects.get', { id });
  const { type, uscc, industryCode, riskClass, regionCode, address } = subject;
  await ok('subjects.update', {
    id,
    type,
    uscc: uscc ?? undefined,
    name,
    industryCode,
    riskClass,
    regionCode: regionCode ?? '',
    address: address ?? '',
  });
}

describe('PDF documents', () => {
  it('prints the annual plan and, after an adjustment, its adjustment notice', async () => {
    const { planId } = await lockedTask(office.t.core, office.admin);
    const plan = await pdfOf('documents.plan', { planId });
    expectWellFormed(plan);
    expect(plan.text).toContain('2026 年抽查计划');
    expect(joined(plan.text)).toContain('零售店联合检查');
    expect(plan.pages[0]).toMatch(/—\s*1\s*—/);

    const detail = await ok('plans.get', { id: planId });
    const task = detail.tasks[0]!;
    await ok('plans.saveTask', {
      planId,
      taskId: task.id,
      fields: {
        name: task.name,
        itemIds: task.itemIds,
        leadDepartmentId: task.leadDepartmentId,
        scope: task.scope,
        ratios: task.ratios,
        periodStart: task.periodStart,
        periodEnd: '2026-11-30',
        mode: task.mode,
      },
      adjustment: { reason: '汛期顺延检查期间', filedOn: '2026-03-02' },
    });
    const notice = await pdfOf('documents.plan', { planId, adjustments: 'pending' }, 'adjust.pdf');
    expectWellFormed(notice);
    expect(joined(notice.text)).toContain(joined('关于调整《2026 年抽查计划》的通知'));
    expect(joined(notice.text)).toContain('汛期顺延检查期间');
    expect(joined(notice.text)).toContain('2026-11-30');

    const none = await resultOf(office.t.core, withToken(office.admin), 'documents.plan', { planId, adjustments: 5 });
    expect(none).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('prints one notice per drawn subject with its 检查码, numbering each notice from page 1, wrapping a long name', async () => {
    const { taskId, drawn } = await lockedTask(office.t.core, office.admin);
    const first = drawn[0]!;
    await renameSubject(first.subjectId, LONG_NAME);
    const codes = await ok('codes.ofTask', { taskId });

    const all = await pdfOf('documents.notices', { taskId });
    expectWellFormed(all);
    expect(all.pageCount).toBeGreaterThanOrEqual(drawn.length);
    const starts = all.pages.filter((p) => p.includes('抽查通知书'));
    expect(starts).toHaveLength(drawn.length);
    for (const page of starts) expect(page).toMatch(/—\s*1\s*—/);
    for (const c of codes) expect(all.text).toContain(c.code);
    expect(joined(all.text)).toContain(LONG_NAME);
    // The long name wraps: it is not on any single line, and nothing runs past the right margin.
    expect(all.text.split('\n').some((line) => line.includes(LONG_NAME))).toBe(false);
    expect(all.rightmostWord).toBeLessThanOrEqual(TEXT_RIGHT_EDGE + 1);

    const one = await pdfOf('documents.notices', { taskId, subjectIds: [drawn[1]!.subjectId] }, 'one.pdf');
    const second = codes.find((c) => c.subjectId === drawn[1]!.subjectId)!;
    expect(one.result.fileName).toContain(drawn[1]!.name);
    expect(one.pageCount).toBe(1);
    expect(one.text).toContain(second.code);
    expect(one.text).not.toContain(codes.find((c) => c.subjectId === first.subjectId)!.code);
    // The printed QR reads back as the signed payload, and that payload verifies as genuine.
    expect(qrCodesOnPage(one.file, 1)).toEqual([second.payload]);
    const verdict = await ok('codes.verify', { text: second.payload });
    expect(verdict.genuine).toBe(true);

    const stranger = await resultOf(office.t.core, withToken(office.admin), 'documents.notices', {
      taskId,
      subjectIds: [999999],
    });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('prints the draw record with everything draw verify needs and the audit head', async () => {
    const { taskId } = await lockedTask(office.t.core, office.admin);
    const exported = await ok('draws.export', { taskId });
    const record = JSON.parse(fs.readFileSync(office.t.core.files.downloadPath(exported.download)!, 'utf8')) as {
      draw: { poolHash: string; nonceHash: string; nonce: string; seed: string; witnesses: { value: string }[] };
    };
    const head = office.t.core.db.$client.prepare('select hash from audit_log order by id desc limit 1').get() as {
      hash: string;
    };
    const pdf = await pdfOf('documents.drawRecord', { taskId });
    expectWellFormed(pdf);
    const text = joined(pdf.text);
    for (const value of [record.draw.poolHash, record.draw.nonceHash, record.draw.nonce, record.draw.seed, head.hash])
      expect(text).toContain(value);
    expect(text).toContain(record.draw.witnesses[0]!.value);
    expect(text).toContain('ssj-draw/2');
    // Rounding is visible: planned and realised ratio per stratum, and the record is marked internal.
    for (const words of ['计划比例', '实际比例', '取整说明', '内部', '监督、纪检']) expect(text).toContain(words);
  });

  it('prints the public result list and the result letters; refuses before anything is published', async () => {
    const { taskId, drawn, items } = await lockedTask(office.t.core, office.admin);
    office.t.clock.set(new Date('2026-10-20T02:00:00Z'));
    office.admin = await logIn(office.t.core);
    const refused = await resultOf(office.t.core, withToken(office.admin), 'documents.resultList', { taskId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await renameSubject(drawn[0]!.subjectId, LONG_NAME);
    for (const s of drawn.slice(0, 3))
      await ok('results.enter', cleanEntry(taskId, s.subjectId, items.general, '2026-10-12'));
    await ok('results.enter', {
      ...cleanEntry(taskId, drawn[3]!.subjectId, items.general, '2026-10-12'),
      categories: ['06'],
      problems: '未按规定建立进货台账',
    });
    const sheet = await ok('results.sheet', { taskId });
    const entered = sheet.rows.filter((r) => r.result).map((r) => r.result!.id);
    await ok('results.publish', { ids: entered.slice(0, 2) });

    const list = await pdfOf('documents.resultList', { taskId });
    expectWellFormed(list);
    expect(joined(list.text)).toContain(LONG_NAME);
    // The long name is broken into lines inside its column: nothing reaches the landscape page's 20 mm margin.
    expect(list.rightmostWord).toBeLessThanOrEqual(list.pageWidth - (20 * 72) / 25.4 + 1);
    expect(list.text).toContain('结果公示清单');
    expect(list.result.fileName).toBe('零售店联合检查抽查结果公示清单.pdf');
    // Only published results are listed: the third subject's entry is not yet public.
    expect(joined(list.text)).not.toContain(joined(drawn[2]!.name));

    const letters = await pdfOf('documents.resultLetters', { taskId }, 'letters.pdf');
    expectWellFormed(letters);
    expect(letters.pages.filter((p) => p.includes('检查结果告知书'))).toHaveLength(4);
    expect(joined(letters.text)).toContain('未按规定建立进货台账');
    expect(letters.rightmostWord).toBeLessThanOrEqual(TEXT_RIGHT_EDGE + 1);

    // Every drawn subject inspected on both items and published: the list runs over pages, each with its header.
    for (const s of drawn)
      for (const itemId of [items.general, items.key])
        if (!sheet.rows.some((r) => r.result && r.subjectId === s.subjectId && r.itemId === itemId))
          await ok('results.enter', cleanEntry(taskId, s.subjectId, itemId, '2026-10-12'));
    await ok('results.publish', { taskId });
    const long = await pdfOf('documents.resultList', { taskId }, 'long.pdf');
    expect(long.pageCount).toBeGreaterThan(1);
    for (const page of long.pages) expect(page).toContain('统一社会信用代码');
    expect(joined(long.text).split('未发现问题').length - 1).toBe(drawn.length * 2 - 1);
  });

  it('uses the official fonts found in the folder named in settings, and refuses a folder that is not there', async () => {
    const before = await ok('documents.fonts', {});
    expect(before.fonts.every((f) => !f.official)).toBe(true);
    const folder = path.join(office.t.dir, 'fonts');
    fs.mkdirSync(folder);
    // Any TrueType face under an official file name stands in for 仿宋 here.
    const shipped = before.fonts.find((f) => f.role === 'hei')!.file;
    fs.copyFileSync(shipped, path.join(folder, 'SIMFANG.TTF'));
    const after = await ok('documents.setFontFolder', { folder });
    expect(after.fonts.find((f) => f.role === 'body')).toMatchObject({ official: true, label: 'SIMFANG.TTF' });

    const { planId } = await lockedTask(office.t.core, office.admin);
    const plan = await pdfOf('documents.plan', { planId });
    expect(plan.fonts.some((f) => f.name.includes('NotoSerifSC-Regular'))).toBe(false);

    const missing = await resultOf(office.t.core, withToken(office.admin), 'documents.setFontFolder', {
      folder: path.join(office.t.dir, 'nope'),
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('the result list title', () => {
  it('says a word the task name ends with once', () => {
    expect(resultListTitle('2026年食品经营抽查')).toBe('2026年食品经营抽查结果公示清单');
    expect(resultListTitle('第二批抽查结果')).toBe('第二批抽查结果公示清单');
    expect(resultListTitle('零售店联合检查')).toBe('零售店联合检查抽查结果公示清单');
    expect(resultListTitle('双随机')).toBe('双随机抽查结果公示清单');
  });
});
