/** An account as `GET /accounts` listed it, reduced to what the checks need. */
export interface ListedAccount {
  readonly id: string;
  /** FDX `accountCategory` (v6), or derived from the v5 wrapper (`locAccount` → `LOC_ACCOUNT`). */
  readonly category: string;
}

type Json = Record<string, unknown>;
const record = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

/** `depositAccount` → `DEPOSIT_ACCOUNT`. */
const categoryOfWrapper = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** The flat item, or the single `*Account` object a v5 item wraps, with its category. */
export function unwrapAccount(raw: unknown): { item: Json; category?: string } | undefined {
  const outer = record(raw);
  if (outer === undefined) return undefined;
  if ('accountId' in outer) {
    return {
      item: outer,
      ...(typeof outer.accountCategory === 'string' ? { category: outer.accountCategory.toUpperCase() } : {}),
    };
  }
  const keys = Object.keys(outer).filter((key) => key.endsWith('Account') && key.length > 'Account'.length);
  const [key] = keys;
  const item = key === undefined ? undefined : record(outer[key]);
  return keys.length === 1 && key !== undefined && item ? { item, category: categoryOfWrapper(key) } : undefined;
}

/** Reads listed accounts; items without an id are skipped (the client would refuse them). */
export function listedAccounts(items: readonly unknown[]): ListedAccount[] {
  return items.flatMap((raw) => {
    const found = unwrapAccount(raw);
    const id = found?.item.accountId;
    return found && typeof id === 'string' && id !== '' ? [{ id, category: found.category ?? 'UNSPECIFIED' }] : [];
  });
}

/** The first account of each category, in listing order. */
export function onePerCategory(accounts: readonly ListedAccount[]): ListedAccount[] {
  const seen = new Set<string>();
  return accounts.filter((account) => (seen.has(account.category) ? false : (seen.add(account.category), true)));
}

/** Balance fields a details body of the category must carry for the skill to speak about it. */
export function balanceFieldsFor(category: string): readonly string[] {
  if (category === 'DEPOSIT_ACCOUNT') return ['currentBalance', 'availableBalance'];
  if (category === 'LOC_ACCOUNT') return ['currentBalance'];
  if (category === 'LOAN_ACCOUNT') return ['principalBalance'];
  return [];
}
