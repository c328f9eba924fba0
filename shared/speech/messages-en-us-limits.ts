import type { LimitMessages } from './messages';

const count = (n: number): string => n.toLocaleString('en-US');

/** en-US wording for answers from a list the client cut at a cap. */
export const limitsEnUS: LimitMessages = {
  partialTransactions: (cut) => (cut.reason === 'items'
    ? `In the ${count(cut.cap)} most recent transactions I can see,`
    : `In the ${count(cut.cap)} pages of transactions I can see,`),
  partialAccounts: (n) => `I can see ${count(n)} of your accounts; your bank has more.`,
};
