import type { DateTime } from 'luxon';
import type { AccountSummary } from '../bank/types';
import type { Money } from '../money/money';

/** The facts of one movement as the customer hears them: never a balance. */
export interface MovementView {
  readonly amount: Money;
  readonly from: AccountSummary;
  readonly to: AccountSummary;
  /** The day it happens, in the user's zone (today: no scheduling by voice). */
  readonly day: DateTime;
}

/** Money movement (issue 18). Every refusal says that nothing was moved. */
export interface MovementMessages {
  movementOff(): string;
  movementHowTo(): string;
  movementConfirm(view: MovementView, today: DateTime): string;
  movementConfirmReprompt(): string;
  movementCancelled(): string;
  /** `referenceLast4` is the last four characters of the bank's reference, when it sent one. */
  movementDone(view: MovementView, referenceLast4: string | undefined): string;
  movementAccepted(view: MovementView, referenceLast4: string | undefined): string;
  movementNoFunds(from: AccountSummary): string;
  movementClosed(): string;
  movementOverMax(max: Money): string;
  movementOverDaily(max: Money, left: Money): string;
  movementBankLimit(): string;
  movementBankRefused(): string;
  movementUnavailable(): string;
  movementUnknown(): string;
  movementInProgress(): string;
  movementNoneRecent(): string;
  movementSameAccount(): string;
  movementNotFrom(account: AccountSummary): string;
  movementAccountClosed(account: AccountSummary): string;
  movementNoCard(): string;
  movementNoLoan(): string;
  movementCurrency(): string;
  movementStoreDown(): string;
  movementPinNeeded(): string;
  movementSayLastFour(): string;
  movementNothingWaiting(): string;
  /** The confirmation came too late (CONFIRM_WINDOW_MS, or another day than the one it named). */
  movementExpired(): string;
  /** A lost answer, resolved: the bank has no such transfer and it will not be sent now. */
  movementNotReceived(): string;
  cardPaymentChoice(card: AccountSummary, statement: Money | undefined, minimum: Money | undefined): string;
  paymentChoiceReprompt(): string;
  paymentAmountMissing(): string;
  movementCardTitle(): string;
  movementCardLines(view: MovementView, today: DateTime, referenceLast4: string | undefined): string[];
}
