import { createHash, hash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Db, ReadableDb, ReadClient } from '../../../db/client';
import { fromJsonText, toJsonText } from '../../../db/json-text';
import { auditRowDigests } from '../../../db/schema';

/**
 * Row digests: what each audited write left in the business rows it touched, so that `audit verify --deep` can name a
 * row changed, inserted or deleted behind the app's back. TEMP triggers (per connection, invisible in the file) note
 * the (table, rowid) a write touches; appendAudit digests those rows, stores the digests beside the entry and hashes
 * a digest of the list into the entry, so the row digests are chained like the entry itself.
 *
 * The tables behind subjects, inspectors, items, plans, tasks, draws and results. No column is left out: every
 * column of these tables (timestamps included) changes only through an audited write, and `publish_due` is recomputed
 * by the audited settings write. Rowids are the row keys: the app never VACUUMs, so they stay put.
 */
export const AUDITED_TABLES = {
  subjects: '检查对象',
  inspectors: '执法人员',
  inspector_recusals: '回避登记',
  experts: '专家',
  check_items: '抽查事项',
  check_item_versions: '抽查事项版本',
  plans: '抽查计划',
  plan_tasks: '计划任务',
  plan_adjustments: '计划调整',
  tasks: '抽查任务',
  draws: '抽取记录',
  draw_subjects: '抽中对象',
  matches: '人员匹配',
  team_members: '检查组成员',
  results: '检查结果',
  result_versions: '检查结果版本',
  follow_ups: '后续处置',
} as const;
export type AuditedTable = keyof typeof AUDITED_TABLES;
const TABLES = Object.keys(AUDITED_TABLES).sort() as AuditedTable[];

export const DIGEST_BYTES = 16;
const DELETED = Buffer.alloc(DIGEST_BYTES);

/**
 * The rows one write touched in one table: rowid runs [first, count] and a digest per row in the same order; or, for
 * the rows a bulk insert declared (`pending`), the runs alone: they are digested while the app is idle.
 */
export interface TableDigests {
  tbl: string;
  pending: boolean;
  runs: [number, number][];
  digests: Buffer;
}

const insertTrigger = (table: string) => `audit_track_${table}_insert`;

function triggerSql(table: string): string[] {
  const note = (row: 'NEW' | 'OLD') =>
    `INSERT OR IGNORE INTO audit_touched (tbl, rid) VALUES ('${table}', ${row}.rowid);`;
  return [
    `CREATE TEMP TRIGGER IF NOT EXISTS ${insertTrigger(table)} AFTER INSERT ON main.${table} BEGIN ${note('NEW')} END`,
    `CREATE TEMP TRIGGER IF NOT EXISTS audit_track_${table}_update AFTER UPDATE ON main.${table} BEGIN ${note('OLD')} ${note('NEW')} END`,
    `CREATE TEMP TRIGGER IF NOT EXISTS audit_track_${table}_delete AFTER DELETE ON main.${table} BEGIN ${note('OLD')} END`,
  ];
}

const tracked = new WeakSet<Database.Database>();

/** Whether this connection notes the rows its writes touch (the core's does; a bare test database may not). */
export const tracksRows = (client: Database.Database): boolean => tracked.has(client);

/** Creates the TEMP table and triggers on this connection; the core calls it once when it opens the database. */
export function installRowTracking(client: Database.Database): void {
  client.exec(`CREATE TEMP TABLE IF NOT EXISTS audit_touched (tbl TEXT NOT NULL, rid INTEGER NOT NULL,
    PRIMARY KEY (tbl, rid)) WITHOUT ROWID`);
  // A bulk insert notes "every row after this rowid" once instead of one row per insert.
  client.exec('CREATE TEMP TABLE IF NOT EXISTS audit_touched_ranges (tbl TEXT NOT NULL, after_rid INTEGER NOT NULL)');
  for (const table of TABLES) for (const sql of triggerSql(table)) client.exec(sql);
  tracked.add(client);
}

/**
 * Runs a bulk insert into `table` without the per-row TEMP trigger (about 1 µs a row) and notes the new rows as one
 * range instead. Only inserts may happen inside (the bulk path's own rule, see withFtsPaused). The range is declared
 * by the write's entry and digested later, while the app is idle (digestBacklogStep): reading back and digesting
 * 100,000 imported rows inside the import would add more than half a second to it.
 */
export function withInsertTrackingPaused<T>(db: Db, table: AuditedTable, write: () => T): T {
  const client = db.$client;
  if (!tracked.has(client)) return write();
  const before = client.prepare<[], number>(`SELECT coalesce(max(rowid), 0) FROM main.${table}`).pluck().get() ?? 0;
  client.exec(`DROP TRIGGER temp.${insertTrigger(table)}`);
  try {
    return write();
  } finally {
    client.exec(triggerSql(table)[0] ?? '');
    client.prepare('INSERT INTO audit_touched_ranges (tbl, after_rid) VALUES (?, ?)').run(table, before);
  }
}

const columnCache = new WeakMap<ReadClient, Map<string, string[]>>();

