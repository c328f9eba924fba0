import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSimulator } from '../../simulator/main';
import { readTranscript } from '../../simulator/transcript';

/** Runs the CLI in-process and returns its exit code and everything it printed. */
async function simulate(...argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runSimulator(argv, {}, (text) => lines.push(text));
  return { code, out: lines.join('\n') };
}

describe('npm run simulate', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'voicebank-simulate-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('answers one utterance on Alexa, prints speech, reprompt and card, and exits 0', async () => {
    const { code, out } = await simulate("what's my checking balance");
    assert.equal(code, 0);
    assert.match(out, /^Everyday checking ending in 4821 has \$[\d,]+\.\d\d available\./);
    assert.match(out, /reprompt: /);
    assert.match(out, /card: Your balance/);
  });

  it('sends the Dialogflow WebhookRequest with --platform google and shows the raw JSON with --json', async () => {
    const { code, out } = await simulate(
      '--platform',
      'google',
      '--json',
      '--explain',
      'how much did I spend at Starbucks last month',
    );
    assert.equal(code, 0);
    assert.match(out, /\[Spending merchant=Starbucks date=\d{4}-\d{2}\] \(sample\)/);
    assert.match(out, /"displayName": "Spending"/);
    assert.match(out, /"datePeriod": \{\s+"startDate": "\d{4}-\d{2}-01T00:00:00[-+]\d{2}:\d{2}"/);
    assert.match(out, /"fulfillmentText": "(Last month, in \w+, you spent|I didn't find)/);
  });

  it('asks an unlinked user to link, and records the dialog as a transcript that replays', async () => {
    const path = join(dir, 'unlinked.json');
    const { code, out } = await simulate('--unlinked', '--record', path, 'open my bank');
    assert.equal(code, 0);
    assert.match(out, /link your bank account/);
    assert.match(out, /card: \[link your account\]/);
    const transcript = readTranscript(path);
    assert.equal(transcript.token, undefined);
    assert.equal(transcript.turns[0]?.user, 'open my bank');
    assert.equal((await simulate('--replay', path)).code, 0);
  });

  it('fails a replay whose reply changed, with a readable diff', async () => {
    const path = join(dir, 'changed.json');
    writeFileSync(
      path,
      JSON.stringify({
        token: 'demo-alex',
        locale: 'en-US',
        turns: [{ user: 'help', reply: '/^You have 12 accounts/' }],
      }),
    );
    const { code, out } = await simulate('--replay', path, '--platform', 'google');
    assert.equal(code, 1);
    assert.match(
      out,
      /1 turn\(s\) differ\nturn 1, user: help\n {2}- expected: \/\^You have 12 accounts\/\n {2}\+ actual: {3}You can ask/,
    );
    assert.ok(readFileSync(path, 'utf8').includes('12 accounts'));
  });

  it('refuses unknown options and locales without a catalogue with exit code 2 and the usage', async () => {
    for (const argv of [
      ['--platform', 'cortana', 'hi'],
      ['--locale', 'de-DE', 'hallo'],
      ['--zone', 'Mars/Olympus', 'hi'],
    ]) {
      const { code, out } = await simulate(...argv);
      assert.equal(code, 2, argv.join(' '));
      assert.match(out, /Usage: npm run simulate/);
    }
  });
});
