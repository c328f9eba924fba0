import { INTENTS } from '../../interaction-models/catalogue/intents';
import { intentText, type CatalogueLocale } from '../../interaction-models/catalogue/locale';
import { sampleParts } from '../../interaction-models/catalogue/sample';
import type { CatalogueIntent, SlotDef } from '../../interaction-models/catalogue/types';
import { toWords } from './words';

/** A sample compiled for matching: literal words and slots, in order. */
export type Token =
  | { readonly kind: 'word'; readonly word: string }
  | { readonly kind: 'slot'; readonly slot: SlotDef };

/** A compiled sample of one intent. */
export interface Template {
  readonly intent: CatalogueIntent;
  readonly sample: string;
  readonly tokens: readonly Token[];
  /** The literal words, for counting and overlap. */
  readonly literals: readonly string[];
  /** Position in the catalogue: the last tie-breaker, so results never depend on luck. */
  readonly order: number;
}

/** Longest text a slot may take; longer captures are not what a platform would hear as one value. */
export const MAX_SLOT_WORDS = 6;

function compile(intent: CatalogueIntent, sample: string, order: number): Template {
  const tokens = sampleParts(sample).flatMap((part): Token[] => {
    if (part.kind === 'text') return toWords(part.text).map((word) => ({ kind: 'word', word }));
    const slot = intent.slots.find((candidate) => candidate.name === part.name);
    if (!slot) throw new Error(`${intent.id}: "${sample}" uses undeclared {${part.name}}`);
    return [{ kind: 'slot', slot }];
  });
  const literals = tokens.flatMap((token) => (token.kind === 'word' ? [token.word] : []));
  return { intent, sample, tokens, literals, order };
}

/** Every sample of the locale as a template, in catalogue order. */
export function compileTemplates(locale: CatalogueLocale): Template[] {
  let order = 0;
  return INTENTS.flatMap((intent) =>
    intentText(locale, intent.id).samples.map((sample) => compile(intent, sample, order++)),
  );
}

/** Slot name → the words it captured. */
export type Captures = ReadonlyMap<string, readonly string[]>;

/**
 * Every way the words fit the template exactly: literals equal, each slot taking one to
 * MAX_SLOT_WORDS words. Adjacent slots ("{merchant} {date}") can split in several places.
 */
export function exactSplits(tokens: readonly Token[], words: readonly string[]): Captures[] {
  const found: Captures[] = [];
  const walk = (ti: number, wi: number, captures: Map<string, readonly string[]>): void => {
    const token = tokens[ti];
    if (!token) {
      if (wi === words.length) found.push(new Map(captures));
      return;
    }
    if (token.kind === 'word') {
      if (words[wi] === token.word) walk(ti + 1, wi + 1, captures);
      return;
    }
    for (let end = wi + 1; end <= Math.min(words.length, wi + MAX_SLOT_WORDS); end += 1) {
      captures.set(token.slot.name, words.slice(wi, end));
      walk(ti + 1, end, captures);
      captures.delete(token.slot.name);
    }
  };
  walk(0, 0, new Map());
  return found;
}
