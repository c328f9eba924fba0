// @ts-check
/**
 * voicebank/boundaries: which top-level folder may import which. Every relative import, re-export,
 * `import()` and `require()` is resolved against the importing file and checked against the zones
 * in the rule's options; package imports are not this rule's business.
 *
 * Options: { root, zones: [{ from, forbid, except?, message }], entries: [{ from, into, only, message }] }
 * - a zone: files under `from` (a folder relative to root) import nothing under any `forbid` folder,
 *   except the files listed in `except` (relative paths without extension);
 * - an entry: files under `from` import from `into` only the modules listed in `only`.
 */
import { dirname, relative, resolve, sep } from 'node:path';

/** `a/b/c` relative to root, with forward slashes and without a .ts/.js extension or /index. */
function moduleId(root, absolute) {
  const id = relative(root, absolute)
    .split(sep)
    .join('/')
    .replace(/\.(?:[cm]?[jt]s)$/, '');
  return id;
}

const under = (id, folder) => id === folder || id.startsWith(`${folder}/`);
const withoutIndex = (id) => id.replace(/\/index$/, '');

/** @type {import('eslint').Rule.RuleModule} */
export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the layers apart: what each top-level folder may import.' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: { forbidden: '{{from}} may not import {{target}}: {{why}}' },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const root = options.root ?? context.cwd;
    const zones = options.zones ?? [];
    const entries = options.entries ?? [];
    const file = moduleId(root, context.filename);

    /** @param {import('estree').Node} node @param {unknown} source */
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = moduleId(root, resolve(dirname(context.filename), source));
      for (const zone of zones) {
        if (!under(file, zone.from) || (zone.except ?? []).includes(file)) continue;
        if (zone.forbid.some((folder) => under(target, folder))) {
          context.report({ node, messageId: 'forbidden', data: { from: zone.from, target, why: zone.message } });
          return;
        }
      }
      for (const entry of entries) {
        if (!under(file, entry.from) || !under(target, entry.into)) continue;
        if (!entry.only.map(withoutIndex).includes(withoutIndex(target))) {
          context.report({ node, messageId: 'forbidden', data: { from: entry.from, target, why: entry.message } });
          return;
        }
      }
    }

    const literal = (node) => (node && node.type === 'Literal' ? node.value : undefined);
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, literal(node.source)),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node, literal(node.arguments[0]));
      },
      /** `import x = require('...')` */
      TSExternalModuleReference: (node) => check(node, literal(node.expression)),
    };
  },
};
