import type { Facts } from '../contract/facts';
import { SCENARIOS } from '../contract/scenarios';

/** Every account number fragment, amount, token, merchant and PIN the sandbox or a scenario could leak. */
export function secrets(facts: Facts): string[] {
  const amounts = Object.values(facts)
    .flatMap((f) => [f.available, f.current, f.owed, f.availableCredit, f.principal])
    .filter((value): value is string => value !== undefined)
    .flatMap((value) => [value, value.slice(1), value.slice(1).replace(/,/g, '')]);
  const tokens = SCENARIOS.map((s) => s.token).filter((t): t is string => t !== undefined);
  const last4 = ['4821', '7710', '9034', '3307', '2231', '5567', '8802', '1456', '3390', '6120', '4409'];
  const merchants = [
    'Starbucks',
    'STARBUCKS',
    'Netflix',
    'Trader Joe',
    'AT&T',
    'Ben & Jerry',
    'Café Müller',
    'ACME Payroll',
    'Shell',
    'Uber',
  ];
  const pins = ['4826', '9173', '5937'];
  return [...new Set([...amounts, ...tokens, ...last4, ...merchants, ...pins, 'Bearer'])];
}

/** A matcher for one secret: bare digit runs as whole tokens (they also occur inside random UUIDs), the rest as text. */
export function containsSecret(secret: string): (line: string) => boolean {
  return /^\d+$/.test(secret)
    ? (line) => new RegExp(`(?<![\\w-])${secret}(?![\\w-])`).test(line)
    : (line) => line.includes(secret);
}
