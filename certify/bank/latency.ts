import { endpointUrl } from '../../shared/bank/url';
import type { RunContext } from '../context';
import { formatMs } from '../report/format';
import { fail, pass } from '../runner';
import type { CheckSpec } from '../types';
import type { BankState } from './endpoint-checks';
import { BEARER, exchangeLine } from './evidence';
import { last30Days, rangeQuery } from './range';
import { transactionsPath } from './transaction-checks';

/** The nearest-rank percentile `p` (0–1) of ascending samples. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

/** True once enough of `n` planned samples are over budget that the p95 cannot come in under it. */
export function p95Settled(overBudget: number, n: number): boolean {
  return overBudget > n - Math.ceil(0.95 * n);
}

/** Times `samples` calls to one endpoint, one after another; stops early once the verdict is certain. */
function latencyCheck(ctx: RunContext, label: string, url: () => URL | undefined): CheckSpec {
  return {
    name: `${label}: p95 latency within the voice budget`,
    area: 'bank',
    level: 'required',
    run: async () => {
      const target = url();
      if (target === undefined) return fail('no account was listed to time');
      const { samples: n, bankTimeoutMs: budget, token } = ctx.settings;
      const times: number[] = [];
      for (let i = 0; i < n; i += 1) {
        const exchange = await ctx.raw.get(target, token, budget * 2);
        const request = `${exchangeLine(exchange)}\n${BEARER}`;
        if (exchange.status !== 200 && exchange.status !== 206)
          return fail(
            `sample ${i + 1}: ${exchange.status === undefined ? (exchange.error ?? 'no answer') : `HTTP ${exchange.status}`}; only answers are timed`,
            { request },
          );
        times.push(exchange.ms);
        if (p95Settled(times.filter((ms) => ms > budget).length, n)) break;
      }
      const sorted = [...times].sort((a, b) => a - b);
      const [p50, p95] = [percentile(sorted, 0.5), percentile(sorted, 0.95)];
      const early = times.length < n ? ` (stopped after ${times.length} of ${n}: the verdict was certain)` : '';
      const message = `p50 ${formatMs(p50)}, p95 ${formatMs(p95)} over ${times.length} call(s)${early}; budget ${formatMs(budget)} per call`;
      const notes = [`samples: ${sorted.map(formatMs).join(', ')}`];
      return p95 <= budget ? pass(message, { notes }) : fail(message, { notes });
    },
  };
}

/** Latency of the three endpoints the skill calls; the account is chosen once the list is known. */
export function latencyChecks(ctx: RunContext, state: BankState): CheckSpec[] {
  const base = ctx.raw.base;
  const first = (): string | undefined => state.accounts[0]?.id;
  const under =
    (path: (id: string) => string, query: Record<string, string> = {}) =>
    (): URL | undefined => {
      const id = first();
      return id === undefined ? undefined : endpointUrl(base, path(id), query);
    };
  return [
    latencyCheck(ctx, 'GET /accounts', () => endpointUrl(base, '/accounts')),
    latencyCheck(
      ctx,
      'GET /accounts/{id}',
      under((id) => `/accounts/${encodeURIComponent(id)}`),
    ),
    latencyCheck(
      ctx,
      'GET /accounts/{id}/transactions',
      under(transactionsPath, rangeQuery(last30Days(ctx.settings.zone, ctx.settings.clock))),
    ),
  ];
}
