import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectors } from '../../db/schema';
import { officerProblem, type MatchRecord } from '../../electron/core/draws/team-match';
import { verifyExported } from '../../electron/core/draws/verify-record';
import {
  CERT_STATUSES,
  certificateValidity,
  certStatusOn,
  type CertificateHolder,
  type CertStatus,
} from '../../electron/core/inspectors';
import { expectOk, openTestCore, setUpOffice, withToken, type OkCall, type TestCore } from '../support/core';
import { countyWithTask } from '../support/draws';

/**
 * One certificate rule (inspectors/certificate.shared.ts): the match refuses exactly the officers the inspector list
 * does not show as valid, for the same reason, and the list's SQL filter agrees with the list's function row by row.
 */

describe('certificateValidity', () => {
  const officer = (fields: Partial<CertificateHolder>): CertificateHolder => ({
    hasCertNo: true,
    certValidFrom: '2024-01-01',
    certValidTo: '2030-12-31',
    active: true,
    ...fields,
  });
  const period = { start: '2026-10-15', end: '2026-12-31' };

  it.each([
    ['a number and dates covering the period', {}, 'valid'],
    ['dates ending on the last day of the period', { certValidTo: '2026-12-31' }, 'valid'],
    ['dates starting on the first day of the period', { certValidFrom: '2026-10-15' }, 'valid'],
    ['no start date (only an end)', { certValidFrom: null }, 'valid'],
    ['no certificate number, though dates cover the period', { hasCertNo: false }, 'none'],
    ['a number without an end date', { certValidTo: null }, 'none'],
    ['a certificate ended before the period', { certValidTo: '2026-10-14' }, 'expired'],
    ['a certificate starting inside the period', { certValidFrom: '2026-10-16' }, 'notYetValid'],
    ['a certificate ending inside the period', { certValidTo: '2026-12-30' }, 'expiresDuringPeriod'],
    ['an officer not on duty, certificate and all', { active: false }, 'inactive'],
    ['not on duty and without a number: not on duty first', { active: false, hasCertNo: false }, 'inactive'],
  ] as const)('%s: %s', (_what, fields, verdict) => {
    expect(certificateValidity(officer(fields), period)).toBe(verdict);
  });

  it('is the list’s status for a day, with the 30-day warning on top', () => {
    const on = (fields: Partial<CertificateHolder>) => certStatusOn(officer(fields), '2026-10-15');
    expect(on({})).toBe('valid');
    expect(on({ certValidTo: '2026-11-14' })).toBe('expiring'); // the 30th day after today
    expect(on({ certValidTo: '2026-11-15' })).toBe('valid');
    expect(on({ certValidTo: '2026-10-15' })).toBe('expiring'); // its last day is today
    expect(on({ certValidTo: '2026-10-14' })).toBe('expired');
    expect(on({ certValidFrom: '2026-10-16' })).toBe('notYetValid');
    expect(on({ hasCertNo: false })).toBe('none');
    expect(on({ active: false })).toBe('inactive');
  });
});

let t: TestCore;
let admin: string;
beforeEach(async () => {
  t = openTestCore();
  // 15 October 2026, 10:00 in Beijing: the office's today is the task's first day.
  t.clock.set(new Date('2026-10-15T02:00:00Z'));
  admin = await setUpOffice(t.core);
});
afterEach(() => t.cleanup());

const ok: OkCall = (method, input) => expectOk(t.core, withToken(admin), method, input);

/** Officers of 市场监管 (department 1), each a case of the rule, for a task checking 2026-10-15 to 2026-12-31. */
const CASES: {
  name: string;
  fields: { certNo?: string; certValidFrom?: string; certValidTo?: string; active?: boolean };
  /** What the match says (null: may go). */
  match: 'certificateInvalid' | 'inactive' | null;
  /** What the inspector list says on 2026-10-15. */
  list: CertStatus;
}[] = [
  {
    name: '甲有效',
    fields: { certNo: 'ZF-A1', certValidFrom: '2024-01-01', certValidTo: '2030-12-31' },
    match: null,
    list: 'valid',
  },
  {
    name: '乙无证号',
    fields: { certValidFrom: '2024-01-01', certValidTo: '2030-12-31' },
    match: 'certificateInvalid',
    list: 'none',
  },
  { name: '丙无证', fields: {}, match: 'certificateInvalid', list: 'none' },
  {
    name: '丁期间内到期',
    fields: { certNo: 'ZF-D1', certValidFrom: '2024-01-01', certValidTo: '2026-11-10' },
    match: 'certificateInvalid',
    list: 'expiring',
  },
  {
    name: '戊年底到期',
    fields: { certNo: 'ZF-E1', certValidFrom: '2024-01-01', certValidTo: '2026-11-30' },
    match: 'certificateInvalid',
    list: 'valid',
  },
  {
    name: '己已过期',
    fields: { certNo: 'ZF-F1', certValidFrom: '2020-01-01', certValidTo: '2026-09-30' },
    match: 'certificateInvalid',
    list: 'expired',
  },
  {
    name: '庚未生效',
    fields: { certNo: 'ZF-G1', certValidFrom: '2026-11-01', certValidTo: '2030-12-31' },
    match: 'certificateInvalid',
    list: 'notYetValid',
  },
  {
    name: '辛不在岗',
    fields: { certNo: 'ZF-H1', certValidFrom: '2024-01-01', certValidTo: '2030-12-31', active: false },
    match: 'inactive',
    list: 'inactive',
  },
];

