import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunContext } from '../context';
import { repoRoot } from '../paths';
import { ANSWER_DEADLINE_MS } from '../options';
import { formatMs } from '../report/format';
import { fail } from '../runner';
import type { CheckSpec } from '../types';
import { answered, judge, polite, within, type Rule } from './judge';
import { PLATFORMS, type Heard, type Voice } from './voice';

/** The Alexa skill manifest (ASK CLI skill package). */
const SKILL_JSON = join(repoRoot(), 'interaction-models', 'alexa', 'skill-package', 'skill.json');

/** Questions that make the service call the bank. */
export const BANK_QUESTIONS = [
  "what's my balance",
  'what accounts do I have',
  'what are my recent transactions',
  'how much did I spend last month',
];

const understood: Rule = (h) =>
  h.intentId === 'fallback' ? 'the simulator did not understand it (fallback)' : undefined;
const skill = (name: string, run: CheckSpec['run']): CheckSpec => ({ name, area: 'skill', level: 'required', run });

/** `examplePhrases` of the en-US listing in skill.json. */
export function examplePhrases(path = SKILL_JSON): string[] {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    manifest?: { publishingInformation?: { locales?: Record<string, { examplePhrases?: unknown }> } };
  };
  const phrases = manifest.manifest?.publishingInformation?.locales?.['en-US']?.examplePhrases;
  return Array.isArray(phrases) ? phrases.filter((p): p is string => typeof p === 'string') : [];
}

/** Each phrase, in a new conversation, on each platform. */
async function askAll(voice: Voice, token: string | undefined, texts: readonly string[]): Promise<Heard[]> {
  const runs = texts.flatMap((text) => PLATFORMS.map((platform) => voice.dialog(platform, token, [text])));
  return (await Promise.all(runs)).flat();
}

/** The example phrases of the skill listing land on an intent and get an answer. */
export function examplePhrasesCheck(ctx: RunContext, voice: Voice): CheckSpec {
  return skill('the example phrases of skill.json resolve and get an answer', async () => {
    const phrases = examplePhrases();
    if (phrases.length === 0) return fail('skill.json lists no en-US examplePhrases');
    return judge(
      await askAll(voice, ctx.settings.token, phrases),
      [understood, answered],
      `${phrases.length} phrase(s) understood and answered on both platforms`,
    );
  });
}

/** Questions that reach the bank get a polite answer (data or an apology) before the platform deadline. */
export function bankQuestionsCheck(ctx: RunContext, voice: Voice): CheckSpec {
  return skill('answers bank questions politely and in time', async () => {
    const heard = await askAll(voice, ctx.settings.token, BANK_QUESTIONS);
    const apologies = heard.filter((h) => /^sorry\b/i.test(h.reply.speech)).length;
    return judge(
      heard,
      [understood, answered, polite, within(ANSWER_DEADLINE_MS)],
      `every answer polite and under ${formatMs(ANSWER_DEADLINE_MS)} (slowest ${formatMs(Math.max(...heard.map((h) => h.ms)))})`,
      [`${apologies} of ${heard.length} answers apologised instead of answering`],
    );
  });
}

/** How the slow-bank check makes the bank slow. */
export interface SlowBank {
  readonly voice: Voice;
  readonly token: string;
  /** A sentence for the evidence: how the slowness is produced. */
  readonly how: string;
}

/** With a bank slower than the turn deadline, the user still hears a polite answer in time. */
export function slowBankCheck(ctx: RunContext, slow: SlowBank): CheckSpec {
  const { bankTimeoutMs, turnDeadlineMs } = ctx.settings;
  const notes = [
    slow.how,
    `BANK_TIMEOUT_MS ${formatMs(bankTimeoutMs)}, TURN_DEADLINE_MS ${formatMs(turnDeadlineMs)}, platform deadline ${formatMs(ANSWER_DEADLINE_MS)}`,
  ];
  return skill('answers within the deadline when the bank is slow', async () => {
    const heard = await askAll(slow.voice, slow.token, ["what's my balance"]);
    return judge(
      heard,
      [answered, polite, within(ANSWER_DEADLINE_MS)],
      `a polite answer in ${formatMs(Math.max(...heard.map((h) => h.ms)))} at worst`,
      notes,
    );
  });
}
