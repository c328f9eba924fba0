import { INTENTS } from '../catalogue/intents';
import { intentText, type CatalogueLocale, type SlotValue } from '../catalogue/locale';
import { plainSample } from '../catalogue/sample';
import { CUSTOM_TYPE_IDS, CUSTOM_TYPES } from '../catalogue/slots';
import type { CatalogueIntent } from '../catalogue/types';

/** An intent of an Alexa interaction model (ASK CLI `interactionModels/custom/<locale>.json`). */
export interface AlexaModelIntent {
  readonly name: string;
  readonly slots?: ReadonlyArray<{ readonly name: string; readonly type: string }>;
  readonly samples: readonly string[];
}

/** A custom slot type with its values. */
export interface AlexaSlotType {
  readonly name: string;
  readonly values: ReadonlyArray<{ readonly name: { readonly value: string; readonly synonyms?: readonly string[] } }>;
}

/** The whole file, as the ASK CLI deploys it. */
export interface AlexaModel {
  readonly interactionModel: {
    readonly languageModel: {
      readonly invocationName: string;
      readonly intents: AlexaModelIntent[];
      readonly types: AlexaSlotType[];
    };
  };
}

/** Built-ins get only the samples we add to Amazon's own; custom intents get all of theirs. */
function modelIntent(
  intent: CatalogueIntent,
  name: string,
  builtIn: boolean,
  locale: CatalogueLocale,
): AlexaModelIntent {
  const text = intentText(locale, intent.id);
  if (builtIn) return { name, samples: (text.alexaExtensions ?? []).map(plainSample) };
  return {
    name,
    slots: intent.slots.map((slot) => ({ name: slot.name, type: slot.type })),
    samples: text.samples.map(plainSample),
  };
}

function slotType(type: (typeof CUSTOM_TYPE_IDS)[number], values: readonly SlotValue[]): AlexaSlotType {
  return {
    name: CUSTOM_TYPES[type].alexa,
    values: values.map(({ value, synonyms }) => ({
      name: { value, ...(synonyms.length > 0 ? { synonyms: [...synonyms] } : {}) },
    })),
  };
}

/** The Alexa interaction model of one locale, from the catalogue; the same input gives the same output. */
export function alexaModel(locale: CatalogueLocale): AlexaModel {
  const intents: AlexaModelIntent[] = [];
  for (const intent of INTENTS) {
    if (intent.alexa?.kind === 'intent')
      intents.push(modelIntent(intent, intent.alexa.name, intent.alexa.builtIn, locale));
  }
  const used = new Set<string>(
    INTENTS.flatMap((intent) => (intent.alexa?.kind === 'intent' ? intent.slots.map((slot) => slot.type) : [])),
  );
  const types = CUSTOM_TYPE_IDS.filter((type) => used.has(type)).map((type) => slotType(type, locale.values[type]));
  return { interactionModel: { languageModel: { invocationName: locale.invocationName, intents, types } } };
}
