import type { CatalogueLocale } from '../../locale';
import { accounts } from './accounts';
import { conversation } from './conversation';
import { EXAMPLES } from './examples';
import { MERCHANTS } from './merchants';
import { money } from './money';
import { ACCOUNT_NAMES, PAYMENT_OPTIONS, SPENDING_CATEGORIES } from './values';
import { movement } from './movement';
import { followUps } from './follow-ups';
import { actions, purchases } from './actions';

/** American English: the first locale, and Dialogflow's default language (`en`). */
export const enUS: CatalogueLocale = {
  locale: 'en-US',
  dialogflowLanguage: 'en',
  invocationName: 'my bank',
  intents: { ...conversation, ...accounts, ...money, ...movement, ...actions, ...purchases, ...followUps },
  values: {
    ACCOUNT_NAME: ACCOUNT_NAMES,
    MERCHANT_NAME: MERCHANTS,
    SPENDING_CATEGORY: SPENDING_CATEGORIES,
    PAYMENT_OPTION: PAYMENT_OPTIONS,
  },
  examples: EXAMPLES,
};
