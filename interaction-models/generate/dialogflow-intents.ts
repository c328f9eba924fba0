import { INTENTS } from '../catalogue/intents';
import { intentText, type CatalogueLocale } from '../catalogue/locale';
import type { CatalogueIntent, DialogflowParameter, DialogflowTarget } from '../catalogue/types';
import { annotate, ExampleRotation, type PhrasePart } from './annotate';
import { stableId } from './uuid';

/** One Dialogflow intent and the catalogue entries that feed it (Yes gathers yes, more and next). */
export interface AgentIntent {
  readonly target: DialogflowTarget;
  readonly entries: readonly CatalogueIntent[];
}

/** The agent's intents in catalogue order, entries sharing a display name merged. */
export function agentIntents(): AgentIntent[] {
  const byName = new Map<string, { target: DialogflowTarget; entries: CatalogueIntent[] }>();
  for (const entry of INTENTS) {
    if (!entry.dialogflow) continue;
    const found = byName.get(entry.dialogflow.name);
    if (found) found.entries.push(entry);
    else byName.set(entry.dialogflow.name, { target: entry.dialogflow, entries: [entry] });
  }
  return [...byName.values()];
}

/** Every parameter the intent's slots can fill, once each, in slot order. */
export function agentParameters(intent: AgentIntent): DialogflowParameter[] {
  const seen = new Map<string, DialogflowParameter>();
  for (const slot of intent.entries.flatMap((entry) => entry.slots)) {
    for (const parameter of slot.dialogflow) if (!seen.has(parameter.name)) seen.set(parameter.name, parameter);
  }
  return [...seen.values()];
}

const EMPTY_PROMPTS = {
  prompts: [],
  promptMessages: [],
  noMatchPromptMessages: [],
  noInputPromptMessages: [],
  outputDialogContexts: [],
};

function parameterJson(intentName: string, parameter: DialogflowParameter): Record<string, unknown> {
  return {
    id: stableId('parameter', intentName, parameter.name),
    name: parameter.name,
    required: false,
    dataType: parameter.entity,
    value: `$${parameter.name}`,
    defaultValue: '',
    isList: false,
    ...EMPTY_PROMPTS,
  };
}

/** The intent file (`intents/<name>.json`): webhook fulfilment, no static responses. */
export function intentJson(intent: AgentIntent, locales: readonly CatalogueLocale[]): Record<string, unknown> {
  const { target } = intent;
  const core = intent.entries[0]?.core ?? 'fallback';
  const messages = locales.map((locale) => ({
    type: '0',
    title: '',
    textToSpeech: '',
    lang: locale.dialogflowLanguage,
    condition: '',
    speech: [],
  }));
  return {
    id: stableId('intent', target.name),
    name: target.name,
    auto: true,
    contexts: [],
    responses: [
      {
        resetContexts: false,
        endInteraction: target.endInteraction ?? false,
        action: target.action ?? core,
        affectedContexts: [],
        parameters: agentParameters(intent).map((parameter) => parameterJson(target.name, parameter)),
        messages,
        speech: [],
      },
    ],
    priority: 500000,
    webhookUsed: true,
    webhookForSlotFilling: false,
    fallbackIntent: target.fallback ?? false,
    events: (target.events ?? []).map((name) => ({ name })),
    conditionalResponses: [],
    condition: '',
    conditionalFollowupEvents: [],
  };
}

/** One training phrase of the usersays file. */
export interface TrainingPhrase {
  readonly id: string;
  readonly data: readonly PhrasePart[];
  readonly isTemplate: false;
  readonly count: 0;
  readonly lang: string;
  readonly updated: 0;
}

/** The training phrases (`intents/<name>_usersays_<lang>.json`), slots filled with examples and annotated. */
export function usersaysJson(intent: AgentIntent, locale: CatalogueLocale): TrainingPhrase[] {
  const rotation = new ExampleRotation(locale);
  const lang = locale.dialogflowLanguage;
  return intent.entries.flatMap((entry) =>
    intentText(locale, entry.id).samples.map(
      (sample): TrainingPhrase => ({
        id: stableId('phrase', intent.target.name, lang, sample),
        data: annotate(sample, entry.slots, rotation),
        isTemplate: false,
        count: 0,
        lang,
        updated: 0,
      }),
    ),
  );
}
