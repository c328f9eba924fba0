import { fail, pass } from '../runner';
import type { Evidence, Outcome } from '../types';
import { heardLine, type Heard } from './voice';

/** A rule for one turn: a problem, or undefined when the turn is fine. */
export type Rule = (heard: Heard) => string | undefined;

/** Evidence for a set of turns: what was said, and one line per answer. */
export function turnsEvidence(heard: readonly Heard[], notes: readonly string[] = []): Evidence {
  const texts = [...new Set(heard.map((h) => `"${h.text}"`))].join(', ');
  return { request: `said on Alexa and Dialogflow (simulator): ${texts}`, notes: [...heard.map(heardLine), ...notes] };
}

/** Passes when every turn meets every rule; otherwise fails naming the first problem. */
export function judge(
  heard: readonly Heard[],
  rules: readonly Rule[],
  message: string,
  notes: readonly string[] = [],
): Outcome {
  const evidence = turnsEvidence(heard, notes);
  if (heard.length === 0) return fail('nothing was said', evidence);
  for (const turn of heard) {
    for (const rule of rules) {
      const problem = rule(turn);
      if (problem !== undefined) return fail(`${turn.platform} "${turn.text}": ${problem}`, evidence);
    }
  }
  return pass(message, evidence);
}

/** HTTP 200 with something said. */
export const answered: Rule = (h) =>
  h.status !== 200 ? `HTTP ${h.status}` : h.reply.speech.trim() === '' ? 'nothing was said' : undefined;
/** The session stays open (Alexa: with a reprompt; Dialogflow has none and keeps listening). */
export const staysOpen: Rule = (h) => {
  if (h.reply.endSession) return 'the session ended';
  return h.platform === 'alexa' && !h.reply.reprompt ? 'no reprompt' : undefined;
};
/** The session ends, without a reprompt. */
export const ends: Rule = (h) =>
  !h.reply.endSession ? 'the session stayed open' : h.reply.reprompt ? 'a reprompt on a closing answer' : undefined;
/** The speech ends with a question. */
export const asks: Rule = (h) =>
  /\?\s*$/.test(h.reply.speech) ? undefined : 'the speech does not end with a question';

/** Words that betray an error leaking into speech. */
const LEAK = /\b(error|exception|undefined|null|NaN|stack|TypeError|BankError|ECONN[A-Z]+|ETIMEDOUT)\b|\bat \S+ \(/;
/** Polite: complete sentences, nothing technical. */
export const polite: Rule = (h) => {
  if (LEAK.test(h.reply.speech)) return 'technical words in the speech';
  return /[.?!]["']?\s*$/.test(h.reply.speech) ? undefined : 'the speech is not a complete sentence';
};
/** Answered before the platform deadline. */
export const within =
  (ms: number): Rule =>
  (h) =>
    h.ms < ms ? undefined : `answered after ${ms / 1000} s`;
