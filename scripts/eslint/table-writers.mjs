// One writer per table (docs/architecture.md §6): each table of the database is written by exactly one core area;
// every other area writes it only through a function the owner exports from its index.ts. This rule refuses, in a
// file of electron/core/<area>/, a drizzle insert/update/delete of a db/schema table the area does not own, and an SQL
// text (string or template literal) that inserts into, replaces into, updates or deletes from such a table.
// Migrations and db/ are outside its scope (their SQL builds the tables); the core's root files belong to no area and
// write no table.
import path from 'node:path';

const CORE = path.resolve(import.meta.dirname, '../../electron/core');

/** The owner of each table, by area; each table is listed once, with its SQL name and its db/schema export. */
export const OWNERS = {
  auth: { sessions: 'sessions' },
  users: { users: 'users' },
  departments: { departments: 'departments' },
  settings: { settings: 'settings' },
  audit: {
    audit_log: 'auditLog',
    audit_anchors: 'auditAnchors',
    audit_row_digests: 'auditRowDigests',
    audit_row_backlog: 'auditRowBacklog',
    audit_row_baseline: 'auditRowBaseline',
    // Temporary tables of the row tracking (audit/rows.ts), filled by its triggers.
    audit_touched: null,
    audit_touched_ranges: null,
  },
  items: {
    check_items: 'checkItems',
    check_item_versions: 'checkItemVersions',
    joint_items: 'jointItems',
    joint_item_members: 'jointItemMembers',
    joint_item_versions: 'jointItemVersions',
    joint_item_version_members: 'jointItemVersionMembers',
    item_list_publications: 'itemListPublications',
  },
  subjects: { subjects: 'subjects', subject_changes: 'subjectChanges', subjects_fts: null },
  inspectors: {
    inspectors: 'inspectors',
    inspector_recusals: 'inspectorRecusals',
    experts: 'experts',
    inspector_changes: 'inspectorChanges',
  },
  libraries: { tag_catalogue: 'tagCatalogue', sub_libraries: 'subLibraries' },
  plans: { plans: 'plans', plan_tasks: 'planTasks', plan_adjustments: 'planAdjustments' },
  tasks: { tasks: 'tasks' },
  draws: {
    draws: 'draws',
    draw_subjects: 'drawSubjects',
    matches: 'matches',
    team_members: 'teamMembers',
    team_changes: 'teamChanges',
  },
  calendar: { calendar_years: 'calendarYears', calendar_days: 'calendarDays' },
  reports: { report_submissions: 'reportSubmissions' },
  codes: { inspection_codes: 'inspectionCodes' },
  results: {
    results: 'results',
    result_versions: 'resultVersions',
    result_attachments: 'resultAttachments',
    result_categories: 'resultCategories',
    follow_up_measures: 'followUpMeasures',
  },
  credit: { credit_proposals: 'creditProposals' },
  followups: { follow_ups: 'followUps' },
  cases: { cases: 'cases' },
};

/**
 * Deliberate exceptions: [area, table, why]. A write listed here is allowed although the area does not own the table.
 */
const EXCEPTIONS = [
  // None today. The audit area's triggers name every audited table (CREATE TRIGGER … AFTER UPDATE ON t) but write
  // only audit's own tables; `UPDATE ON t` / `DELETE ON t` are not writes to t, and the patterns below do not take them
  // for one.
];

/** Table → area, by SQL name and by db/schema export name. */
const bySqlName = new Map();
const byExport = new Map();
for (const [area, tables] of Object.entries(OWNERS)) {
  for (const [sqlName, exportName] of Object.entries(tables)) {
    bySqlName.set(sqlName, area);
    if (exportName) byExport.set(exportName, { area, sqlName });
  }
}
const excepted = new Set(EXCEPTIONS.map(([area, table]) => `${area}:${table}`));

/** The area a file lies in (electron/core/<area>/…), '' for the core's root files, null outside the core. */
function areaOf(file) {
  const rel = path.relative(CORE, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0] : '';
}

/** Whether an import source is db/schema (its index or one of its files), however relative. */
const isSchemaSource = (source) => /(^|\/)db\/schema(\/[\w-]+)?(\.ts)?$/.test(source);

// INSERT [OR x] INTO t, REPLACE INTO t, UPDATE [OR x] t, DELETE FROM t; t may be quoted and prefixed by main./temp.
const WRITE_SQL =
  /\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE\s+(?:OR\s+\w+\s+)?|DELETE\s+FROM)\s*[`"'[]?(?:(?:main|temp)[`"'\]]?\.[`"'[]?)?(\w+)/gi;
// The same, ending the text just before a template's expression (`UPDATE ${table} SET …` in drizzle's sql``).
const WRITE_SQL_BEFORE_EXPRESSION =
  /\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|UPDATE\s+(?:OR\s+\w+\s+)?|DELETE\s+FROM)\s*$/i;

export const tableWriters = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuses a write to a table another core area owns (one writer per table).' },
    schema: [],
    messages: {
      foreign:
        "The '{{area}}' area writes table '{{table}}', which the '{{owner}}' area owns. Call a function that " +
        "'{{owner}}' exports from its index.ts (add one there if needed): each table has one writer " +
        '(docs/architecture.md §6).',
    },
  },
  create(context) {
    const area = areaOf(context.filename);
    if (area === null) return {};
    /** Local names bound to db/schema tables: local → export name. */
    const schemaTables = new Map();

    function refuse(node, sqlName) {
      const owner = bySqlName.get(sqlName);
      if (!owner || owner === area || excepted.has(`${area}:${sqlName}`)) return;
      context.report({
        node,
        messageId: 'foreign',
        data: { area: area === '' ? 'core root' : area, table: sqlName, owner },
      });
    }

    function tableOfIdentifier(node) {
      if (node?.type !== 'Identifier') return null;
      const exported = schemaTables.get(node.name);
      return exported ? (byExport.get(exported)?.sqlName ?? null) : null;
    }

    function checkText(node, text) {
      for (const match of text.matchAll(WRITE_SQL)) refuse(node, match[1].toLowerCase());
    }

    return {
      ImportDeclaration(node) {
        if (typeof node.source.value !== 'string' || !isSchemaSource(node.source.value)) return;
        for (const spec of node.specifiers) {
          if (spec.type === 'ImportSpecifier' && spec.importKind !== 'type' && node.importKind !== 'type') {
            const exported = spec.imported.type === 'Identifier' ? spec.imported.name : spec.imported.value;
            schemaTables.set(spec.local.name, exported);
          }
        }
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        if (!['insert', 'update', 'delete'].includes(callee.property.name)) return;
        const table = tableOfIdentifier(node.arguments[0]);
        if (table) refuse(node, table);
      },
      Literal(node) {
        if (typeof node.value === 'string') checkText(node, node.value);
      },
      TemplateLiteral(node) {
        node.quasis.forEach((quasi, i) => {
          checkText(quasi, quasi.value.cooked ?? quasi.value.raw);
          const expression = node.expressions[i];
          if (expression && WRITE_SQL_BEFORE_EXPRESSION.test(quasi.value.cooked ?? quasi.value.raw)) {
            const table = tableOfIdentifier(expression);
            if (table) refuse(expression, table);
          }
        });
      },
    };
  },
};
