import type { CatalogueIntent } from '../../interaction-models/catalogue/types';
import type { Fill } from './slot-fill';

/** One reading of an utterance: an intent, what its slots were filled with, and how sure we are. */
export interface Candidate {
  readonly intent: CatalogueIntent;
  readonly fills: ReadonlyMap<string, Fill>;
  /** The sample it matched, or came closest to. */
  readonly sample: string;
  readonly how: 'sample' | 'overlap';
  /** Words taken as custom values no list knows (a guess, as a platform would make). */
  readonly guessedWords: number;
  /** Literal sample words matched. */
  readonly literals: number;
  /** Words slots took. */
  readonly capturedWords: number;
  /** For overlap matches: 0 to 1, how well the words agree with the sample. */
  readonly agreement: number;
  readonly order: number;
}

/**
 * Orders candidates best first: exact over overlap; then fewer guessed words, more literal words,
 * fewer captured words (a template that explains more of the utterance itself wins); then better
 * agreement; then catalogue order.
 */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    (a.how === b.how ? 0 : a.how === 'sample' ? -1 : 1) ||
    a.guessedWords - b.guessedWords ||
    b.literals - a.literals ||
    a.capturedWords - b.capturedWords ||
    b.agreement - a.agreement ||
    a.order - b.order
  );
}
