// The core's areas (electron/core/<area>/) show the rest of the program only their public surface: `index.ts`, the
// area's `contract.ts` (the methods every door serves) and its `*.shared.ts` files (the pure tier the renderer also
// loads). Any other file of an area is internal to it, like VS Code's code-no-deep-import-of-internal rule.
import path from 'node:path';

const CORE = path.resolve(import.meta.dirname, '../../electron/core');

/** The area a path lies in, and the path inside it; null outside electron/core/<area>/. */
function placeInCore(file) {
  const rel = path.relative(CORE, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? { area: parts[0], inner: parts.slice(1).join('/') } : { area: parts[0], inner: '' };
}

const stem = (inner) => inner.replace(/\.(ts|tsx|js|mjs)$/, '');

const isPublic = (inner, publicNames) => {
  const name = stem(inner);
  return name === '' || publicNames.includes(name) || name.endsWith('-contract') || name.endsWith('.shared');
};

export const areaBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Refuses an import of another core area's internal file." },
    schema: [
      {
        type: 'object',
        properties: { public: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      internal:
        "'{{spec}}' is internal to the core's '{{area}}' area. Import it from '{{area}}' (its index.ts) and export it " +
        'there if other areas may use it; the renderer may use only contract, schemas (types) and *.shared files.',
    },
  },
  create(context) {
    const publicNames = context.options[0]?.public ?? ['index', 'contract', 'schemas'];
    const importer = placeInCore(context.filename);
    function check(node, source) {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = placeInCore(path.resolve(path.dirname(context.filename), source.value));
      if (!target || target.inner === '' || isPublic(target.inner, publicNames)) return;
      if (importer && importer.area === target.area) return;
      context.report({ node: source, messageId: 'internal', data: { spec: source.value, area: target.area } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.argument?.literal ?? node.argument),
    };
  },
};
