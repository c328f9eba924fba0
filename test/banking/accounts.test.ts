import assert from 'node:assert/strict';
import type { AccountSummary } from '../../shared/bank/types';
import { defaultAccount, matchAccounts } from '../../shared/banking/accounts';

const acct = (
  id: string,
  type: string,
  kind: AccountSummary['kind'],
  names: { nickname?: string; productName?: string },
  last4: string,
): AccountSummary => ({ id, type, kind, ...names, last4, status: 'OPEN', currency: 'USD' });

const kim = [
  acct('h', 'CHECKING', 'deposit', { nickname: 'Household' }, '2231'),
  acct('p', 'CHECKING', 'deposit', { nickname: 'Personal' }, '5567'),
  acct('s', 'SAVINGS', 'deposit', { nickname: 'Emergency Fund' }, '8802'),
  acct('t', 'CREDITCARD', 'creditCard', { productName: 'Travel Card' }, '1456'),
  acct('m', 'MORTGAGE', 'loan', { productName: 'Home Loan' }, '6120'),
  acct('l', 'LINEOFCREDIT', 'lineOfCredit', { productName: 'Home Equity Line of Credit' }, '4409'),
];
const ids = (found: AccountSummary[]) => found.map((a) => a.id);

describe('account matching', () => {
  it('finds both checking accounts for "my checking"', () => {
    assert.deepEqual(ids(matchAccounts(kim, { name: 'my checking' })), ['h', 'p']);
  });
  it('finds one by nickname, whatever the case and punctuation', () => {
    assert.deepEqual(ids(matchAccounts(kim, { name: 'the HOUSEHOLD account!' })), ['h']);
    assert.deepEqual(ids(matchAccounts(kim, { name: 'emergency fund' })), ['s']);
  });
  it('finds one by last four digits, and narrows a name with them', () => {
    assert.deepEqual(ids(matchAccounts(kim, { lastFour: '5567' })), ['p']);
    assert.deepEqual(ids(matchAccounts(kim, { name: 'checking', lastFour: '2231' })), ['h']);
    assert.deepEqual(ids(matchAccounts(kim, { lastFour: '0000' })), []);
  });
  it('understands type words: card, mortgage, line of credit, savings', () => {
    assert.deepEqual(ids(matchAccounts(kim, { name: 'credit card' })), ['t']);
    assert.deepEqual(ids(matchAccounts(kim, { name: 'mortgage' })), ['m']);
    assert.deepEqual(ids(matchAccounts(kim, { name: 'line of credit' })), ['l']);
    assert.deepEqual(ids(matchAccounts(kim, { name: 'savings' })), ['s']);
  });
  it('matches nothing for words no account has, and nothing for an empty reference', () => {
    assert.deepEqual(ids(matchAccounts(kim, { name: 'yacht' })), []);
    assert.deepEqual(ids(matchAccounts(kim, {})), []);
  });
  it('takes checking as the default account for transactions', () => {
    assert.equal(defaultAccount(kim)?.id, 'h');
    assert.equal(defaultAccount([kim[3]!, kim[2]!])?.id, 's');
    assert.equal(defaultAccount([]), undefined);
  });
});
