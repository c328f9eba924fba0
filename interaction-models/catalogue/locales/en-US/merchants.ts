import type { SlotValue } from '../../locale';

/**
 * Common US merchants and payees, as written on a receipt, with the ways people say them. Alexa
 * and Dialogflow both accept names not on this list; the list teaches them what a name sounds like.
 * "paycheck" is its own value rather than a synonym of an employer: the core reads it as "my pay"
 * whoever pays it.
 */
export const MERCHANTS: readonly SlotValue[] = [
  { value: 'Starbucks', synonyms: ['starbucks coffee'] },
  { value: "Peet's Coffee", synonyms: ["peet's", 'peets'] },
  { value: 'Dunkin', synonyms: ["dunkin' donuts", 'dunkin donuts'] },
  { value: 'Netflix', synonyms: [] },
  { value: 'Spotify', synonyms: [] },
  { value: 'Hulu', synonyms: [] },
  { value: 'Disney Plus', synonyms: ['disney'] },
  { value: 'Apple', synonyms: ['apple store', 'itunes'] },
  { value: "Trader Joe's", synonyms: ['trader joes', 'trader joe'] },
  { value: 'Whole Foods', synonyms: ['whole foods market'] },
  { value: 'Kroger', synonyms: [] },
  { value: 'Safeway', synonyms: [] },
  { value: 'Costco', synonyms: [] },
  { value: 'Aldi', synonyms: [] },
  { value: 'Walmart', synonyms: ['wal-mart', 'wal mart'] },
  { value: 'Target', synonyms: [] },
  { value: 'Amazon', synonyms: ['amazon dot com', 'amazon prime'] },
  { value: 'The Home Depot', synonyms: ['home depot'] },
  { value: 'Walgreens', synonyms: [] },
  { value: 'CVS', synonyms: ['c. v. s.', 'cvs pharmacy'] },
  { value: 'Shell', synonyms: ['shell gas'] },
  { value: 'Chevron', synonyms: [] },
  { value: 'Exxon', synonyms: ['exxon mobil'] },
  { value: 'Uber', synonyms: ['uber eats'] },
  { value: 'Lyft', synonyms: [] },
  { value: 'Delta', synonyms: ['delta air lines', 'delta airlines'] },
  { value: 'Marriott', synonyms: [] },
  { value: 'AT&T', synonyms: ['AT and T', 'A. T. and T.'] },
  { value: 'Verizon', synonyms: [] },
  { value: 'Comcast', synonyms: ['xfinity'] },
  { value: 'Con Edison', synonyms: ['con ed'] },
  { value: "Ben & Jerry's", synonyms: ["ben and jerry's", 'ben and jerrys'] },
  { value: 'Café Müller', synonyms: ['cafe muller', 'cafe mueller'] },
  { value: 'Chipotle', synonyms: [] },
  { value: "McDonald's", synonyms: ['mcdonalds', 'mickey d'] },
  { value: 'PayPal', synonyms: ['pay pal'] },
  { value: 'Venmo', synonyms: [] },
  { value: 'ACME Payroll', synonyms: ['acme'] },
  { value: 'paycheck', synonyms: ['payroll', 'salary', 'wages', 'direct deposit'] },
];
