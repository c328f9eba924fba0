import type { PinMessages } from './messages';

const minutes = (n: number): string => (n === 1 ? '1 minute' : `${n} minutes`);

export const pinEnUS: PinMessages = {
  pinAsk: () => 'For your security, please say your four-digit voice PIN.',
  pinAskReprompt: () => 'Please say your four-digit voice PIN.',
  pinEnrolOffer: () =>
    "To keep your accounts private, let's set up a four-digit voice PIN. What four digits would you like?",
  pinConfirm: () => 'Please say the same four digits again to confirm.',
  pinTrivial: () =>
    "That PIN would be too easy to guess. Please choose four digits that aren't all the same or in a row.",
  pinMismatch: () => "Those didn't match. Let's start again: what four digits would you like?",
  pinSet: () => 'Your voice PIN is set.',
  pinWrong: (left) =>
    `That PIN isn't right. You have ${left === 1 ? '1 more try' : `${left} more tries`}. Please say your four-digit voice PIN.`,
  pinLocked: (n) =>
    `For your security, account details are locked after too many wrong PINs. Please try again in ${minutes(n)}.`,
  pinLockedNow: (n) =>
    `That PIN isn't right, so for your security account details are now locked. Please try again in ${minutes(n)}.`,
  pinUnavailable: () =>
    "Sorry, I can't check your PIN right now, so I can't share account details. Please try again in a few minutes.",
};
