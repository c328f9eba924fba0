/**
 * A table lookup keyed by data from outside (a request's locale, a bank's account type, the user's
 * words) that never answers with an inherited property: `__proto__`, `constructor` or `toString`
 * find nothing, exactly like any other unknown key.
 */
export function ownValue<V>(table: Readonly<Record<string, V>>, key: string | undefined): V | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}
