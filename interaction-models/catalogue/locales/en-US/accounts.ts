import type { LocaleIntentText } from '../../locale';

/** en-US: balances, the account list, recent activity, and picking an account. */
export const accounts = {
  getBalance: {
    samples: [
      'what is my balance', "what's my balance", 'my balance', 'balance', 'how much money do I have', 'how much do I have',
      'what are my balances', 'check my balance', 'what is my {account} balance', "what's my {account} balance",
      'check my {account} balance', 'how much is in my {account}', 'how much is in {account}', 'how much money is in my {account}',
      "what's the balance on my {account}", 'what is the balance of my {account}', 'balance of {account}',
      "what's the balance on the account ending in {lastFour}", 'what is the balance of the account ending in {lastFour}',
      'balance for the account ending in {lastFour}', 'how much do I owe on my {account}', 'what do I owe on my {account}',
      'how much is left on my {account}', "what's my {account} balance ending in {lastFour}", 'how much is in the account ending in {lastFour}',
    ],
  },
  listAccounts: {
    samples: [
      'what accounts do I have', 'list my accounts', 'which accounts do I have', 'tell me my accounts', 'what are my accounts',
      'how many accounts do I have', 'read my accounts', 'show me my accounts', 'which accounts can you see', 'list accounts',
      'what accounts are linked',
    ],
  },
  recentTransactions: {
    samples: [
      'what are my recent transactions', 'my recent transactions', 'recent transactions', 'what did I spend recently',
      'what did I buy recently', 'what are my latest transactions', 'read my last transactions', 'read my recent transactions',
      'what are my last {count} transactions', 'read my last {count} transactions', 'tell me my last {count} transactions',
      'what are my recent transactions on {account}', 'what are my recent transactions on my {account}',
      'recent transactions for my {account}', 'what are the latest transactions on my {account}',
      'what are my last {count} transactions on my {account}', 'recent transactions on the account ending in {lastFour}',
      'what were my last purchases', 'show my recent activity', "what's my recent activity on {account}",
    ],
  },
  selectAccount: {
    samples: [
      '{account}', 'my {account}', 'the {account}', 'the {account} one', 'the {account} account', 'the one ending in {lastFour}',
      'ending in {lastFour}', '{lastFour}', 'the account ending in {lastFour}', 'my {account} ending in {lastFour}',
    ],
  },
} as const satisfies Record<string, LocaleIntentText>;
