/**
 * A local ESLint rule that keeps imports pointing down the layers of src/. Each relative import
 * (import, import type, export … from, import(), import x = require()) is resolved against the
 * importing file, both files are mapped to their layer (the folder directly under src/, or "." for
 * a file directly in src/), and the pair is checked against the layer list given as the rule's
 * option (see eslint.config.js). Resolving paths, rather than matching import strings, works at
 * any folder depth and needs no list of spellings.
 */
import path from 'node:path';

/** The folder under src/ a file belongs to: "." for src/*.ts, null outside src/. */
function layerOf(file, srcDir) {
  const relative = path.relative(srcDir, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const parts = relative.split(path.sep);
  return parts.length === 1 ? '.' : parts[0];
}

/** Why `from` may not import `to`, or undefined when it may. */
function problem(from, to, { rank, peers, frontEnds }) {
  if (from === to) return undefined;
  if (!rank.has(to)) return { messageId: 'unknown', data: { layer: to } };
  const display = (layer) => (layer === '.' ? 'src/*.ts' : `src/${layer}`);
  const data = { from: display(from), to: display(to) };
  if (frontEnds.layers.includes(from) && frontEnds.forbidden.includes(to)) return { messageId: 'frontEnd', data };
  if (rank.get(to) > rank.get(from)) return { messageId: 'up', data };
  if (rank.get(to) === rank.get(from) && !(peers[from] ?? []).includes(to)) return { messageId: 'peer', data };
  return undefined;
}

const noUpwardImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports point down the layers of src/ (eslint.config.js lists them).' },
    schema: [
      {
        type: 'object',
        properties: {
          layers: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
          peers: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          outside: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          frontEnds: {
            type: 'object',
            properties: { layers: { type: 'array', items: { type: 'string' } }, forbidden: { type: 'array', items: { type: 'string' } } },
            additionalProperties: false,
          },
        },
        required: ['layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      up: '{{from}} must not import {{to}}: it is a higher layer.',
      peer: '{{from}} must not import {{to}}: they are peers in the same layer.',
      frontEnd: '{{from}} is a front end: it calls the engine (src/answer), never {{to}}.',
      outside: 'src/ must not import from outside src/ ({{spec}}).',
      unknown: 'src/{{layer}} is in no layer: add it to LAYERS in eslint.config.js.',
    },
  },
  create(context) {
    const [{ layers, peers = {}, outside = {}, frontEnds = { layers: [], forbidden: [] } }] = context.options;
    const rank = new Map(layers.flatMap((group, index) => group.map((layer) => [layer, index])));
    if (rank.size !== layers.flat().length) throw new Error('no-upward-import: a layer is listed twice');
    const srcDir = path.join(context.cwd, 'src');
    const from = layerOf(context.filename, srcDir);
    if (from === null) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return; // packages and node: built-ins
      const target = path.resolve(path.dirname(context.filename), spec);
      const to = layerOf(target, srcDir);
      if (to === null) {
        const allowed = (outside[from] ?? []).some((folder) => !path.relative(path.join(context.cwd, folder), target).startsWith('..'));
        return allowed ? undefined : context.report({ node, messageId: 'outside', data: { spec } });
      }
      const found = problem(from, to, { rank, peers, frontEnds });
      if (found) context.report({ node, ...found });
    };
    const checkSource = (node) => node.source && check(node, node.source.value);
    return {
      Program(node) {
        if (!rank.has(from)) context.report({ node, messageId: 'unknown', data: { layer: from } });
      },
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      TSExternalModuleReference: (node) => node.expression.type === 'Literal' && check(node, node.expression.value),
    };
  },
};

export default { meta: { name: 'shiori-layers' }, rules: { 'no-upward-import': noUpwardImport } };
