/* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- the refused calls
   below do not type-check, on purpose, so lint cannot type them either. */
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { readable, type ReadableDb, type WritableDb } from '../../db/client';
import { auditAnchors, auditLog, departments } from '../../db/schema';
import type { ReadContext, WriteContext } from '../../electron/core/context';
import type { Contract } from '../../electron/core/contract';
import type { Handler } from '../../electron/core/handler-types';
import { expectOk, openTestCore, setUpOffice, withToken, type TestCore } from '../support/core';

/*
 * Issue 15 point 6: a read-only method (contract `write: false`) gets a database handle whose TYPE cannot write.
 * The `@ts-expect-error` lines below are the test: `npm run typecheck` fails if any of them compiles, that is if
 * `ReadableDb` or `ReadContext` is widened back to the writable handle. They sit in functions that never run, because
 * at run time the handle is the same object (the narrowing costs nothing) and the calls would really write.
 */

const fields = { code: 'TESTJ', name: '某某局', shortName: '某' };

function refusedByReadableDb(db: ReadableDb): void {
  // @ts-expect-error drizzle's insert is not on a read handle
  db.insert(departments).values(fields).run();
  // @ts-expect-error nor update
  db.update(departments).set({ name: '改名局' }).run();
  // @ts-expect-error nor delete
  db.delete(departments).run();
  // @ts-expect-error nor raw statements run for their effect
  db.run('DELETE FROM departments');
  // @ts-expect-error nor transactions
  db.transaction(() => undefined);
  // @ts-expect-error a common table expression leads to select only, not to insert
  db.with(db.$with('d').as(db.select().from(departments))).insert(departments);
  // @ts-expect-error better-sqlite3's statements cannot be run for their effect
  db.$client.prepare('DELETE FROM departments').run();
  // @ts-expect-error nor after a modifier, which returns the read-only statement again
  db.$client.prepare('DELETE FROM departments').bind().pluck().run();
  // @ts-expect-error nor lead back to the full connection
  void db.$client.prepare('SELECT 1').database;
  // @ts-expect-error the connection cannot execute scripts
  db.$client.exec('DELETE FROM departments');
  // @ts-expect-error nor set pragmas
  db.$client.pragma('foreign_keys = OFF');
  // @ts-expect-error nor open its own transactions
  db.$client.transaction(() => undefined);
  // @ts-expect-error nor copy or close the file
  void db.$client.backup('/tmp/copy.db');
  // What reads need stays: the query builders, raw reads, prepared reads.
  db.select().from(departments).all();
  db.$client.prepare<[], number>('SELECT count(*) FROM departments').pluck().get();
}

/** A read method's handler: given the read context by `Handler`, whatever its body tries. */
const readDepartments: Handler<Contract['departments.list']> = (ctx) => {
  if (ctx.actor === null) {
    // @ts-expect-error a read handler's db cannot insert
    ctx.db.insert(departments).values(fields).run();
    // @ts-expect-error nor name a record for an audit entry that a read does not have
    ctx.touches('department', 1);
    // @ts-expect-error nor open a session
    ctx.startSession(1);
  }
  return [];
};

describe('read and write database handles', () => {
  it('types a read handler with ReadContext and a write handler with WriteContext', () => {
    expectTypeOf<Parameters<typeof readDepartments>[0]>().toEqualTypeOf<ReadContext>();
    expectTypeOf<ReadContext['db']>().toEqualTypeOf<ReadableDb>();
    expectTypeOf<WriteContext['db']>().toEqualTypeOf<WritableDb>();
    // A helper that only reads takes the read handle, and a write handler can still call it.
    expectTypeOf<WritableDb>().toExtend<ReadableDb>();
    expectTypeOf<WriteContext>().toExtend<ReadContext>();
    expect([typeof refusedByReadableDb, typeof readDepartments]).toEqual(['function', 'function']);
  });
});

describe('dispatch with read and write handles', () => {
  let t: TestCore;
  beforeEach(() => {
    t = openTestCore();
  });
  afterEach(() => t.cleanup());

  it('passes the same connection to reads: readable() is the very object, not a copy or a wrapper', () => {
    expect(readable(t.core.db)).toBe(t.core.db);
  });

  it('lets a read method see what a write method just committed', async () => {
    const admin = await setUpOffice(t.core);
    const created = await expectOk(t.core, withToken(admin), 'departments.create', fields);
    const listed = await expectOk(t.core, withToken(admin), 'departments.list', {});
    expect(listed.find((d) => d.id === created.id)).toMatchObject({ code: 'TESTJ', name: '某某局' });
  });

  it('lets a read note an audit anchor through its one named escape hatch, at the call clock, unaudited', async () => {
    const admin = await setUpOffice(t.core);
    const entries = () => t.core.db.select().from(auditLog).all().length;
    const before = entries();
    t.clock.advanceMinutes(7);
    const at = t.clock.now().toISOString();
    await expectOk(t.core, withToken(admin), 'audit.export', {});
    const anchors = t.core.db.select().from(auditAnchors).all();
    expect(anchors).toEqual([expect.objectContaining({ entryId: before, at }) as unknown]);
    // The export is a read: it noted the anchor but appended no audit entry of its own.
    expect(entries()).toBe(before);
  });
});
