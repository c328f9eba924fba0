import type { RunContext } from '../context';
import { fail, notApplicable, pass } from '../runner';
import type { CheckSpec } from '../types';
import { exchangeLine } from './evidence';

/** Every answer the run received echoed the `x-fapi-interaction-id` sent with it. */
export function interactionIdCheck(ctx: RunContext): CheckSpec {
  return {
    name: 'x-fapi-interaction-id is echoed on every response',
    area: 'bank',
    level: 'required',
    run: async () => {
      const answered = ctx.raw.exchanges.filter((exchange) => exchange.status !== undefined);
      if (answered.length === 0) return fail('the bank answered no request');
      const wrong = answered.filter((exchange) => exchange.headers['x-fapi-interaction-id'] !== exchange.interactionId);
      const notes = wrong
        .slice(0, 5)
        .map(
          (exchange) =>
            `${exchangeLine(exchange)}: echoed ${String(exchange.headers['x-fapi-interaction-id'] ?? 'nothing')}`,
        );
      const message = `${answered.length - wrong.length} of ${answered.length} responses (errors included) echoed the id sent`;
      return wrong.length === 0 ? pass(message) : fail(message, { notes });
    },
  };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;

/** A real bank is reached over https; a loopback bank (the sandbox) is exempt. */
export function httpsCheck(ctx: RunContext): CheckSpec {
  const url = new URL(ctx.bankUrl);
  const local = LOOPBACK.test(url.hostname);
  return {
    name: 'the bank is reached over https',
    area: 'bank',
    level: local ? 'info' : 'required',
    run: async () => {
      if (local) return notApplicable(ctx.sandbox ? 'local sandbox' : 'a bank on this machine');
      return url.protocol === 'https:'
        ? pass('the base URL is https')
        : fail('the base URL is plain http: a real bank must be reached over https');
    },
  };
}
