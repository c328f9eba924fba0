import type { DateTime } from 'luxon';
import { actionInWords } from '../../shared/banking/action-guard';
import type { RefusedAction } from '../../shared/speech/messages';
import { intentById, type IntentId } from '../../interaction-models/catalogue/intents';
import type { CatalogueLocale } from '../../interaction-models/catalogue/locale';
import type { CatalogueIntent } from '../../interaction-models/catalogue/types';
import { compareCandidates } from './candidate';
import { exactCandidates } from './exact';
import { overlapCandidates } from './overlap';
import { Vocabulary, type Fill } from './slot-fill';
import { compileTemplates, type Template } from './templates';
import { toWords } from './words';

/** What the simulator made of a typed utterance. */
export interface Understanding {
  readonly intent: CatalogueIntent;
  /** Slot name → value; only slots that were heard. */
  readonly fills: ReadonlyMap<string, Fill>;
  /** `sample`: matched one exactly; `overlap`: close to one; `nothing`: fell back. */
  readonly how: 'sample' | 'overlap' | 'nothing';
  readonly sample?: string;
  /** The words after the wake word and invocation were taken off. */
  readonly words: readonly string[];
}

const WAKE_WORDS = [['alexa'], ['hey', 'google'], ['ok', 'google'], ['okay', 'google']];
const CONNECTORS = new Set(['to', 'for', 'about', 'if', 'whether']);

/** The catalogue intent that refuses each action the core's guard recognises in free words. */
const REFUSAL_INTENT: Readonly<Record<Exclude<RefusedAction, 'move'>, IntentId>> = {
  card: 'cardControl',
  lost: 'lostCard',
  dispute: 'dispute',
  send: 'sendMoney',
  change: 'changeDetails',
  person: 'talkToPerson',
};

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((word, index) => words[index] === word);
}

/**
 * "Alexa, ask my bank for my balance" → "my balance". Returns undefined for a bare "ask my bank",
 * which opens the skill.
 */
export function stripInvocation(
  words: readonly string[],
  invocation: readonly string[],
): readonly string[] | undefined {
  const wake = WAKE_WORDS.find((prefix) => startsWith(words, prefix));
  const rest = wake ? words.slice(wake.length) : words;
  const verb = rest[0];
  if ((verb !== 'ask' && verb !== 'tell') || !startsWith(rest.slice(1), invocation)) return rest;
  const after = rest.slice(1 + invocation.length);
  const question = CONNECTORS.has(after[0] ?? '') ? after.slice(1) : after;
  return question.length > 0 ? question : undefined;
}

/**
 * Offline language understanding against the catalogue's samples: an exact sample match with
 * valid slot values first, then a word-overlap guess, else the fallback intent — as a platform's
 * model would, only simpler and predictable.
 */
export class Understander {
  private readonly templates: readonly Template[];
  private readonly vocabulary: Vocabulary;
  private readonly invocation: readonly string[];

  /** `today` is asked on every utterance, in the user's zone. */
  constructor(
    locale: CatalogueLocale,
    private readonly today: () => DateTime,
  ) {
    this.templates = compileTemplates(locale);
    this.vocabulary = new Vocabulary(locale);
    this.invocation = toWords(locale.invocationName);
  }

  understand(text: string): Understanding {
    const stripped = stripInvocation(toWords(text), this.invocation);
    if (stripped === undefined) return { intent: intentById('welcome'), fills: new Map(), how: 'sample', words: [] };
    const today = this.today();
    const exact = exactCandidates(stripped, this.templates, this.vocabulary, today).sort(compareCandidates);
    const guesses = exact.length > 0 ? [] : overlapCandidates(stripped, this.templates, this.vocabulary, today);
    // A guess, not a sample: action words ("freeze", "stolen", "didn't make") outweigh the rest, as a
    // trained model weighs them, so "what's my balance and freeze my card" is heard as card control.
    const action = exact.length > 0 ? undefined : actionInWords(stripped.join(' '));
    if (action && action !== 'move') {
      const id = REFUSAL_INTENT[action];
      const refusal = guesses.find((candidate) => candidate.intent.id === id);
      if (refusal)
        return {
          intent: refusal.intent,
          fills: refusal.fills,
          how: 'overlap',
          sample: refusal.sample,
          words: stripped,
        };
      return { intent: intentById(id), fills: new Map(), how: 'overlap', words: stripped };
    }
    const best = exact[0] ?? guesses[0];
    if (!best) return { intent: intentById('fallback'), fills: new Map(), how: 'nothing', words: stripped };
    return { intent: best.intent, fills: best.fills, how: best.how, sample: best.sample, words: stripped };
  }
}