/** The table's columns in name order: a row's digest does not depend on the order a migration added them in. */
function columnsOf(client: ReadClient, table: string): string[] {
  let cache = columnCache.get(client);
  if (!cache) columnCache.set(client, (cache = new Map<string, string[]>()));
  let columns = cache.get(table);
  if (!columns) {
    const info = client.prepare(`PRAGMA main.table_info(${table})`).all() as { name: string }[];
    columns = info.map((c) => c.name).sort();
    cache.set(table, columns);
  }
  return columns;
}

/**
 * A row's digest: SHA-256 over its non-null columns as [name, value, …] JSON, first 16 bytes. Null columns are left
 * out so that a nullable column added by a later migration does not change every digest.
 */
export function rowDigest(columns: string[], raw: unknown[], offset = 1): Buffer {
  const parts: unknown[] = [];
  for (let i = 0; i < columns.length; i++) {
    const value = raw[i + offset];
    if (value !== null && value !== undefined) parts.push(columns[i], value);
  }
  // The one-shot hash: a Hash object per row costs more than the hashing itself (a bulk import digests 100,000).
  return hash('sha256', JSON.stringify(parts), 'buffer').subarray(0, DIGEST_BYTES);
}

const selectRows = (client: ReadClient, table: string, where: string) =>
  client.prepare(`SELECT rowid, ${columnsOf(client, table).join(', ')} FROM main.${table} ${where}`).raw();

function toRuns(ids: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const id of ids) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === id) last[1] += 1;
    else runs.push([id, 1]);
  }
  return runs;
}

export function* idsOfRuns(runs: [number, number][]): Generator<number> {
  for (const [first, count] of runs) for (let i = 0; i < count; i++) yield first + i;
}

/** Digests the rows this connection's writes touched since the last entry (declaring bulk-inserted ones), and forgets them. */
export function takeTouchedDigests(db: Db): TableDigests[] {
  const client = db.$client;
  if (!tracked.has(client)) return [];
  const touched = client.prepare('SELECT tbl, rid FROM audit_touched ORDER BY tbl, rid').raw().all() as [
    string,
    number,
  ][];
  const ranges = client.prepare('SELECT tbl, min(after_rid) FROM audit_touched_ranges GROUP BY tbl').raw().all() as [
    string,
    number,
  ][];
  if (touched.length === 0 && ranges.length === 0) return [];
  const byTable = new Map<string, number[]>();
  for (const [tbl, rid] of touched) {
    const ids = byTable.get(tbl) ?? [];
    ids.push(rid);
    byTable.set(tbl, ids);
  }
  const after = new Map(ranges);
  const out: TableDigests[] = [];
  for (const tbl of TABLES) {
    const single = byTable.get(tbl) ?? [];
    const from = after.get(tbl);
    if (single.length === 0 && from === undefined) continue;
    const columns = columnsOf(client, tbl);
    const rows: { rid: number; digest: Buffer }[] = [];
    const one = selectRows(client, tbl, 'WHERE rowid = ?');
    for (const rid of single) {
      const raw = one.get(rid) as unknown[] | undefined;
      // A row of the declared range is digested later; one inserted there and deleted again is recorded as deleted.
      if (from !== undefined && rid > from && raw) continue;
      rows.push({ rid, digest: raw ? rowDigest(columns, raw) : DELETED });
    }
    if (rows.length > 0) {
      out.push({
        tbl,
        pending: false,
        runs: toRuns(rows.map((r) => r.rid)),
        digests: Buffer.concat(rows.map((r) => r.digest)),
      });
    }
    if (from !== undefined) {
      const ids = client.prepare<[number], number>(`SELECT rowid FROM main.${tbl} WHERE rowid > ? ORDER BY rowid`);
      const declared = toRuns(ids.pluck().all(from));
      if (declared.length > 0) out.push({ tbl, pending: true, runs: declared, digests: Buffer.alloc(0) });
    }
  }
  client.exec('DELETE FROM audit_touched; DELETE FROM audit_touched_ranges');
  return out;
}

/** The digest an entry carries in its hashed content: over every table's rowids and row digests, in table order. */
interface StoredDigests {
  tbl: string;
  pending: number;
  rowIds: string;
  digests: Buffer;
}

/** A declared range is hashed under its own name, so it cannot pass for digested rows or the other way round. */
const hashedName = (t: StoredDigests): string => (t.pending ? `${t.tbl}#pending` : t.tbl);

export function digestOfTables(tables: StoredDigests[]): string | null {
  if (tables.length === 0) return null;
  const hash = createHash('sha256');
  const named = tables.map((t) => ({ name: hashedName(t), t }));
  for (const { name, t } of named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(`${name}\n${t.rowIds}\n`).update(t.digests);
  }
  return hash.digest('hex');
}

/**
 * The row_ids column's text and back, by the column's own JSON coder: the digests are read and written by raw
 * statements, and the text is hashed into the entry, so it is what a drizzle write of the runs would store.
 */
const runsText = (runs: [number, number][]): string => toJsonText(auditRowDigests.rowIds, runs);
const runsOf = (text: string): [number, number][] => fromJsonText(auditRowDigests.rowIds, text);

