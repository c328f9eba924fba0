import { LOCALES } from '../catalogue/locales';
import { CUSTOM_TYPES } from '../catalogue/slots';
import { alexaModel } from './alexa';
import { agentEntityTypes, agentJson, entityJson, entriesJson } from './dialogflow-agent';
import { agentIntents, intentJson, usersaysJson } from './dialogflow-intents';

/** A generated file: its path from the repository root (forward slashes) and its exact text. */
export interface ModelFile {
  readonly path: string;
  readonly content: string;
}

/** Where the Alexa models go: one `<locale>.json` per catalogue locale. */
export const ALEXA_MODELS_DIR = 'interaction-models/alexa/skill-package/interactionModels/custom';
/** Where the Dialogflow ES agent goes, laid out as the console exports and imports it. */
export const DIALOGFLOW_DIR = 'interaction-models/dialogflow';

/** Folders whose `.json` files are all generated: anything else found there is stale. */
export const GENERATED_DIRS: readonly string[] = [
  ALEXA_MODELS_DIR,
  `${DIALOGFLOW_DIR}/intents`,
  `${DIALOGFLOW_DIR}/entities`,
];

const json = (path: string, value: unknown): ModelFile => ({ path, content: `${JSON.stringify(value, null, 2)}\n` });

function dialogflowFiles(): ModelFile[] {
  const files = [
    json(`${DIALOGFLOW_DIR}/agent.json`, agentJson(LOCALES)),
    json(`${DIALOGFLOW_DIR}/package.json`, { version: '1.0.0' }),
  ];
  for (const intent of agentIntents()) {
    const base = `${DIALOGFLOW_DIR}/intents/${intent.target.name}`;
    files.push(json(`${base}.json`, intentJson(intent, LOCALES)));
    for (const locale of LOCALES)
      files.push(json(`${base}_usersays_${locale.dialogflowLanguage}.json`, usersaysJson(intent, locale)));
  }
  for (const type of agentEntityTypes()) {
    const base = `${DIALOGFLOW_DIR}/entities/${CUSTOM_TYPES[type].dialogflow}`;
    files.push(json(`${base}.json`, entityJson(type)));
    for (const locale of LOCALES)
      files.push(json(`${base}_entries_${locale.dialogflowLanguage}.json`, entriesJson(type, locale)));
  }
  return files;
}

/**
 * Every model file the catalogue produces, in a stable order. Pure: no clock, no randomness, no
 * disk, so the test suite can compare it with what is committed.
 */
export function generateModelFiles(): ModelFile[] {
  const alexa = LOCALES.map((locale) => json(`${ALEXA_MODELS_DIR}/${locale.locale}.json`, alexaModel(locale)));
  return [...alexa, ...dialogflowFiles()];
}
