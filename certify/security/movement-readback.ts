import { endpointUrl } from '../../shared/bank/url';
import type { AccountSummary } from '../../shared/bank';
import { walkPages } from '../bank/pages';
import type { RawBank } from '../bank/raw-http';

type Json = Record<string, unknown>;
const obj = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};

/** Two of the customer's own open deposit accounts to move money between, checking first. */
export function movementPair(
  accounts: readonly AccountSummary[],
): { from: AccountSummary; to: AccountSummary } | undefined {
  const open = accounts.filter((a) => a.kind === 'deposit' && a.status !== 'CLOSED' && a.last4 !== undefined);
  const from = open.find((a) => a.type === 'CHECKING') ?? open[0];
  const to = open.find((a) => a !== from && a.currency === from?.currency);
  return from && to ? { from, to } : undefined;
}

/** What the bank shows, read over raw HTTP: the transfers between the pair and both accounts' current balances. */
export interface BankView {
  /** `transferId`s of every transfer from `from` to `to` the bank lists. */
  readonly transferIds: readonly string[];
  readonly amounts: ReadonlyMap<string, number>;
  /** FDX `currentBalance` of each account, when the bank sends it. */
  readonly balances: readonly [number | undefined, number | undefined];
  /** Why the bank could not be read, when it could not. */
  readonly problem?: string;
}

async function currentBalance(raw: RawBank, token: string, accountId: string): Promise<number | undefined> {
  const answer = await raw.get(endpointUrl(raw.base, `/accounts/${encodeURIComponent(accountId)}`), token);
  const body = obj(answer.json);
  const balance = body.currentBalance ?? obj(Object.values(body)[0]).currentBalance;
  return typeof balance === 'number' ? balance : undefined;
}

/**
 * Reads the bank back as FDX allows any client to: `GET /transfers` searched by both account ids
 * (every page), and `GET /accounts/{id}` for the balances. No sandbox-only door.
 */
export async function readBank(raw: RawBank, token: string, fromId: string, toId: string): Promise<BankView> {
  const walk = await walkPages(
    raw,
    token,
    '/transfers',
    { searchFromAccountIds: fromId, searchToAccountIds: toId },
    'transfers',
  );
  const items = walk.items.map(obj).filter((t) => t.fromAccountId === fromId && t.toAccountId === toId);
  const amounts = new Map(items.map((t) => [String(t.transferId), Number(t.amount)]));
  const balances = [await currentBalance(raw, token, fromId), await currentBalance(raw, token, toId)] as const;
  return { transferIds: [...amounts.keys()], amounts, balances, ...(walk.problem ? { problem: walk.problem } : {}) };
}

/** The transfers `after` lists that `before` did not. */
export function newTransfers(before: BankView, after: BankView): string[] {
  const known = new Set(before.transferIds);
  return after.transferIds.filter((id) => !known.has(id));
}

/** How much each balance moved, in cents (undefined when the bank sent none). */
export function balanceMoves(before: BankView, after: BankView): [number | undefined, number | undefined] {
  const move = (i: 0 | 1): number | undefined => {
    const [b, a] = [before.balances[i], after.balances[i]];
    return b === undefined || a === undefined ? undefined : Math.round((a - b) * 100);
  };
  return [move(0), move(1)];
}
