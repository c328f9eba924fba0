import type { Transaction } from '../bank/types';
import { merchantKey } from './merchant-key';
import { nameFromDescription } from './merchant-noise';

/** One merchant as it appears in a list of transactions. */
export interface MerchantGroup {
  /** What to speak: the payee as the bank sent it, else a cleaned-up descriptor. */
  readonly name: string;
  /** Key of the payee; undefined for a merchant known only by its descriptors. */
  readonly payeeKey?: string;
  /** Keys of every statement descriptor seen for this merchant. */
  readonly descriptionKeys: ReadonlySet<string>;
  /** Its transactions, in the order given. */
  readonly transactions: readonly Transaction[];
}

interface Draft {
  name: string;
  payeeKey?: string;
  descriptionKeys: Set<string>;
  transactions: Transaction[];
}

function add(draft: Draft, transaction: Transaction, descriptionKey: string): void {
  if (descriptionKey !== '') draft.descriptionKeys.add(descriptionKey);
  draft.transactions.push(transaction);
}

/** The one payee merchant that owns a descriptor key, if exactly one does. */
function soleOwner(byPayee: ReadonlyMap<string, Draft>, key: string): Draft | undefined {
  const owners = [...byPayee.values()].filter((d) => d.payeeKey === key || d.descriptionKeys.has(key));
  return owners.length === 1 ? owners[0] : undefined;
}

/**
 * Groups transactions by merchant. The payee decides when there is one (same payee key, same
 * merchant). A transaction without a payee joins the one payee merchant already seen with the same
 * descriptor key ("SHELL OIL 999 QUEENS NY" joins payee "Shell" seen as "SHELL OIL 5744 BROOKLYN NY");
 * otherwise its descriptor key makes a merchant of its own. Transactions with neither are left out.
 */
export function groupByMerchant(transactions: readonly Transaction[]): MerchantGroup[] {
  const byPayee = new Map<string, Draft>();
  const loose: Array<[Transaction, string]> = [];
  for (const transaction of transactions) {
    const payee = transaction.payee?.trim() ?? '';
    const payeeKey = merchantKey(payee);
    const descriptionKey = merchantKey(transaction.description);
    if (payeeKey === '') {
      loose.push([transaction, descriptionKey]);
      continue;
    }
    const draft = byPayee.get(payeeKey) ?? {
      name: payee,
      payeeKey,
      descriptionKeys: new Set<string>(),
      transactions: [],
    };
    byPayee.set(payeeKey, draft);
    add(draft, transaction, descriptionKey);
  }
  const byDescription = new Map<string, Draft>();
  for (const [transaction, key] of loose) {
    if (key === '') continue;
    const draft = soleOwner(byPayee, key) ??
      byDescription.get(key) ?? {
        name: nameFromDescription(transaction.description),
        descriptionKeys: new Set<string>(),
        transactions: [],
      };
    if (draft.payeeKey === undefined) byDescription.set(key, draft);
    add(draft, transaction, key);
  }
  const order = new Map(transactions.map((t, i) => [t, i] as const));
  const inOrder = (a: Transaction, b: Transaction): number => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return [...byPayee.values(), ...byDescription.values()].map((d) => ({
    ...d,
    transactions: [...d.transactions].sort(inOrder),
  }));
}
