import type { LocaleIntentText } from '../../locale';

/** en-US: follow-ups that lean on the last question (issue 14). */
export const followUps = {
  followUp: {
    samples: [
      'what about {date}',
      'how about {date}',
      'and {date}',
      'what about in {date}',
      'and in {date}',
      'what about for {date}',
      'what about the last {duration}',
      'and the last {duration}',
      'what about my {account}',
      'how about my {account}',
      'and {account}',
      'and my {account}',
      'and the {account}',
      'what about the {account}',
      'and on my {account}',
      'what about the account ending in {lastFour}',
      'and the one ending in {lastFour}',
      'what about at {merchant}',
      'and at {merchant}',
      'how about at {merchant}',
      'what about on {category}',
      'and on {category}',
      'what about {merchant} {date}',
      'and {merchant} {date}',
    ],
  },
  narrowSpending: {
    samples: [
      'how much of that was at {merchant}',
      'how much of that was on {category}',
      'how much of that was {category}',
      'how much of it was at {merchant}',
      'how much of it was on {category}',
      'and how much of that was at {merchant}',
      'and how much of that was on {category}',
      'how much of that went to {merchant}',
      'how much of that was spent at {merchant}',
      'how much of that was spent on {category}',
      'what part of that was {category}',
      'how much of those were at {merchant}',
    ],
  },
} as const satisfies Record<string, LocaleIntentText>;
