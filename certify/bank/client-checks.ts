import { isBankError } from '../../shared/bank';
import type { RunContext } from '../context';
import { fail, pass } from '../runner';
import type { CheckSpec } from '../types';
import type { BankState } from './endpoint-checks';
import { last30Days } from './range';

/** Accounts whose details the client reads; a customer with more is sampled. */
const MAX_ACCOUNTS = 10;

/** One client call's result as a line of evidence, e.g. `listAccounts: 3 accounts`. */
async function attempt(label: string, call: () => Promise<string>): Promise<{ ok: boolean; line: string }> {
  try {
    return { ok: true, line: `${label}: ${await call()}` };
  } catch (error) {
    const why = isBankError(error)
      ? `${error.kind} (${error.message})`
      : error instanceof Error
        ? error.message
        : String(error);
    return { ok: false, line: `${label}: ${why}` };
  }
}

/**
 * Every endpoint, read through the service's own FDX client (createBankClient): its parsers and
 * validation accept what the bank sends, within the voice budget.
 */
export function clientParsesCheck(ctx: RunContext, state: BankState): CheckSpec {
  return {
    name: "every response parses with the service's FDX client",
    area: 'bank',
    level: 'required',
    run: async () => {
      const { client } = ctx;
      const { token } = ctx.settings;
      const accounts = state.accounts.slice(0, MAX_ACCOUNTS);
      const first = accounts[0];
      const calls = [
        attempt('listAccounts', async () => {
          const listed = await client.listAccounts(token);
          if (listed.length !== state.accounts.length)
            throw new Error(`${listed.length} accounts, raw HTTP saw ${state.accounts.length}`);
          return `${listed.length} account(s), as raw HTTP saw`;
        }),
        ...accounts.map((a) =>
          attempt(`getAccount (${a.category})`, async () => `read as ${(await client.getAccount(token, a.id)).kind}`),
        ),
        ...(first === undefined
          ? []
          : [
              attempt(
                `listTransactions (${first.category}, last 30 days)`,
                async () =>
                  `${(await client.listTransactions(token, first.id, last30Days(ctx.settings.zone, ctx.settings.clock))).length} transaction(s)`,
              ),
            ]),
      ];
      const results = await Promise.all(calls);
      const notes = results.map((r) => r.line);
      const broken = results.find((r) => !r.ok);
      if (broken) return fail(broken.line, { notes });
      if (first === undefined) return fail('no account was listed to read', { notes });
      return pass(`${results.length} client calls parsed and validated`, { notes });
    },
  };
}
