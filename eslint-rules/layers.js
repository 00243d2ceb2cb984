// The layer table of docs/ARCHITECTURE.md as a lint rule: a file under src-main/<layer>/ may
// import from its own layer and from the layers listed for it, nothing else. Type-only imports
// count the same unless a layer lists them under `types` (a layer that is handed a service as a
// parameter names its type without calling into it).
import path from 'node:path';

const SRC = 'src-main';

const SHELL_REACH = [
  'logging',
  '(top)',
  'domain',
  'stats',
  'formats',
  'jobs',
  'store',
  'services',
  'reports',
  'api',
  'transports',
];

/** What each layer may import, besides itself. `(top)` is src-main/app.ts, the wiring. */
export const LAYERS = {
  domain: { may: [] },
  logging: { may: [] },
  stats: { may: ['domain'] },
  formats: { may: ['domain', 'stats'] },
  jobs: { may: ['domain', 'stats', 'formats', 'reports'] },
  store: { may: ['domain'] },
  services: { may: ['store', 'domain', 'stats', 'formats', 'jobs'] },
  reports: { may: ['store', 'domain', 'stats', 'jobs'], types: ['services'] },
  api: { may: ['services', 'domain', 'stats'] },
  transports: { may: ['api', 'services', 'domain'] },
  '(top)': { may: ['store', 'services', 'jobs', 'domain'] },
  // The shells: they wire everything together, so they may reach every layer.
  cli: { may: SHELL_REACH },
  electron: { may: SHELL_REACH },
};

/**
 * Single files allowed one import beyond their layer, each with its reason. Keep this short: an
 * entry here is a seam the table does not show.
 */
export const WIRING = {
  // createServices builds the reports service over the results and drift services it made.
  'services/index.ts': ['reports'],
};

/** The layer of a path under src-main: its first folder, or (top) for a file directly in it. */
export function layerOf(relative) {
  const parts = relative.split('/');
  return parts.length > 1 ? parts[0] : '(top)';
}

function relativeToSrc(cwd, file) {
  const rel = path.relative(path.join(cwd, SRC), file).split(path.sep).join('/');
  return rel.startsWith('..') ? null : rel;
}

export default {
  meta: { name: 'concord-layers' },
  rules: {
    layers: {
      meta: {
        type: 'problem',
        docs: { description: 'Enforce the layer table of docs/ARCHITECTURE.md' },
        schema: [],
        messages: {
          forbidden:
            '{{from}}/ may not import {{to}}/ (docs/ARCHITECTURE.md: {{from}}/ may import {{allowed}}).',
          unknown: 'src-main/{{layer}}/ is not in the layer table (eslint-rules/layers.js).',
        },
      },
      create(context) {
        const cwd = context.cwd;
        const from = relativeToSrc(cwd, context.filename);
        if (from === null) return {};
        const fromLayer = layerOf(from);
        const rule = LAYERS[fromLayer];
        const check = (node, source, typeOnly) => {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = relativeToSrc(cwd, path.resolve(path.dirname(context.filename), source));
          if (target === null) return;
          const toLayer = layerOf(target);
          if (toLayer === fromLayer) return;
          if (!rule) {
            context.report({ node, messageId: 'unknown', data: { layer: fromLayer } });
            return;
          }
          if (!LAYERS[toLayer]) {
            context.report({ node, messageId: 'unknown', data: { layer: toLayer } });
            return;
          }
          if (rule.may.includes(toLayer)) return;
          if (typeOnly && rule.types?.includes(toLayer)) return;
          if (WIRING[from]?.includes(toLayer)) return;
          context.report({
            node,
            messageId: 'forbidden',
            data: {
              from: fromLayer,
              to: toLayer,
              allowed: rule.may.length ? rule.may.join(', ') : 'nothing outside itself',
            },
          });
        };
        return {
          ImportDeclaration: (node) =>
            check(
              node,
              node.source.value,
              node.importKind === 'type' ||
                (node.specifiers.length > 0 &&
                  node.specifiers.every((s) => s.importKind === 'type')),
            ),
          ExportNamedDeclaration: (node) =>
            node.source && check(node, node.source.value, node.exportKind === 'type'),
          ExportAllDeclaration: (node) =>
            check(node, node.source.value, node.exportKind === 'type'),
          ImportExpression: (node) =>
            node.source.type === 'Literal' && check(node, node.source.value, false),
          TSImportType: (node) => {
            const arg = node.argument;
            const value = arg?.type === 'TSLiteralType' ? arg.literal.value : arg?.value;
            check(node, value, true);
          },
        };
      },
    },
  },
};
