import { INTENTS } from '../catalogue/intents';
import type { CatalogueLocale } from '../catalogue/locale';
import { CUSTOM_TYPE_IDS, CUSTOM_TYPES } from '../catalogue/slots';
import type { CustomSlotType } from '../catalogue/types';
import { stableId } from './uuid';

/** `agent.json`: the agent's settings; the webhook URL and secret are placeholders to fill in. */
export function agentJson(locales: readonly [CatalogueLocale, ...CatalogueLocale[]]): Record<string, unknown> {
  return {
    description:
      'voicebank: balances, spending, transactions, pending items and card payments from your bank (FDX API). ' +
      'Fulfillment by the voicebank webhook.',
    language: locales[0].dialogflowLanguage,
    shortDescription: 'Voice banking',
    examples: '',
    linkToDocs: '',
    displayName: 'voicebank',
    disableInteractionLogs: true,
    disableStackdriverLogs: true,
    defaultTimezone: 'America/New_York',
    webhook: {
      url: 'https://FILL-ME.example.com/google',
      username: '',
      headers: { 'x-voicebank-secret': 'FILL-ME-with-DIALOGFLOW_SECRET' },
      available: true,
      useForDomains: false,
      cloudFunctionsEnabled: false,
      cloudFunctionsInitialized: false,
    },
    isPrivate: true,
    customClassifierMode: 'use.after',
    mlMinConfidence: 0.3,
    supportedLanguages: locales.slice(1).map((locale) => locale.dialogflowLanguage),
    enableOnePlatformApi: true,
    onePlatformApiVersion: 'v2',
    analyzeQueryTextSentiment: false,
    enabledKnowledgeBaseNames: [],
    knowledgeServiceConfidenceAdjustment: -0.4,
    dialogBuilderMode: false,
    baseActionPackagesUrl: '',
    enableSpellCorrection: false,
  };
}

/** The custom types some Dialogflow intent uses, in catalogue order. */
export function agentEntityTypes(): CustomSlotType[] {
  const used = new Set<string>(
    INTENTS.flatMap((intent) => (intent.dialogflow ? intent.slots.map((slot) => slot.type) : [])),
  );
  return CUSTOM_TYPE_IDS.filter((type) => used.has(type));
}

/** `entities/<name>.json`. Open-ended types accept values beyond the list (automated expansion). */
export function entityJson(type: CustomSlotType): Record<string, unknown> {
  const { dialogflow: name, openEnded } = CUSTOM_TYPES[type];
  return {
    id: stableId('entity', name),
    name,
    isOverridable: true,
    isEnum: false,
    isRegexp: false,
    automatedExpansion: openEnded,
    allowFuzzyExtraction: false,
  };
}

/** `entities/<name>_entries_<lang>.json`: Dialogflow wants the reference value among its own synonyms. */
export function entriesJson(
  type: CustomSlotType,
  locale: CatalogueLocale,
): Array<{ value: string; synonyms: string[] }> {
  return locale.values[type].map(({ value, synonyms }) => ({ value, synonyms: [value, ...synonyms] }));
}
