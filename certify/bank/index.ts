import type { RunContext } from '../context';
import type { Recorder } from '../runner';
import { clientParsesCheck } from './client-checks';
import { accountsCheck, detailsChecks, type BankState } from './endpoint-checks';
import { badRangeCheck, expiredTokenCheck, invalidTokenCheck } from './error-checks';
import { latencyChecks } from './latency';
import { paginationCheck, transactionsCheck } from './transaction-checks';
import { httpsCheck, interactionIdCheck } from './transport-checks';

/**
 * Bank API conformance: the FDX endpoints the skill uses, exactly as its client calls them,
 * observed over raw HTTP and read through the client. The account list comes first (the other
 * checks need its ids); the checks that follow run concurrently, then latency is sampled alone
 * so the other checks do not load it.
 */
export async function runBankChecks(ctx: RunContext, recorder: Recorder): Promise<void> {
  const state: BankState = { accounts: [] };
  await recorder.sequential([accountsCheck(ctx, state)]);
  await recorder.parallel([
    ...detailsChecks(ctx, state),
    transactionsCheck(ctx, state),
    paginationCheck(ctx, state),
    invalidTokenCheck(ctx),
    expiredTokenCheck(ctx),
    badRangeCheck(ctx, state),
    clientParsesCheck(ctx, state),
  ]);
  await recorder.parallel(latencyChecks(ctx, state));
  await recorder.sequential([interactionIdCheck(ctx), httpsCheck(ctx)]);
}
