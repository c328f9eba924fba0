import { integerBetween, type Random } from '../../sandbox/data/random';

/**
 * Hostile request bodies from a valid one: values swapped for hostile ones (prototype keys, wrong
 * types, huge or broken strings, lone surrogates), keys renamed to `__proto__`, parts deleted,
 * nesting thousands deep, and raw byte damage. Seeded: the same seed gives the same bodies.
 */
const HOSTILE_STRINGS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'en-US',
  'xx-XX',
  'de-DE',
  '1111',
  '48261',
  '\u0000',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '\u202e',
  '&',
  '<speak>',
  ']]>',
  '"\'<>&',
  '&amp;',
  '😀'.repeat(50),
  '4111 1111 1111 1111',
  '123-456-7890',
  'x'.repeat(10_000),
  'AMAZON.HelpIntent',
  'GetBalanceIntent',
  'Default Welcome Intent',
  '2026-W48-WE',
  'XXXX-XX-XX',
  '202X',
  'P99999Y',
  '-1',
  'NaN',
  'IntentRequest',
  'SessionEndedRequest',
  'LaunchRequest',
];
const HOSTILE_VALUES: readonly unknown[] = [
  null,
  0,
  -1,
  1e308,
  3.5,
  true,
  false,
  [],
  {},
  [null],
  { __proto__: null },
  { length: 1e9 },
];

type Path = readonly (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    out.push(path);
    paths(child, path, out);
  }
  return out;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[integerBetween(random, 0, items.length - 1)] as T;

function hostileValue(random: Random): unknown {
  const roll = random();
  if (roll < 0.55) {
    const base = pick(random, HOSTILE_STRINGS);
    return random() < 0.3 ? `${pick(random, HOSTILE_STRINGS)}${base}` : base;
  }
  // A fresh copy each time: a shared array put inside itself would make the document circular.
  if (roll < 0.9) return JSON.parse(JSON.stringify(pick(random, HOSTILE_VALUES))) as unknown;
  return String.fromCharCode(
    ...Array.from({ length: integerBetween(random, 1, 20) }, () => integerBetween(random, 0, 0xffff)),
  );
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let current: unknown = root;
  for (const step of path.slice(0, -1)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return typeof current === 'object' && current !== null ? (current as Record<string | number, unknown>) : undefined;
}

/** One structural change to a copy of the document. */
function mutate(document: unknown, random: Random): void {
  const all = paths(document);
  if (all.length === 0) return;
  const path = pick(random, all);
  const parent = parentOf(document, path);
  const key = path[path.length - 1];
  if (!parent || key === undefined) return;
  const roll = random();
  if (roll < 0.6) parent[key] = hostileValue(random);
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the fuzzer drops a field it picked at random
  else if (roll < 0.75) delete parent[key];
  else if (roll < 0.9) {
    const value = parent[key];
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the fuzzer drops a field it picked at random
    delete parent[key];
    Object.defineProperty(parent, pick(random, ['__proto__', 'constructor', 'prototype', 'toJSON']), {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  } else parent[key] = `@@NEST${integerBetween(random, 1, 3)}@@`;
}

const NEST_DEPTHS = [40, 800, 6000];

/** Raw damage to the text: cut it, flip bytes, or swap it for something that is not JSON at all. */
function damage(text: string, random: Random): string {
  const roll = random();
  if (roll < 0.4) return text.slice(0, integerBetween(random, 0, text.length));
  if (roll < 0.8) {
    const chars = Array.from(text);
    for (let i = 0; i < integerBetween(random, 1, 8); i++)
      chars[integerBetween(random, 0, chars.length - 1)] = String.fromCharCode(integerBetween(random, 0, 0x7f));
    return chars.join('');
  }
  return pick(random, ['', 'null', '[]', '"x"', '1', '{', '\u0000'.repeat(100), '{"a":'.repeat(20_000)]);
}

/** A fuzzed body from `base`: 1–3 structural changes, sometimes raw damage. */
export function fuzzBody(base: unknown, random: Random): string {
  const document: unknown = JSON.parse(JSON.stringify(base));
  for (let i = integerBetween(random, 1, 3); i > 0; i--) mutate(document, random);
  let text = JSON.stringify(document).replace(/"@@NEST(\d)@@"/g, (_all, n: string) => {
    const depth = NEST_DEPTHS[Number(n) - 1] ?? 40;
    return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  });
  if (random() < 0.1) text = damage(text, random);
  return text;
}