export const storedForm = (t: TableDigests): StoredDigests => ({
  tbl: t.tbl,
  pending: t.pending ? 1 : 0,
  rowIds: runsText(t.runs),
  digests: t.digests,
});

/** Stores the entry's digests; declared ranges also join the backlog the idle step works through. */
export function storeDigests(db: Db, entryId: number, tables: TableDigests[]): void {
  const insert = db.$client.prepare(
    'INSERT INTO audit_row_digests (entry_id, tbl, pending, row_ids, digests) VALUES (?, ?, ?, ?, ?)',
  );
  const backlog = db.$client.prepare(
    'INSERT INTO audit_row_backlog (entry_id, tbl, next_rid, last_rid) VALUES (?, ?, ?, ?)',
  );
  for (const t of tables) {
    const stored = storedForm(t);
    insert.run(entryId, stored.tbl, stored.pending, stored.rowIds, stored.digests);
    const first = t.runs[0];
    const last = t.runs[t.runs.length - 1];
    if (t.pending && first && last) backlog.run(entryId, t.tbl, first[0], last[0] + last[1] - 1);
  }
}

/** Each entry's rows digest as recomputed from the stored row digests (for the chain walk). */
export function storedRowsDigests(db: ReadableDb): Map<number, string> {
  const rows = db.$client
    .prepare(
      'SELECT entry_id AS entryId, tbl, pending, row_ids AS rowIds, digests FROM audit_row_digests ORDER BY entry_id',
    )
    .all() as (StoredDigests & { entryId: number })[];
  const byEntry = new Map<number, typeof rows>();
  for (const row of rows) byEntry.set(row.entryId, [...(byEntry.get(row.entryId) ?? []), row]);
  const out = new Map<number, string>();
  for (const [entryId, tables] of byEntry) out.set(entryId, digestOfTables(tables) ?? '');
  return out;
}

export interface DeepReport {
  problems: string[];
  /** Rows from before row digests began (未登记). */
  unregistered: number;
  /** Rows a bulk insert declared that the idle step has not digested yet (待登记). */
  pending: number;
  checked: number;
}

const label = (tbl: AuditedTable) => `数据表 ${tbl}（${AUDITED_TABLES[tbl]}）`;

/** Recomputes every audited row's digest from today's rows and names each one changed outside the app. */
export function verifyRows(db: ReadableDb): DeepReport {
  const client = db.$client;
  const report: DeepReport = { problems: [], unregistered: 0, pending: 0, checked: 0 };
  const baseline = new Map(
    client.prepare('SELECT tbl, max_rowid FROM audit_row_baseline').raw().all() as [string, number][],
  );
  for (const tbl of TABLES) {
    const latest = new Map<number, { entryId: number; digest: Buffer | null }>();
    const stored = client
      .prepare(
        'SELECT entry_id, pending, row_ids, digests FROM audit_row_digests WHERE tbl = ? ORDER BY entry_id, pending',
      )
      .raw()
      .iterate(tbl) as Iterable<[number, number, string, Buffer]>;
    for (const [entryId, pending, rowIds, digests] of stored) {
      let i = 0;
      for (const rid of idsOfRuns(runsOf(rowIds))) {
        const digest = pending ? null : digests.subarray(i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES);
        latest.set(rid, { entryId, digest });
        i += 1;
      }
    }
    const backlog = client.prepare('SELECT next_rid, last_rid FROM audit_row_backlog WHERE tbl = ?').raw().all(tbl) as [
      number,
      number,
    ][];
    const queued = (rid: number) => backlog.some(([from, to]) => from <= rid && rid <= to);
    const columns = columnsOf(client, tbl);
    const before = baseline.get(tbl) ?? 0;
    for (const raw of selectRows(client, tbl, 'ORDER BY rowid').iterate() as Iterable<unknown[]>) {
      const rid = raw[0] as number;
      const known = latest.get(rid);
      report.checked += 1;
      if (!known) {
        if (rid <= before) report.unregistered += 1;
        else report.problems.push(`${label(tbl)}第 ${rid} 行在应用之外被插入（没有任何审计记录写过它）`);
        continue;
      }
      latest.delete(rid);
      if (known.digest === null) {
        if (queued(rid)) report.pending += 1;
        else
          report.problems.push(
            `${label(tbl)}第 ${rid} 行由第 ${known.entryId} 条审计记录批量写入，其摘要的登记任务却在应用之外被删除`,
          );
      } else if (known.digest.equals(DELETED)) {
        report.problems.push(`${label(tbl)}第 ${rid} 行已由第 ${known.entryId} 条审计记录删除，却又在应用之外被插回`);
      } else if (!rowDigest(columns, raw).equals(known.digest)) {
        report.problems.push(
          `${label(tbl)}第 ${rid} 行在应用之外被改动（最后写入它的是第 ${known.entryId} 条审计记录）`,
        );
      }
    }
    for (const [rid, known] of latest) {
      if (known.digest === null || !known.digest.equals(DELETED)) {
        report.problems.push(
          `${label(tbl)}第 ${rid} 行在应用之外被删除（最后写入它的是第 ${known.entryId} 条审计记录）`,
        );
      }
    }
  }
  return report;
}
