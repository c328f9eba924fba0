import { isBankError } from '../bank/errors';
import type { BankingReply } from './contract';
import type { FailureReason, ReplyFacts } from './facts';
import { messagesFor } from '../speech/catalogues';
import type { Messages } from '../speech/messages';
import { tell } from './replies';

/** What went wrong, for logs: a bank error's kind, or `internal`. Never the message. */
export function outcomeOf(error: unknown): string {
  return isBankError(error) ? error.kind : 'internal';
}

/** The one place a failure becomes words: always polite, never the error's own text. */
export function errorReply(error: unknown, messages: Messages): BankingReply {
  if (!isBankError(error)) return tell(messages.somethingWentWrong(), { facts: failure('internal') });
  switch (error.kind) {
    case 'unauthorized': return linkReply(messages);
    case 'forbidden': return tell(messages.bankForbidden(), { facts: failure('forbidden') });
    case 'notFound':
    case 'accountClosed': return tell(messages.accountGone(), { facts: failure('accountGone') });
    case 'invalidResponse': return tell(messages.bankUnreadable(), { facts: failure('bankUnreadable') });
    case 'badRequest':
    case 'unavailable':
    case 'timeout': return tell(messages.bankUnavailable(), { facts: failure('bankUnavailable') });
    // Only money movement sees these, and it words them itself; here they are a plain refusal.
    case 'insufficientFunds':
    case 'limitExceeded':
    case 'duplicateTransfer': return tell(messages.movementBankRefused());
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

export function linkReply(messages: Messages): BankingReply {
  return tell(messages.linkAccount(), { linkAccount: true, facts: failure('unauthorized') });
}
