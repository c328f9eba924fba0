import type { DateTime } from 'luxon';
import type { SlotDef } from '../../interaction-models/catalogue/types';
import type { Candidate } from './candidate';
import { fillSlot, isGuess, type Fill, type Vocabulary } from './slot-fill';
import { MAX_SLOT_WORDS, type Template } from './templates';
import { FILLERS, FUNCTION_WORDS } from './words';

/** How well the words must agree with a sample (F1 of shared words and slots) to be taken as meaning it. */
export const MIN_AGREEMENT = 0.6;
/** Samples with fewer literal words than this are matched exactly or not at all. */
const MIN_LITERALS = 2;

const IRREGULAR: Readonly<Record<string, string>> = {
  spent: 'spend',
  bought: 'buy',
  paid: 'pay',
  got: 'get',
  went: 'go',
};

/** A rough stem, so "spent" meets "spend" and "transactions" meets "transaction". */
function stem(word: string): string {
  const irregular = Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
  if (irregular) return irregular;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

interface Scan {
  readonly fills: ReadonlyMap<string, Fill>;
  readonly rest: readonly string[];
}

/** The first span of `length` free words that is a known value of the slot, avoiding `avoid` words if it can. */
function findSpan(
  words: readonly string[],
  used: readonly boolean[],
  slot: SlotDef,
  length: number,
  avoid: ReadonlySet<string>,
  ctx: ScanContext,
) {
  for (const strict of [true, false]) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const span = words.slice(start, start + length);
      if (used.slice(start, start + length).some(Boolean) || (strict && span.some((word) => avoid.has(word)))) continue;
      const fill = ctx.fill(slot, start, span);
      if (fill && !isGuess(fill)) return { start, fill };
    }
  }
  return undefined;
}

interface ScanContext {
  /** The slot's value for the span starting at `start`; remembered, as every sample of an intent asks again. */
  fill(slot: SlotDef, start: number, span: readonly string[]): Fill | undefined;
}

function scanContext(vocabulary: Vocabulary, today: DateTime): ScanContext {
  const seen = new Map<string, Fill | undefined>();
  return {
    fill(slot, start, span) {
      const key = `${slot.name}|${start}|${span.length}`;
      if (!seen.has(key)) seen.set(key, fillSlot(slot, span, vocabulary, today));
      return seen.get(key);
    },
  };
}

/**
 * Finds values of the intent's slots anywhere in the words (known values only), longest first,
 * preferring words the sample does not itself use ("credit" in "available credit" is not the
 * account); returns the fills and the words left over.
 */
function scanSlots(words: readonly string[], template: Template, ctx: ScanContext): Scan {
  const used = new Array<boolean>(words.length).fill(false);
  const avoid = new Set(template.literals);
  const fills = new Map<string, Fill>();
  for (const slot of template.intent.slots) {
    for (let length = Math.min(MAX_SLOT_WORDS, words.length); length >= 1; length -= 1) {
      const found = findSpan(words, used, slot, length, avoid, ctx);
      if (!found) continue;
      fills.set(slot.name, found.fill);
      used.fill(true, found.start, found.start + length);
      break;
    }
  }
  return { fills, rest: words.filter((_, index) => !used[index]) };
}

/** Function words are weaker evidence than content words and slots. */
const weight = (word: string): number => (FUNCTION_WORDS.has(word) ? 0.5 : 1);
const total = (words: Iterable<string>): number => [...words].reduce((sum, word) => sum + weight(word), 0);

/**
 * Weighted F1 of the sample's words and slots against the utterance's words and found slots; a
 * slot counts as one word, matched when it was filled. `content` counts shared evidence beyond
 * function words: at least one is needed.
 */
function agreement(template: Template, scan: Scan): { score: number; content: number } {
  const slots = template.tokens.flatMap((token) => (token.kind === 'slot' ? [`{${token.slot.name}}`] : []));
  const want = new Set([...template.literals.map(stem), ...slots]);
  const words = scan.rest.map(stem).filter((word) => want.has(word) || !FILLERS.has(word));
  const have = new Set([...words, ...[...scan.fills.keys()].map((name) => `{${name}}`)]);
  const shared = [...want].filter((word) => have.has(word));
  const content = shared.filter((word) => !FUNCTION_WORDS.has(word)).length;
  if (shared.length === 0) return { score: 0, content };
  const recall = total(shared) / total(want);
  const precision = total(shared) / total(have);
  return { score: (2 * recall * precision) / (recall + precision), content };
}

/**
 * The word-overlap fallback for phrasings no sample has: for each intent, slot values are found
 * wherever they are, and the rest is compared with each of its samples.
 */
export function overlapCandidates(
  words: readonly string[],
  templates: readonly Template[],
  vocabulary: Vocabulary,
  today: DateTime,
): Candidate[] {
  const found: Candidate[] = [];
  const context = scanContext(vocabulary, today);
  for (const template of templates) {
    // "my {account}" is too thin to guess from: it shares only a slot and "my" with "temporarily
    // disable my card", and a platform would not hear that as picking an account.
    if (template.literals.length < MIN_LITERALS) continue;
    const scan = scanSlots(words, template, context);
    const { score, content } = agreement(template, scan);
    if (content === 0 || score < MIN_AGREEMENT) continue;
    found.push({
      intent: template.intent,
      fills: scan.fills,
      sample: template.sample,
      how: 'overlap',
      guessedWords: 0,
      literals: 0,
      capturedWords: 0,
      agreement: score,
      order: template.order,
    });
  }
  return found.sort((a, b) => b.agreement - a.agreement || a.order - b.order);
}
