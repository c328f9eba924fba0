import {
  expectRecord,
  isRecord,
  optionalAmount,
  optionalArray,
  optionalRecord,
  optionalString,
  requiredString,
  ShapeError,
  type JsonObject,
} from './guards';
import type { WireAccount, WireAccountDetails, WireBill, WirePage, WirePaging, WireTransaction } from './wire';

/**
 * Turns unknown JSON into checked wire shapes. Accepts v6 flat items and v5 wrapped items
 * (`{"depositAccount": {...}}`, `{"locTransaction": {...}}`, ...).
 */

/** `depositAccount` → `DEPOSIT_ACCOUNT`, `locAccount` → `LOC_ACCOUNT`. */
function wrapperCategory(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** The item itself when flat (has `idKey`), else the single `*{suffix}` object it wraps. */
function unwrap(raw: unknown, idKey: string, suffix: string, path: string): { item: JsonObject; wrapper?: string } {
  const outer = expectRecord(raw, path);
  if (idKey in outer) return { item: outer };
  const keys = Object.keys(outer).filter((key) => key.endsWith(suffix) && key.length > suffix.length);
  const [key] = keys;
  if (keys.length !== 1 || key === undefined) {
    throw new ShapeError(`${path} is neither flat nor a single ${suffix} wrapper`);
  }
  return { item: expectRecord(outer[key], `${path}.${key}`), wrapper: key };
}

function upper(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.trim().toUpperCase();
}

function readCurrencyCode(obj: JsonObject, path: string): string | undefined {
  const currency = optionalRecord(obj, 'currency', path);
  const code = currency && upper(optionalString(currency, 'currencyCode', `${path}.currency`));
  if (code !== undefined && !/^[A-Z]{3}$/.test(code)) {
    throw new ShapeError(`${path}.currency.currencyCode not ISO 4217`);
  }
  return code;
}

function readDescriptor(item: JsonObject, wrapper: string | undefined, path: string): WireAccount {
  return {
    accountId: requiredString(item, 'accountId', path),
    accountCategory: upper(optionalString(item, 'accountCategory', path)) ?? (wrapper && wrapperCategory(wrapper)),
    accountType: upper(optionalString(item, 'accountType', path)),
    accountNumberDisplay: optionalString(item, 'accountNumberDisplay', path),
    productName: optionalString(item, 'productName', path),
    nickname: optionalString(item, 'nickname', path),
    status: upper(optionalString(item, 'status', path)),
    currencyCode: readCurrencyCode(item, path),
    balanceType: upper(optionalString(item, 'balanceType', path)),
  };
}

/** One item of `GET /accounts`. */
export function readAccount(raw: unknown, path: string): WireAccount {
  const { item, wrapper } = unwrap(raw, 'accountId', 'Account', path);
  return readDescriptor(item, wrapper, path);
}

function readBill(raw: unknown, path: string): WireBill {
  const bill = expectRecord(raw, path);
  return {
    statementBalance: optionalAmount(bill, 'statementBalance', path),
    minimumPaymentDue: optionalAmount(bill, 'minimumPaymentDue', path),
    dueDate: optionalString(bill, 'dueDate', path),
  };
}

const DETAIL_AMOUNTS = [
  'currentBalance',
  'availableBalance',
  'availableCredit',
  'creditLine',
  'lastStmtBalance',
  'minimumPaymentAmount',
  'principalBalance',
  'nextPaymentAmount',
  'currentValue',
] as const;

/** The body of `GET /accounts/{accountId}`. */
export function readAccountDetails(raw: unknown): WireAccountDetails {
  const path = 'account';
  const { item, wrapper } = unwrap(raw, 'accountId', 'Account', path);
  const amounts: Partial<Record<(typeof DETAIL_AMOUNTS)[number], number | string | undefined>> = {};
  for (const key of DETAIL_AMOUNTS) amounts[key] = optionalAmount(item, key, path);
  const bills = optionalArray(item, 'bills', path).map((bill, i) => readBill(bill, `${path}.bills[${i}]`));
  const nextPaymentDate = optionalString(item, 'nextPaymentDate', path);
  return { ...readDescriptor(item, wrapper, path), ...amounts, nextPaymentDate, bills };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The string fields of `obj` named in `keys`, present ones joined by a space. */
function joined(obj: JsonObject | undefined, keys: readonly string[], path: string): string | undefined {
  if (obj === undefined) return undefined;
  return nonEmpty(
    keys
      .map((key) => optionalString(obj, key, path) ?? '')
      .join(' ')
      .replace(/\s+/g, ' '),
  );
}

/**
 * A payee sent as a string, or as the FDX object: a business `merchantName` ({name1, name2}), a
 * person's `individualName` ({first, middle, last, suffix}), or a bare `name`.
 */
function payeeName(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return nonEmpty(value);
  if (!isRecord(value)) return undefined;
  const merchant = optionalRecord(value, 'merchantName', path);
  const person = optionalRecord(value, 'individualName', path);
  return (
    joined(merchant, ['name1', 'name2'], `${path}.merchantName`) ??
    joined(person, ['first', 'middle', 'last', 'suffix'], `${path}.individualName`) ??
    nonEmpty(optionalString(value, 'name', path))
  );
}

/** One item of `GET /accounts/{accountId}/transactions`. */
export function readTransaction(raw: unknown, path: string): WireTransaction {
  const { item } = unwrap(raw, 'transactionId', 'Transaction', path);
  const amount = optionalAmount(item, 'amount', path);
  if (amount === undefined) throw new ShapeError(`${path}.amount missing`);
  return {
    transactionId: requiredString(item, 'transactionId', path),
    amount,
    transactionTimestamp: optionalString(item, 'transactionTimestamp', path),
    postedTimestamp: optionalString(item, 'postedTimestamp', path),
    description: optionalString(item, 'description', path),
    debitCreditMemo: upper(optionalString(item, 'debitCreditMemo', path)),
    status: upper(optionalString(item, 'status', path)),
    category: optionalString(item, 'category', path),
    transactionType: upper(optionalString(item, 'transactionType', path)),
    payee: payeeName(item['transactionPayee'], `${path}.transactionPayee`) ?? payeeName(item['payee'], `${path}.payee`),
    currencyCode: readCurrencyCode(item, path),
  };
}

/** The next-page pointers of a list body (`links.next.href`, `page.nextPageKey`, `page.nextOffset`). */
export function readPaging(body: JsonObject): WirePaging {
  const next = optionalRecord(optionalRecord(body, 'links', 'body') ?? {}, 'next', 'body.links');
  const page = optionalRecord(body, 'page', 'body') ?? {};
  const offset = page['nextOffset'];
  if (offset !== undefined && offset !== null && typeof offset !== 'string' && !Number.isSafeInteger(offset)) {
    throw new ShapeError('body.page.nextOffset not a string or integer');
  }
  return {
    nextHref: nonEmpty(next && optionalString(next, 'href', 'body.links.next')),
    nextPageKey: nonEmpty(optionalString(page, 'nextPageKey', 'body.page')),
    nextOffset: typeof offset === 'string' ? nonEmpty(offset) : typeof offset === 'number' ? String(offset) : undefined,
    totalElements: totalOf(page['totalElements']),
  };
}

/** `page.totalElements` when it is a usable count; anything else is ignored (it is only a hint). */
function totalOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

/** A list body: `{ [listKey]: [...], page?, links? }`. The list itself is required. */
export function readPage<T>(raw: unknown, listKey: string, readItem: (item: unknown, path: string) => T): WirePage<T> {
  const body = expectRecord(raw, 'body');
  const list = body[listKey];
  if (!Array.isArray(list)) throw new ShapeError(`body.${listKey} missing or not an array`);
  const items = list.map((item, i) => readItem(item, `body.${listKey}[${i}]`));
  return { items, paging: readPaging(body) };
}
