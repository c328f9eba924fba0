import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIALOGS_DIR } from '../../certify/skill/golden';
import { clockForDay, type Clock } from '../../shared/clock';
import { Conversation } from '../../simulator/conversation';
import { posterFor, startEmbedded } from '../../simulator/service';
import { readTranscript } from '../../simulator/transcript';
import { testClock } from '../support/clock';
import { startTestService } from '../support/service';
import { readFacts } from './facts';
import { alexa } from './platforms';
import { runScenario } from './runner';
import { SCENARIOS } from './scenarios';

/**
 * Issue 14: answers short enough for a speaker. Every answer of the scenario list and the golden
 * dialogs is counted in words; the distribution per intent is printed, and the limits asserted:
 * one account's balance in about 20 words, several in about 45, and every answer under 30 seconds.
 */

/** Speech runs about 150 words a minute, so 30 seconds hold about 75 words. */
export const MAX_WORDS = 75;
export const ONE_BALANCE_WORDS = 22;
export const SEVERAL_BALANCES_WORDS = 45;

const ZONE = 'America/New_York';
const DIR = DIALOGS_DIR;

/** Words of plain spoken text: "$1,254.30" is one, digits said one by one count each. */
export function wordsOf(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

interface Said {
  readonly intent: string;
  readonly text: string;
  readonly from: string;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

function report(said: readonly Said[]): string {
  const byIntent = new Map<string, number[]>();
  for (const { intent, text } of said) byIntent.set(intent, [...(byIntent.get(intent) ?? []), wordsOf(text)]);
  byIntent.set(
    '(all)',
    said.map(({ text }) => wordsOf(text)),
  );
  const rows = [...byIntent.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([intent, counts]) => {
      const sorted = [...counts].sort((a, b) => a - b);
      return `  ${intent.padEnd(22)} n=${String(sorted.length).padStart(3)}  min ${String(sorted[0] ?? 0).padStart(3)}  median ${String(quantile(sorted, 0.5)).padStart(3)}  p95 ${String(quantile(sorted, 0.95)).padStart(3)}  max ${String(sorted.at(-1) ?? 0).padStart(3)}`;
    });
  return ['words per answer (scenario list + golden dialogs, Alexa):', ...rows].join('\n');
}

async function scenarioAnswers(): Promise<Said[]> {
  const service = await startTestService();
  try {
    const facts = await readFacts(service.bankUrl, ['demo-alex', 'demo-sam', 'demo-kim']);
    const said: Said[] = [];
    for (const scenario of SCENARIOS.filter((s) => !s.only || s.only === 'alexa')) {
      const heard = await runScenario(alexa, scenario, service.url, facts);
      heard.forEach((reply, index) =>
        said.push({ intent: scenario.turns[index]?.ask.intent ?? '?', text: reply.text, from: scenario.name }),
      );
    }
    return said;
  } finally {
    await service.close();
  }
}

async function dialogAnswers(): Promise<Said[]> {
  const said: Said[] = [];
  for (const file of readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const transcript = readTranscript(join(DIR, file));
    const clock: Clock =
      process.env.TEST_NOW === undefined && transcript.recordedOn
        ? clockForDay(transcript.recordedOn, ZONE)
        : testClock();
    const target = await startEmbedded(ZONE, clock, transcript.pinPolicy ?? 'off');
    try {
      const talk = new Conversation({
        platform: 'alexa',
        post: posterFor(target),
        zone: ZONE,
        clock,
        locale: transcript.locale,
        ...(transcript.token ? { token: transcript.token } : {}),
      });
      for (const turn of transcript.turns) {
        if (talk.ended) break;
        const { reply, understanding } = await talk.say(turn.user);
        said.push({ intent: understanding.intent.id, text: reply.speech, from: `${file}: ${turn.user}` });
      }
    } finally {
      await target.close();
    }
  }
  return said;
}

describe('answers are short enough for a speaker (issue 14)', function () {
  this.timeout(120_000);
  let said: Said[] = [];

  before(async () => {
    said = [...(await scenarioAnswers()), ...(await dialogAnswers())];
    console.log(report(said));
  });

  it('counts words as a listener hears them', () => {
    assert.equal(wordsOf('Everyday checking ending in 4821 has $3,165.52 available.'), 8);
    assert.equal(wordsOf(''), 0);
  });

  it('heard answers from both the scenario list and the golden dialogs', () => {
    assert.ok(said.length > 80, `only ${said.length} answers`);
    assert.ok(said.some(({ from }) => from.includes('.json:')) && said.some(({ from }) => !from.includes('.json:')));
  });

  it(`keeps every answer under 30 seconds of speech (${MAX_WORDS} words)`, () => {
    const long = said
      .filter(({ text }) => wordsOf(text) > MAX_WORDS)
      .map(({ from, text }) => `${from} (${wordsOf(text)}): ${text}`);
    assert.deepEqual(long, []);
  });

  it(`says one account's balance in about 20 words, several in about 45`, () => {
    // Balance answers: the ones that say an amount (linking and failure replies are other answers).
    const balances = said.filter(({ intent, text }) => intent === 'getBalance' && /\$\d/.test(text));
    assert.ok(balances.length >= 5);
    const tooLong = balances.filter(
      ({ text }) =>
        wordsOf(text) > (/^You have \d+ accounts|^I can see/.test(text) ? SEVERAL_BALANCES_WORDS : ONE_BALANCE_WORDS),
    );
    assert.deepEqual(
      tooLong.map(({ from, text }) => `${from} (${wordsOf(text)}): ${text}`),
      [],
    );
  });
});
