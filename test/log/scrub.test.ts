import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createLogger } from '../../shared/log/logger';
import { CENSOR, scrub } from '../../shared/log/scrub';

describe('log redaction', () => {
  it('censors secret keys at the top level and two levels down, and leaves other fields alone', () => {
    const line = {
      requestId: 'r',
      token: 't',
      nested: { amount: 5, ok: 1, deeper: { authorization: 'Bearer x', ms: 3 } },
    };
    assert.deepEqual(scrub(line), {
      requestId: 'r',
      token: CENSOR,
      nested: { amount: CENSOR, ok: 1, deeper: { authorization: CENSOR, ms: 3 } },
    });
    assert.equal(line.token, 't', "the caller's object is not changed");
  });

  it('returns a line with nothing to hide as it is, without copying', () => {
    const line = { requestId: 'r', intent: 'getBalance', ms: 4 };
    assert.equal(scrub(line), line);
  });

  it('keeps a token passed by mistake out of what the logger writes', () => {
    let written = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        written += chunk.toString('utf8');
        done();
      },
    });
    createLogger({ destination: sink }).info(
      { accessToken: 'tok-secret-123', headers: { authorization: 'Bearer tok-secret-123' } },
      'oops',
    );
    assert.ok(!written.includes('tok-secret-123'), written);
    assert.ok(written.includes(CENSOR));
  });
});
