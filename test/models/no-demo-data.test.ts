import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { demoCustomers } from '../../sandbox/data/customers';
import { DEMO_PAYEES } from '../../sandbox/data/merchants';
import { testClock } from '../support/clock';

const ROOT = resolve(__dirname, '..', '..');
const MODELS = join(ROOT, 'interaction-models');

/**
 * Demo nicknames that are also ordinary account words the catalogue needs in their own right:
 * "home loan" (a name for a mortgage), "car loan" (FDX's AUTOLOAN) and "personal" (of FDX's
 * PERSONALLOAN, "personal loan").
 */
const GENERIC_ACCOUNT_WORDS = new Set(['home loan', 'car loan', 'personal']);

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every sandbox customer's name and account nickname, and every made-up payee. */
function demoNames(): string[] {
  const customers = demoCustomers(testClock().now().toJSDate());
  const people = customers.flatMap((c) => [`${c.name.first} ${c.name.last}`, c.name.last]);
  const nicknames = customers.flatMap((c) => c.accounts.flatMap((a) => (a.nickname === undefined ? [] : [a.nickname])));
  return [...new Set([...people, ...nicknames, ...DEMO_PAYEES].map(fold))].filter(
    (name) => !GENERIC_ACCOUNT_WORDS.has(name),
  );
}

describe('no demo data in the shipped interaction models', () => {
  it('knows the demo names it looks for (the check can fail)', () => {
    const names = demoNames();
    for (const name of ['acme payroll', 'cafe muller', 'alex rivera', 'rainy day', 'jana novak'])
      assert.ok(names.includes(name), name);
  });

  it('has no sandbox customer, nickname, merchant or payee name anywhere under interaction-models/', () => {
    const names = demoNames();
    const found: string[] = [];
    for (const file of files(MODELS)) {
      const text = fold(readFileSync(file, 'utf8'));
      for (const name of names) {
        const pattern = new RegExp(`(?<![a-z0-9])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
        if (pattern.test(text)) found.push(`${relative(ROOT, file)}: ${name}`);
      }
    }
    assert.deepEqual(found, []);
  });
});
