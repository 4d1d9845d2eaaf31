import type { Core } from '../app';
import { appendAudit } from '../audit';
import { sha256Hex, canonical } from '../canonical';
import { AppError } from '../errors';
import { officeToday } from '../office-time';
import { saveNewYear, calendarYearsOf } from '../calendar';
import { readOffice, writeOffice } from '../settings';
import { hashPassword } from '../auth';
import { hasSubjects } from '../subjects';
import { hasUsers, insertUser } from '../users';
import { DemoRandom } from './random';
import { writeDemoInspectors, writeDemoItems } from './directory';
import { writeDemoPlan } from './plan';
import { writeDemoResults, type DemoResultsReport } from './results';
import { writeDemoSubjects } from './subjects';

export interface DemoOptions {
  subjects: number;
  seed: number;
}

export interface DemoReport {
  subjects: number;
  items: number;
  inspectors: number;
  experts: number;
  plannedTasks: number;
  drawnTasks: number;
  results: DemoResultsReport;
  adminCreated: { username: string; password: string } | null;
}

export const DEMO_ADMIN = { username: 'admin', password: 'Demo12345' };

/**
 * Fills an empty data directory with a realistic county so a new user (or a benchmark) has something to work on.
 * Writes in batches — a million rows in one transaction would hold the whole write-ahead log — and records itself
 * in the audit trail.
 */
/**
 * In December the demo's deadlines run into next year, which the shipped calendar may not hold yet: the demo county
 * marks it Monday to Friday by hand (named so on the calendar page), as an office would before the notice is out.
 */
function coverNextYear(db: Core['db'], year: number, now: Date): void {
  if (calendarYearsOf(db).some((y) => y.year === year + 1)) return;
  db.$client
    .transaction(() =>
      saveNewYear(
        db,
        { year: year + 1, origin: 'manual', title: '演示数据：周一至周五', days: [], replace: false },
        now,
      ),
    )
    .immediate();
}

export async function fillDemo(core: Core, options: DemoOptions): Promise<DemoReport> {
  const { db } = core;
  if (hasSubjects(db)) {
    throw new AppError(
      'CONFLICT',
      '该数据目录中已有检查对象。演示数据只能写入新的空目录，请用 --data 指定一个新目录。',
    );
  }
  const now = core.clock.now();
  let adminCreated: DemoReport['adminCreated'] = null;
  // Hashed before the transaction: scrypt runs off the event loop and never holds the write lock.
  const adminHash = hasUsers(db) ? null : await hashPassword(DEMO_ADMIN.password);
  db.$client
    .transaction(() => {
      if (!readOffice(db).officeName)
        writeOffice(db, { officeName: '固阳县市场监督管理局', regionCode: '150222' }, now);
      if (adminHash && !hasUsers(db)) {
        insertUser(
          db,
          {
            username: DEMO_ADMIN.username,
            passwordHash: adminHash,
            displayName: '演示管理员',
            role: 'admin',
            departmentId: null,
            mustChangePassword: true,
          },
          now,
        );
        adminCreated = DEMO_ADMIN;
      }
    })
    .immediate();
  const office = readOffice(db);
  const random = new DemoRandom(options.seed);
  const countyName = office.officeName.replace(/市场监督管理局$|市场监管局$/, '') || '固阳县';
  const written = writeDemoSubjects(
    db,
    random,
    {
      count: options.subjects,
      countyName,
      regionCode: office.regionCode || '150222',
    },
    now.toISOString(),
  );
  const year = Number(officeToday({ db, now }).slice(0, 4));
  const items = writeDemoItems(db, random, year, now);
  const people = writeDemoInspectors(db, random, year, now);
  db.$client
    .transaction(() =>
      appendAudit(db, {
        at: now.toISOString(),
        actorId: null,
        actorName: '演示数据',
        door: 'cli',
        method: 'system.demo',
        entityType: 'subject',
        entityId: null,
        inputDigest: sha256Hex(canonical(options)),
        outcome: 'ok',
      }),
    )
    .immediate();
  coverNextYear(db, year, now);
  const plan = await writeDemoPlan(core, random, year, countyName);
  const results = await writeDemoResults(core, random, plan.drawn);
  return {
    subjects: written,
    items,
    ...people,
    plannedTasks: plan.tasks,
    drawnTasks: plan.drawn.length,
    results,
    adminCreated,
  };
}
