import type { LimitMessages } from './messages';

const count = (n: number): string => n.toLocaleString('en-US');
/** The words every partial sentence below carries, and no other message does. */
const MARKS = ['transactions I can see,', 'history I could read,', 'of your accounts; your bank has more.'];

/** en-US wording for answers from a list the client cut at a cap. */
export const limitsEnUS: LimitMessages = {
  partialTransactions: (cut) =>
    cut.reason === 'items'
      ? `In the ${count(cut.cap)} most recent transactions I can see,`
      : 'In the part of your history I could read,',
  partialAccounts: (n) => `I can see ${count(n)} of your accounts; your bank has more.`,
  saysPartial: (speech) => MARKS.some((mark) => speech.includes(mark)),
};
