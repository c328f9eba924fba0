import { randomBytes } from 'node:crypto';
import { isBankError } from '../../shared/bank';
import { endpointUrl } from '../../shared/bank/url';
import type { RunContext } from '../context';
import { fail, notApplicable, pass } from '../runner';
import type { CheckSpec, Outcome } from '../types';
import type { BankState } from './endpoint-checks';
import { exchangeEvidence } from './evidence';
import { backwardsRange, rangeQuery } from './range';
import { transactionsPath } from './transaction-checks';

/** What the service's client made of a call that should fail: the error kind, or `succeeded`. */
async function clientKind(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'succeeded';
  } catch (error) {
    return isBankError(error) ? error.kind : 'an unexpected error';
  }
}

/** A token the bank must refuse with 401 and a Bearer challenge, seen raw and through the client. */
async function refusedToken(ctx: RunContext, token: string): Promise<Outcome> {
  const exchange = await ctx.raw.get(endpointUrl(ctx.raw.base, '/accounts'), token);
  const kind = await clientKind(() => ctx.client.listAccounts(token));
  const challenge = exchange.headers['www-authenticate'];
  const evidence = exchangeEvidence(
    [exchange],
    [`WWW-Authenticate: ${challenge ?? '(absent)'}`, `the service's client: ${kind}`],
  );
  if (exchange.status !== 401)
    return fail(`expected HTTP 401, got ${exchange.status ?? exchange.error ?? 'no answer'}`, evidence);
  if (typeof challenge !== 'string' || !/^Bearer\b/i.test(challenge))
    return fail('401 without a WWW-Authenticate: Bearer challenge', evidence);
  if (kind !== 'unauthorized') return fail(`the client read it as ${kind}, not as a link to renew`, evidence);
  return pass('HTTP 401 with a Bearer challenge; the skill asks the user to re-link', evidence);
}

/** An unknown (random) token gets 401. */
export function invalidTokenCheck(ctx: RunContext): CheckSpec {
  const token = `certify-invalid-${randomBytes(12).toString('hex')}`;
  ctx.seen.addToken(token);
  return {
    name: 'an unknown token gets 401 with WWW-Authenticate',
    area: 'bank',
    level: 'required',
    run: () => refusedToken(ctx, token),
  };
}

/** The expired token given with --expired-token gets 401. */
export function expiredTokenCheck(ctx: RunContext): CheckSpec {
  const token = ctx.settings.expiredToken;
  return {
    name: 'an expired token gets 401 with WWW-Authenticate',
    area: 'bank',
    level: 'required',
    run: async () => (token === undefined ? notApplicable('no --expired-token was given') : refusedToken(ctx, token)),
  };
}

/** A start date after the end date gets 400, raw and as the client's `badRequest`. */
export function badRangeCheck(ctx: RunContext, state: BankState): CheckSpec {
  return {
    name: 'a start date after the end date gets 400',
    area: 'bank',
    level: 'required',
    run: async () => {
      const account = state.accounts[0];
      if (account === undefined) return fail('no account was listed to ask about');
      const range = backwardsRange(ctx.settings.zone, ctx.settings.clock);
      const url = endpointUrl(ctx.raw.base, transactionsPath(account.id), rangeQuery(range));
      const [exchange, kind] = await Promise.all([
        ctx.raw.get(url, ctx.settings.token),
        clientKind(() => ctx.client.listTransactions(ctx.settings.token, account.id, range)),
      ]);
      const evidence = exchangeEvidence([exchange], [`the service's client: ${kind}`]);
      if (exchange.status !== 400)
        return fail(`expected HTTP 400, got ${exchange.status ?? exchange.error ?? 'no answer'}`, evidence);
      if (kind !== 'badRequest') return fail(`the client read it as ${kind}`, evidence);
      return pass('HTTP 400, which the client reads as a bad request', evidence);
    },
  };
}
