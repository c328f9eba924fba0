import assert from 'node:assert/strict';
import { createMasker, maskJson } from '../../certify/mask';
import { p95Settled, percentile } from '../../certify/bank/latency';
import { renderHtml } from '../../certify/report/html';
import { renderJunit } from '../../certify/report/junit';
import type { ReportData } from '../../certify/report/report-data';
import { firstLeak, needlesFor } from '../../certify/security/log-scan';
import { storageCheck } from '../../certify/security/storage';
import { SeenData } from '../../certify/seen-data';
import { ssmlProblems } from '../../certify/skill/ssml';
import type { CheckResult } from '../../certify/types';
import { htmlProblems } from './html-check';

const check = (over: Partial<CheckResult>): CheckResult => ({
  id: 'skill.x',
  name: 'x',
  area: 'skill',
  level: 'required',
  status: 'pass',
  message: 'ok',
  evidence: {},
  controls: [],
  durationMs: 5,
  ...over,
});
const report = (checks: CheckResult[]): ReportData => ({
  passed: true,
  checks,
  meta: {
    version: '0.1.0',
    commit: 'unknown',
    bankUrl: 'http://127.0.0.1:1',
    bankKind: 'embedded sandbox',
    startedAt: 'now',
    durationMs: 10,
    configuration: [],
    warnings: [],
  },
});

describe('certification kit parts', () => {
  it('masks tokens, money amounts and account numbers but keeps dates and short numbers', () => {
    const mask = createMasker(() => ({ tokens: ['demo-alex'], numbers: [] }));
    assert.equal(
      mask('Bearer demo-alex: $1,254.30 on ...4821, 2026-11-03, 123'),
      'Bearer [token]: $••• on ...••••, 2026-11-03, 123',
    );
  });

  it('masks every money and personal field of an FDX body but keeps counts', () => {
    const masked = maskJson({
      page: { totalElements: 3 },
      accounts: [
        { accountId: 'a1', currentBalance: 12.5, accountNumberDisplay: '...4821', transactionPayee: { name: 'AT&T' } },
      ],
    });
    assert.deepEqual(masked, {
      page: { totalElements: 3 },
      accounts: [{ accountId: 'a1', currentBalance: '•••', accountNumberDisplay: '•••', transactionPayee: '•••' }],
    });
  });

  it('accepts escaped SSML and refuses a bare ampersand, an unknown tag or an unclosed element', () => {
    assert.deepEqual(
      ssmlProblems('<speak>AT&amp;T ending in <say-as interpret-as="digits">4821</say-as>.</speak>'),
      [],
    );
    assert.match(ssmlProblems('<speak>AT&T</speak>')[0] ?? '', /unescaped "&"/);
    assert.match(ssmlProblems('<speak><script>x</script></speak>')[0] ?? '', /not an SSML element/);
    assert.match(ssmlProblems('<speak><s>open</speak>')[0] ?? '', /closes nothing open/);
    assert.match(ssmlProblems('plain text')[0] ?? '', /not wrapped/);
  });

  it('takes nearest-rank percentiles and knows when one slow sample settles a p95 of ten', () => {
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5), 5);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95), 10);
    assert.equal(p95Settled(1, 10), true);
    assert.equal(p95Settled(1, 40), false);
    assert.equal(p95Settled(3, 40), true);
  });

  it('finds an amount, an account fragment, a PIN or a token in a log line, but not a digit run inside a UUID', () => {
    const seen = new SeenData();
    seen.addToken('demo-alex');
    seen.noteBody({
      accounts: [{ accountNumberDisplay: '...4821', currentBalance: 1254.3, page: { totalElements: 3 } }],
    });
    seen.notePins('my pin is 4 8 2 6');
    const needles = needlesFor(seen);
    const leakOf = (line: string): string | undefined => firstLeak([line], needles)?.kind;
    assert.equal(leakOf('{"msg":"turn","requestId":"1f2e-4821-aa"}'), undefined);
    assert.equal(leakOf('{"msg":"bank call","latencyMs":12}'), undefined);
    assert.equal(leakOf('{"msg":"x","v":1254.3}'), 'amount');
    assert.equal(leakOf('{"msg":"x","v":"$1,254.30"}'), 'amount');
    assert.equal(leakOf('{"msg":"x","last4":"4821"}'), 'account-number fragment');
    assert.equal(leakOf('{"msg":"x","pin":4826}'), 'PIN');
    assert.equal(leakOf('{"msg":"x","auth":"demo-alex"}'), 'token');
  });

  it('lists what is stored from the configuration: the account list only without a PIN policy, PIN state with one', async () => {
    const off = await storageCheck({}).run();
    assert.equal(off.evidence?.notes?.filter((n) => n.includes(' | ')).length, 1);
    const session = await storageCheck({ PIN_POLICY: 'session' }).run();
    const rows = session.evidence?.notes?.join('\n') ?? '';
    assert.match(rows, /PIN hash \(scrypt, random salt\) \| state store: process memory/);
    assert.match(rows, /wrong-PIN counter and lock \| .* \| 15 min \(PIN_LOCK_SECONDS\), after 3 wrong PINs/);
    assert.match(rows, /"PIN said in this session" mark .* \| 5 min of inactivity/);
    const refused = await storageCheck({ PIN_POLICY: 'session', STATE_STORE: 'redis://127.0.0.1:6379' }).run();
    assert.equal(refused.status, 'fail');
  });

  it('escapes every text of the HTML report and emits no script', () => {
    const html = renderHtml(
      report([check({ name: '<b>AT&T</b>', message: 'said "hi" & <script>', evidence: { notes: ['a > b'] } })]),
    );
    assert.deepEqual(htmlProblems(html), []);
    assert.ok(html.includes('&lt;b&gt;AT&amp;T&lt;/b&gt;'));
  });

  it('the HTML checker catches a script, a bare ampersand and an unclosed element', () => {
    assert.deepEqual(htmlProblems('<!DOCTYPE html><html><body><script>x</script></body></html>'), [
      'a <script> element',
    ]);
    assert.match(htmlProblems('<!DOCTYPE html><html><body>AT&T</body></html>')[0] ?? '', /unescaped "&"/);
    assert.match(htmlProblems('<!DOCTYPE html><html><body><p>open</body></html>')[0] ?? '', /closes nothing open/);
  });

  it('writes a JUnit failure for a failed required check and a skip for an info or not-applicable one', () => {
    const xml = renderJunit(
      report([
        check({ area: 'bank', name: 'r', status: 'fail', message: 'broke <here>' }),
        check({ area: 'bank', name: 'i', level: 'info', status: 'fail', message: 'meh' }),
        check({ area: 'bank', name: 'n', status: 'not-applicable', message: 'local sandbox' }),
      ]),
    );
    assert.equal(xml.match(/<testcase /g)?.length, 3);
    assert.match(xml, /<failure message="broke &lt;here&gt;"/);
    assert.equal(xml.match(/<skipped /g)?.length, 2);
    assert.match(xml, /tests="3" failures="1" errors="0" skipped="2"/);
  });
});
