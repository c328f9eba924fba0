/**
 * The intent catalogue: every intent, slot and sample utterance of both voice platforms, in one
 * place. `npm run models` generates the Alexa model and the Dialogflow agent from it; the offline
 * simulator understands typed text with it.
 */
export { CATALOGUE, INTENTS, intentById, type IntentId } from './intents';
export { CUSTOM_TYPES, CUSTOM_TYPE_IDS, SLOTS, isCustomType } from './slots';
export { LOCALES, localeCatalogue } from './locales';
export { intentText, type CatalogueLocale, type LocaleIntentText, type SlotExample, type SlotValue } from './locale';
export type * from './types';