describe('the match and the inspector list', () => {
  it('refuse and show each officer by the one rule, and the list filter agrees with the list status', async () => {
    const county = await countyWithTask(t.core, admin);
    const ids = new Map<string, number>();
    for (const c of CASES) {
      const created = await ok('inspectors.create', { name: c.name, departmentId: 1, ...c.fields });
      ids.set(c.name, created.id);
    }
    // Rows no form lets in (an empty number, a number without an end date) but an old database may hold.
    t.core.db
      .insert(inspectors)
      .values({ name: '壬空证号', departmentId: 1, certNo: '', certValidTo: '2030-12-31' })
      .run();
    t.core.db
      .insert(inspectors)
      .values({ name: '癸无止期', departmentId: 1, certNo: 'ZF-K1', certValidTo: null })
      .run();

    // The match: a task over the county's shops in the period, drawn, locked and matched through dispatch.
    const { id: taskId } = await ok('tasks.createSpecial', {
      reason: '年底专项检查',
      fields: {
        name: '年底零售店检查',
        itemIds: [county.items.general, county.items.key],
        leadDepartmentId: 1,
        ratios: { mode: 'all', all: 50 },
        periodStart: '2026-10-15',
        periodEnd: '2026-12-31',
        mode: '现场',
      },
    });
    const open = await ok('draws.open', { taskId });
    await ok('draws.run', { drawId: open.id, witnesses: [{ name: '李监督', value: '20261015' }] });
    await ok('draws.lock', { drawId: open.id });
    await ok('draws.match', { taskId });
    const result = await ok('draws.result', { taskId });
    expect(result.subjects).toHaveLength(20);
    const sent = new Set(result.subjects.flatMap((s) => s.team.filter((m) => m.role === 'officer').map((m) => m.id)));
    const exported = await ok('draws.export', { taskId });
    const record = JSON.parse(fs.readFileSync(t.core.files.downloadPath(exported.download)!, 'utf8')) as {
      match: MatchRecord;
    };
    const subject = record.match.subjects[0]!;
    const matchVerdict = (name: string) => {
      const officer = record.match.officers.find((o) => o.id === ids.get(name));
      return officer ? officerProblem(officer, subject, record.match.parameters, []) : 'not recorded';
    };

    // The list: each officer's status, and each status filter returns exactly the officers with that status.
    const list = await ok('inspectors.list', { departmentId: 1 });
    const statusOf = new Map(list.map((i) => [i.name, i.certStatus]));
    expect(CASES.map((c) => ({ name: c.name, match: matchVerdict(c.name), list: statusOf.get(c.name) }))).toEqual(
      CASES.map((c) => ({ name: c.name, match: c.match, list: c.list })),
    );
    // Nobody the match refuses is on a team; the valid officer is (20 subjects, 4 fit officers of the department).
    expect(CASES.filter((c) => c.match !== null && sent.has(ids.get(c.name)!)).map((c) => c.name)).toEqual([]);
    expect(sent.has(ids.get('甲有效')!)).toBe(true);
    expect(statusOf.get('壬空证号')).toBe('none');
    expect(statusOf.get('癸无止期')).toBe('none');
    // The record says which officers have a number (never the number itself).
    expect(record.match.officers.find((o) => o.id === ids.get('乙无证号'))).toMatchObject({ hasCertNo: false });
    expect(record.match.officers.find((o) => o.id === ids.get('甲有效'))).toMatchObject({ hasCertNo: true });
    expect(JSON.stringify(record.match)).not.toContain('ZF-A1');
    for (const status of CERT_STATUSES) {
      const filtered = await ok('inspectors.list', {
        departmentId: 1,
        certStatus: status,
      });
      expect(filtered.map((i) => i.name).sort(), status).toEqual(
        list
          .filter((i) => i.certStatus === status)
          .map((i) => i.name)
          .sort(),
      );
    }
    expect(new Set(list.map((i) => i.certStatus))).toEqual(new Set(CERT_STATUSES));

    // The record verifies from itself alone; claiming a number for an officer without one is caught.
    expect(verifyExported(record)).toMatchObject({ ok: true });
    const forged = structuredClone(record);
    for (const o of forged.match.officers) o.hasCertNo = true;
    const verdict = verifyExported(forged);
    expect(verdict.ok ? 'verified' : verdict.difference).toMatch(/^match\.seed: /);
  }, 120_000);
});

describe('records made before the number was recorded', () => {
  it('still verify: an officer row without hasCertNo counts as having a number', () => {
    const file = path.join(__dirname, '../fixtures/draws/export-before-cert-number.json');
    const document = JSON.parse(fs.readFileSync(file, 'utf8')) as { match: MatchRecord };
    expect(document.match.officers.every((o) => !('hasCertNo' in o))).toBe(true);
    expect(verifyExported(document)).toMatchObject({ ok: true });
  });
});
