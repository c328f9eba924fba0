import { excerpt } from '../mask';
import type { Evidence } from '../types';
import type { RawExchange } from './raw-http';
import { formatMs } from '../report/format';

/** `Authorization: Bearer [token]`: the token itself never enters evidence. */
export const BEARER = '(Authorization: Bearer [token])';

/** One line per exchange: `GET /accounts → 200 in 12 ms`. */
export function exchangeLine(exchange: RawExchange): string {
  const answer = exchange.status === undefined ? (exchange.error ?? 'no answer') : `HTTP ${exchange.status}`;
  return `${exchange.summary} → ${answer} in ${formatMs(exchange.ms)}`;
}

/** Evidence from raw exchanges: the requests, the first response masked, extra notes. */
export function exchangeEvidence(exchanges: readonly RawExchange[], notes: readonly string[] = []): Evidence {
  const first = exchanges[0];
  return {
    request: `${exchanges.map(exchangeLine).join('\n')}\n${BEARER}`,
    ...(first === undefined ? {} : { response: excerpt(first.json, first.text) }),
    ...(notes.length === 0 ? {} : { notes }),
  };
}
