/** Merchant and category matching and spending totals for the banking core. */
export { MAX_CANDIDATES, matchMerchant, matchMerchantNames, merchantKey, type MerchantMatch } from './merchant-match';
export {
  SPOKEN_CATEGORIES,
  SPOKEN_CATEGORY_IDS,
  categoryForMcc,
  categoryForText,
  categoryOfTransaction,
  isSpendingCategory,
  isWithin,
  resolveCategory,
  transactionInCategory,
  type SpokenCategory,
  type SpokenCategoryInfo,
} from './categories';
export {
  MixedCurrencyError,
  excludeTransfers,
  filterByRange,
  summarizeByCurrency,
  summarizeSpending,
  type SpendingSummary,
} from './spending';
