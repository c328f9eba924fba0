import { isBankError } from '../bank/errors';
import type { BankingReply, LinkVia } from './contract';
import type { FailureReason, ReplyFacts } from './facts';
import { messagesFor } from '../speech/catalogues';
import type { Messages } from '../speech/messages';
import { tell } from './replies';

/** What went wrong, for logs: a bank error's kind, or `internal`. Never the message. */
export function outcomeOf(error: unknown): string {
  return isBankError(error) ? error.kind : 'internal';
}

/** The one place a failure becomes words: always polite, never the error's own text. */
export function errorReply(error: unknown, messages: Messages, via: LinkVia = 'platformApp'): BankingReply {
  if (!isBankError(error)) return tell(messages.somethingWentWrong(), { facts: failure('internal') });
  switch (error.kind) {
    // The bank refused a token we sent (never-linked users are stopped in dispatch): expired or revoked.
    case 'unauthorized':
      return linkReply(messages, via, 'expired');
    case 'forbidden':
      return tell(messages.bankForbidden(), { facts: failure('forbidden') });
    case 'notFound':
    case 'accountClosed':
      return tell(messages.accountGone(), { facts: failure('accountGone') });
    case 'invalidResponse':
      return tell(messages.bankUnreadable(), { facts: failure('bankUnreadable') });
    case 'badRequest':
    case 'unavailable':
    case 'timeout':
      return tell(messages.bankUnavailable(), { facts: failure('bankUnavailable') });
    // Only money movement sees these, and it words them itself; here they are a plain refusal.
    case 'insufficientFunds':
    case 'limitExceeded':
    case 'duplicateTransfer':
      return tell(messages.movementBankRefused());
  }
}

/** The facts of a reply that could not answer. */
export function failure(reason: FailureReason, retryAfterMinutes?: number): ReplyFacts {
  return { kind: 'failure', reason, ...(retryAfterMinutes ? { retryAfterMinutes } : {}) };
}

/** The apology an adapter gives when its own translation failed (the core itself never throws). */
export function apologyReply(locale: string): BankingReply {
  return tell(messagesFor(locale).somethingWentWrong(), { facts: failure('internal') });
}

/** Asks to link: `never` when no token came, `expired` when the bank refused the one that did. */
export function linkReply(
  messages: Messages,
  via: LinkVia = 'platformApp',
  why: 'never' | 'expired' = 'never',
): BankingReply {
  const speech = why === 'expired' ? messages.relinkAccount(via) : messages.linkAccount(via);
  return tell(speech, { linkAccount: true, facts: failure('unauthorized') });
}
