import { createHash } from 'node:crypto';
import { desc, eq, gt, max, sql } from 'drizzle-orm';
import type { Db, ReadableDb } from '../../../db/client';
import { checkItemVersions, type ITEM_LIST_KINDS, itemListPublications, jointItemVersions } from '../../../db/schema';
import { insertStamps } from '../row-stamps';
import { listSheet } from './list-sheet';

export type ItemListKind = (typeof ITEM_LIST_KINDS)[number];

export const LIST_NOUNS: Record<ItemListKind, { list: string; item: string }> = {
  items: { list: '抽查事项清单', item: '事项' },
  joint: { list: '联合抽查事项清单', item: '联合抽查事项' },
};

export interface Publication {
  id: number;
  kind: ItemListKind;
  seq: number;
  asOf: string;
  publishedOn: string;
  count: number;
  sha256: string;
  actorName: string;
  createdAt: string;
}

/**
 * What identifies a list as of a date: how many entries it has and the SHA-256 of its rows as exported (list-sheet.ts),
 * canonical JSON. The same date gives the same fingerprint as long as no version effective by then is added.
 */
export function listFingerprint(db: ReadableDb, kind: ItemListKind, asOf: string): { count: number; sha256: string } {
  const { rows } = listSheet(db, kind, asOf);
  return { count: rows.length, sha256: createHash('sha256').update(JSON.stringify(rows)).digest('hex') };
}

const versionsOf = (kind: ItemListKind) =>
  kind === 'joint'
    ? { table: jointItemVersions, id: jointItemVersions.id, owner: jointItemVersions.jointItemId }
    : { table: checkItemVersions, id: checkItemVersions.id, owner: checkItemVersions.itemId };

const lastVersionId = (db: ReadableDb, kind: ItemListKind): number => {
  const v = versionsOf(kind);
  return (
    db
      .select({ id: max(v.id) })
      .from(v.table)
      .get()?.id ?? 0
  );
};

const columns = {
  id: itemListPublications.id,
  kind: itemListPublications.kind,
  seq: itemListPublications.seq,
  asOf: itemListPublications.asOf,
  publishedOn: itemListPublications.publishedOn,
  count: itemListPublications.count,
  sha256: itemListPublications.sha256,
  actorName: itemListPublications.actorName,
  createdAt: itemListPublications.createdAt,
};

/** 公布: records the list as of `asOf` as published on `publishedOn`, as the next numbered publication of that list. */
export function publishList(
  db: Db,
  kind: ItemListKind,
  stamp: { asOf: string; publishedOn: string; actorName: string; at: Date },
): Publication {
  const { at, ...rest } = stamp;
  const seq =
    (db
      .select({ seq: max(itemListPublications.seq) })
      .from(itemListPublications)
      .where(eq(itemListPublications.kind, kind))
      .get()?.seq ?? 0) + 1;
  return db
    .insert(itemListPublications)
    .values({
      kind,
      seq,
      ...rest,
      ...listFingerprint(db, kind, stamp.asOf),
      lastVersionId: lastVersionId(db, kind),
      ...insertStamps(at),
    })
    .returning(columns)
    .get();
}

/**
 * A list's publications, newest first, and how many of its entries have a version recorded since the last one: the
 * list has changed and is not yet published again (某事项在公布后有修改，尚未重新公布).
 */
export function publicationsOf(
  db: ReadableDb,
  kind: ItemListKind,
): { history: Publication[]; changed: number; warning: string | null } {
  const history = db
    .select(columns)
    .from(itemListPublications)
    .where(eq(itemListPublications.kind, kind))
    .orderBy(desc(itemListPublications.seq))
    .all();
  const last = history[0];
  if (!last) return { history, changed: 0, warning: null };
  const { lastVersionId: since } = db
    .select({ lastVersionId: itemListPublications.lastVersionId })
    .from(itemListPublications)
    .where(eq(itemListPublications.id, last.id))
    .get()!;
  const v = versionsOf(kind);
  const changed =
    db
      .select({ n: sql<number>`count(DISTINCT ${v.owner})` })
      .from(v.table)
      .where(gt(v.id, since))
      .get()?.n ?? 0;
  const nouns = LIST_NOUNS[kind];
  return {
    history,
    changed,
    warning:
      changed > 0
        ? `${changed} 个${nouns.item}在第 ${last.seq} 版公布（${last.publishedOn}）后有修改，尚未重新公布。`
        : null,
  };
}
