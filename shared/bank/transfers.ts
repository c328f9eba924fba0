import { BankError, isBankError } from './errors';
import { decimalAmount, readTransfer } from './parse-transfer';
import type { RequestContext, Requester } from './request';
import type { TransferClient, TransferReceipt } from './transfer-types';
import type { CallOptions } from './types';

/** Budget a POST leaves for reading its transfer back when the answer is lost: this, or a third of the budget if less. */
export const READ_BACK_RESERVE_MS = 600;

/** A failure after which the bank may have carried the transfer out. */
function outcomeUnknown(error: BankError): boolean {
  return (
    error.kind === 'timeout' ||
    error.kind === 'invalidResponse' ||
    (error.kind === 'unavailable' && error.details.status !== 429)
  );
}

/** The Money Movement methods over the one request function. */
export function transferMethods(
  request: Requester,
  context: (token: string, options?: CallOptions) => RequestContext,
): TransferClient {
  const read = async (
    ctx: RequestContext,
    transferId: string,
    currency: string,
  ): Promise<TransferReceipt | undefined> => {
    const target = { path: `/transfers/${encodeURIComponent(transferId)}` };
    try {
      return (
        await request({ endpoint: '/transfers/{id}', target, parse: (body) => readTransfer(body, currency) }, ctx)
      ).data;
    } catch (error) {
      if (isBankError(error) && error.kind === 'notFound') return undefined;
      throw error;
    }
  };
  return {
    getTransfer: (token, transferId, options) => read(context(token, options), transferId, options?.currency ?? 'USD'),
    async createTransfer(token, order, options) {
      const ctx = context(token, options);
      const { currency } = order.amount;
      const body = {
        transferId: order.transferId,
        fromAccountId: order.fromAccountId,
        toAccountId: order.toAccountId,
        amount: decimalAmount(order.amount.minor, currency),
        ...(order.memo ? { memo: order.memo } : {}),
      };
      try {
        const spec = {
          endpoint: '/transfers',
          method: 'POST',
          target: { path: '/transfers' },
          body,
          headers: { 'idempotency-key': order.idempotencyKey },
          reserveMs: Math.min(READ_BACK_RESERVE_MS, Math.floor(ctx.deadline.remaining() / 3)),
          parse: (raw: unknown) => readTransfer(raw, currency),
        };
        return (await request(spec, ctx)).data;
      } catch (error) {
        if (!isBankError(error) || !outcomeUnknown(error)) throw error;
        const found = await read(ctx, order.transferId, currency).catch(() => undefined);
        if (found) return found;
        // The bank answered (5xx) and has no such transfer: nothing moved. Otherwise we cannot tell yet.
        if (error.kind === 'unavailable' && error.details.status !== undefined) throw error;
        throw new BankError(
          'timeout',
          'FDX /transfers: outcome unknown, transfer not found on read-back',
          error.details,
        );
      }
    },
  };
}
