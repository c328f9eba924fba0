import type { AccountFact, MoneyFact } from '../facts';
import type { MovementOutcome } from '../../state';

/**
 * A movement as data, for MCP clients: the amount, both accounts (name and last four) and the day
 * (ISO). `proposed` waits for an explicit confirmation; `result` says how it ended — `moved` is
 * false only when the bank certainly did not move the money, and absent while that is unknown.
 */
export type MovementFacts =
  | {
      readonly kind: 'movementProposed';
      readonly amount: MoneyFact;
      readonly from: AccountFact;
      readonly to: AccountFact;
      readonly date: string;
    }
  | {
      readonly kind: 'movementResult';
      readonly outcome: MovementOutcome;
      readonly moved?: boolean;
      readonly amount: MoneyFact;
      readonly from: AccountFact;
      readonly to: AccountFact;
      readonly date: string;
      readonly referenceLastFour?: string;
    };
