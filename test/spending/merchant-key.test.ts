import assert from 'node:assert/strict';
import { merchantKey } from '../../shared/spending/merchant-match';
import { nameFromDescription, stripMerchantNoise } from '../../shared/spending/merchant-noise';

describe('merchant keys', () => {
  it('reduce a card descriptor with store number, city and state to the merchant name', () => {
    assert.equal(merchantKey('STARBUCKS STORE #1234 SEATTLE WA'), 'starbucks');
    assert.equal(merchantKey('Starbucks'), 'starbucks');
    assert.equal(merchantKey("TRADER JOE'S #552 BROOKLYN NY"), 'trader joes');
    assert.equal(merchantKey('CHIPOTLE 2291 NEW YORK NY'), 'chipotle');
    assert.equal(merchantKey("MCDONALD'S F31415 COLUMBUS OH"), 'mcdonalds');
    assert.equal(merchantKey('SHELL OIL 57444213 BROOKLYN NY'), 'shell oil');
  });

  it('drop card-processor and point-of-sale prefixes', () => {
    assert.equal(merchantKey('SQ *BLUE BOTTLE COFFEE'), 'blue bottle coffee');
    assert.equal(merchantKey('TST* JOES DINER 123 MAIN ST'), 'joes diner');
    assert.equal(merchantKey('PAYPAL *NETFLIX'), 'netflix');
    assert.equal(merchantKey('POS STARBUCKS STORE 1234'), 'starbucks');
    assert.equal(merchantKey('DEBIT CARD PURCHASE TARGET 00012345 BROOKLYN NY'), 'target');
  });

  it('keep the merchant before a star and drop the detail after it', () => {
    assert.equal(merchantKey('UBER *TRIP HELP.UBER.COM CA'), 'uber');
    assert.equal(merchantKey('AT&T *WIRELESS PAYMENT DALLAS TX'), 'att');
  });

  it('read a web domain as its name and drop ACH words', () => {
    assert.equal(merchantKey('NETFLIX.COM LOS GATOS CA'), 'netflix');
    assert.equal(merchantKey('ACME PAYROLL DIR DEP PPD'), 'acme payroll');
    assert.equal(merchantKey('CON ED OF NY WEB PMT'), 'con ed');
  });

  it('make AT&T, AT and T, A T & T and att the same', () => {
    for (const text of ['AT&T', 'at&t', 'AT and T', 'A T & T', 'a.t.&t.', 'att'])
      assert.equal(merchantKey(text), 'att', text);
  });

  it("make Ben & Jerry's the same as ben and jerrys", () => {
    assert.equal(merchantKey("Ben & Jerry's"), 'ben and jerrys');
    assert.equal(merchantKey('ben and jerrys'), 'ben and jerrys');
    assert.equal(merchantKey("BEN & JERRY'S #118 BROOKLYN NY"), 'ben and jerrys');
  });

  it('fold accents, curly apostrophes and case', () => {
    assert.equal(merchantKey('Café Müller'), 'cafe muller');
    assert.equal(merchantKey('Crème de la Crumb'), 'creme de la crumb');
    assert.equal(merchantKey('Trader Joe’s'), 'trader joes');
    assert.equal(merchantKey('Straße Bäckerei'), 'strasse backerei');
  });

  it('keep a small number that is part of the name', () => {
    assert.equal(merchantKey('7-ELEVEN 12345 DALLAS TX'), '7 eleven');
  });

  it('keep the state words of a mixed-case payee, which is not a descriptor', () => {
    assert.equal(stripMerchantNoise('Cafe OK'), 'Cafe OK');
    assert.equal(stripMerchantNoise('CAFE OK'), 'CAFE');
  });

  it('are empty for text with no letters or digits', () => {
    assert.equal(merchantKey('  *** '), '');
    assert.equal(merchantKey(''), '');
  });
});

describe('names from descriptors', () => {
  it('are the merchant part in title case, leaving AT&T as sent', () => {
    assert.equal(nameFromDescription('SQ *BLUE BOTTLE COFFEE'), 'Blue Bottle Coffee');
    assert.equal(nameFromDescription("TRADER JOE'S #552 BROOKLYN NY"), "Trader Joe's");
    assert.equal(nameFromDescription('AT&T *WIRELESS PAYMENT DALLAS TX'), 'AT&T');
  });
});
