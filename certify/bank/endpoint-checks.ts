import { fail, pass } from '../runner';
import type { RunContext } from '../context';
import type { CheckSpec } from '../types';
import { balanceFieldsFor, listedAccounts, onePerCategory, unwrapAccount, type ListedAccount } from './accounts';
import { exchangeEvidence } from './evidence';
import { walkPages, type Walk } from './pages';
import type { RawExchange } from './raw-http';
import { endpointUrl } from '../../shared/bank/url';

/** What the bank checks learn from each other. */
export interface BankState {
  accounts: ListedAccount[];
  accountsWalk?: Walk;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `GET /accounts`, every page. */
export function accountsCheck(ctx: RunContext, state: BankState): CheckSpec {
  return {
    name: 'GET /accounts lists every page',
    area: 'bank',
    level: 'required',
    run: async () => {
      const walk = await walkPages(ctx.raw, ctx.settings.token, '/accounts', {}, 'accounts');
      state.accountsWalk = walk;
      state.accounts = listedAccounts(walk.items);
      const categories = [...new Set(state.accounts.map((a) => a.category))].join(', ');
      const evidence = exchangeEvidence(walk.pages, [
        `${plural(walk.items.length, 'item')} over ${plural(walk.pages.length, 'page')}; categories: ${categories || 'none'}`,
      ]);
      if (walk.problem !== undefined) return fail(walk.problem, evidence);
      if (state.accounts.length === 0)
        return fail('the bank listed no accounts: certify with a test customer who has some', evidence);
      const missing = walk.items.length - state.accounts.length;
      if (missing > 0) return fail(`${plural(missing, 'listed item')} without an accountId`, evidence);
      return pass(
        `${plural(state.accounts.length, 'account')} over ${plural(walk.pages.length, 'page')}, followed to the last page`,
        evidence,
      );
    },
  };
}

/** One `GET /accounts/{id}` check per account category present (one failing check when none). */
export function detailsChecks(ctx: RunContext, state: BankState): CheckSpec[] {
  const accounts = onePerCategory(state.accounts);
  if (accounts.length === 0) {
    return [
      {
        name: 'GET /accounts/{id} answers for each account category',
        area: 'bank',
        level: 'required',
        run: async () => fail('no account was listed to ask about'),
      },
    ];
  }
  return accounts.map((account) => detailsCheck(ctx, account));
}

function detailsCheck(ctx: RunContext, account: ListedAccount): CheckSpec {
  return {
    name: `GET /accounts/{id} answers for ${account.category}`,
    area: 'bank',
    level: 'required',
    run: async () => {
      const exchange = await ctx.raw.get(
        endpointUrl(ctx.raw.base, `/accounts/${encodeURIComponent(account.id)}`),
        ctx.settings.token,
      );
      const evidence = exchangeEvidence([exchange]);
      const problem = answerProblem(exchange);
      if (problem !== undefined) return fail(problem, evidence);
      const inner = unwrapAccount(exchange.json)?.item;
      if (inner?.accountId !== account.id) return fail('the details do not name the account asked for', evidence);
      const fields = balanceFieldsFor(account.category);
      const present = fields.filter((field) => field in inner);
      if (fields.length > 0 && present.length === 0) return fail(`no ${fields.join(' or ')} in the details`, evidence);
      return pass(
        `HTTP ${exchange.status ?? 0} with ${present.length > 0 ? present.join(' and ') : 'the account descriptor'}`,
        evidence,
      );
    },
  };
}

/** Why a single-resource answer cannot be used, or undefined. */
export function answerProblem(exchange: RawExchange): string | undefined {
  if (exchange.status === undefined) return exchange.error ?? 'no answer';
  if (exchange.status !== 200 && exchange.status !== 206) return `answered HTTP ${exchange.status}`;
  return exchange.json === undefined ? 'the body is not JSON' : undefined;
}
