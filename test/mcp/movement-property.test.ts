import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { openSqliteAudit } from '../../shared/audit/sqlite-audit';
import type { FdxBankClient, TransferClient } from '../../shared/bank';
import { startTestService } from '../support/service';
import { MOVEMENT_ENV } from '../movement/scenarios';
import { connect, factsOf } from './client';
import { PIN } from './movement-support';

/** A step of a generated MCP conversation; handles and continuations come from the results before it. */
type Step =
  | { readonly tool: 'prepare' }
  | { readonly tool: 'payCard' }
  | { readonly tool: 'pin'; readonly right: boolean }
  | { readonly tool: 'confirm'; readonly decision: string; readonly handle: 'last' | 'random' }
  | { readonly tool: 'status' }
  | { readonly tool: 'balance' };

const STEPS: readonly Step[] = [
  { tool: 'prepare' },
  { tool: 'payCard' },
  { tool: 'pin', right: true },
  { tool: 'pin', right: false },
  { tool: 'confirm', decision: 'confirm', handle: 'last' },
  { tool: 'confirm', decision: 'confirm', handle: 'random' },
  { tool: 'confirm', decision: 'cancel', handle: 'last' },
  { tool: 'confirm', decision: 'yes', handle: 'last' },
  { tool: 'status' },
  { tool: 'balance' },
];
/** The whole way to a movement, so that generated conversations do reach the bank. */
const THE_WAY: readonly Step[] = [
  { tool: 'prepare' },
  { tool: 'pin', right: true },
  { tool: 'pin', right: true },
  { tool: 'confirm', decision: 'confirm', handle: 'last' },
];

describe('over MCP, money never moves without the PIN and an explicit confirm (property over generated tool calls)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'voicebank-mcp-property-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('reaches POST /transfers only in confirm_transfer "confirm" of a handle shown after a right PIN', async function () {
    this.timeout(240_000);
    let movedInAll = 0;
    const step = fc.oneof(
      fc.constant(THE_WAY),
      fc.constantFrom(...STEPS).map((s) => [s]),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 6 }).map((steps) => steps.flat()),
        async (steps) => {
          const violations: string[] = [];
          const shown = new Set<string>();
          let current: Step | undefined;
          let rightPinSaid = false;
          const watching = (bank: FdxBankClient): TransferClient => ({
            async createTransfer(token, order, options) {
              movedInAll += 1;
              if (current?.tool !== 'confirm' || current.decision !== 'confirm')
                violations.push(`POST during ${JSON.stringify(current)}`);
              if (!shown.has(order.transferId)) violations.push('POST of a handle never shown');
              if (!rightPinSaid) violations.push('POST without the right PIN');
              return bank.createTransfer(token, order, options);
            },
            getTransfer: (token, id, options) => bank.getTransfer(token, id, options),
          });
          const audit = openSqliteAudit(join(folder, `${randomUUID()}.sqlite`));
          const service = await startTestService({ env: MOVEMENT_ENV, audit, transfers: watching, logLevel: 'silent' });
          const mcp = await connect(service.url, 'demo-alex');
          let last: CallToolResult | undefined;
          let handle: string | undefined;
          try {
            for (const next of steps) {
              current = next;
              const continuation =
                last && factsOf(last).kind === 'pinRequired' ? String(factsOf(last).continuation) : undefined;
              if (next.tool === 'pin' && next.right && continuation) rightPinSaid = true;
              last = await (next.tool === 'prepare'
                ? mcp.call('prepare_transfer', { amount: '200', to_account: 'savings' })
                : next.tool === 'payCard'
                  ? mcp.call('prepare_card_payment', { pay: 'minimum' })
                  : next.tool === 'pin'
                    ? mcp.call('verify_pin', {
                        pin: next.right ? PIN : '9173',
                        ...(continuation ? { continuation } : {}),
                      })
                    : next.tool === 'confirm'
                      ? mcp.call('confirm_transfer', {
                          handle: next.handle === 'last' && handle ? handle : `vb-${randomUUID()}`,
                          decision: next.decision,
                        })
                      : next.tool === 'status'
                        ? mcp.call('transfer_status')
                        : mcp.call('get_balance', { account: 'checking' }));
              if (factsOf(last).kind === 'movementProposed') {
                handle = String(factsOf(last).handle);
                shown.add(handle);
              }
            }
          } finally {
            await mcp.close();
            await service.close();
            await audit.close();
          }
          assert.deepEqual(violations, []);
        },
      ),
      { numRuns: 15 },
    );
    // The property is about something: some generated conversations did move money.
    assert.ok(movedInAll > 0);
  });
});
