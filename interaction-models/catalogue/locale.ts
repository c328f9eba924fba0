import type { IntentId } from './intents';
import type { BuiltInSlotType, CustomSlotType, ParameterName } from './types';

/** What people say for one intent in one language. */
export interface LocaleIntentText {
  /**
   * Phrasings, lower case except names, `{slot}` where a slot goes; both platforms train on them.
   * `{slot|example}` fixes the value Dialogflow's training phrase shows (Alexa gets `{slot}`).
   * For an Alexa built-in these are what Amazon's own intent already understands.
   */
  readonly samples: readonly string[];
  /** For an Alexa built-in: which of `samples` to add to Amazon's own (usually none). */
  readonly alexaExtensions?: readonly string[];
}

/** One value of a custom slot type: the canonical value the adapters receive, and other ways to say it. */
export interface SlotValue {
  readonly value: string;
  readonly synonyms: readonly string[];
}

/**
 * An example filler for a built-in slot in Dialogflow training phrases. `parameter` picks the
 * parameter when a slot has several (a day is `date`, a month `datePeriod`); `after` restricts
 * the example to samples where the slot follows that word ("on {date}" → "Monday").
 */
export interface SlotExample {
  readonly text: string;
  readonly parameter?: ParameterName;
  readonly after?: string;
}

/** Everything one language contributes to the models. A language without a file is not generated. */
export interface CatalogueLocale {
  /** BCP 47, as Alexa names its model files: `en-US`. */
  readonly locale: string;
  /** Dialogflow's language code for it: `en` (the agent's default), `en-gb`, `de`. */
  readonly dialogflowLanguage: string;
  /** Alexa invocation name: two or more lower-case words. */
  readonly invocationName: string;
  readonly intents: Readonly<Record<IntentId, LocaleIntentText>>;
  readonly values: Readonly<Record<CustomSlotType, readonly SlotValue[]>>;
  readonly examples: Readonly<Record<BuiltInSlotType, readonly SlotExample[]>>;
}

/** The locale's text for a catalogue intent id; throws for an id the catalogue does not have. */
export function intentText(locale: CatalogueLocale, id: string): LocaleIntentText {
  const byId: Readonly<Record<string, LocaleIntentText>> = locale.intents;
  const text = Object.hasOwn(byId, id) ? byId[id] : undefined;
  if (!text) throw new Error(`${locale.locale} has no samples for ${id}`);
  return text;
}
