import assert from 'node:assert/strict';
import { kindForStatus, statusError } from '../../shared/bank/error-map';
import { accountKind } from '../../shared/bank/parse-accounts';

// A bank's error code and account type are data from outside: an inherited property name must
// find nothing, exactly like any other unknown value.
describe('bank client lookups keyed by bank data', () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`treats the FDX code "${name}" as unknown`, () => {
      assert.equal(kindForStatus(422, name), 'badRequest');
      const body = JSON.stringify({ code: name, message: 'x' });
      assert.equal(statusError(422, body, { endpoint: '/transfers' }).kind, 'badRequest');
    });

    it(`treats the account type and category "${name}" as unknown`, () => {
      assert.equal(typeof accountKind({ accountType: name, accountCategory: name }), 'string');
      assert.equal(
        accountKind({ accountType: name, accountCategory: name }),
        accountKind({ accountType: 'NOPE', accountCategory: 'NOPE' }),
      );
    });
  }
});
