import { intentById } from '../../interaction-models/catalogue/intents';
import type { CatalogueIntent } from '../../interaction-models/catalogue/types';

const fallback = intentById('fallback');

/** Alexa's intent for what its model cannot place, from the catalogue. */
export const ALEXA_FALLBACK: string = fallback.alexa?.kind === 'intent' ? fallback.alexa.name : 'fallback';
/** Dialogflow's intent for what the agent cannot place, from the catalogue. */
export const DIALOGFLOW_FALLBACK: string = fallback.dialogflow?.name ?? 'fallback';

/** What Alexa sends for the intent: `launch` (a LaunchRequest) or an intent name; unknown to its model → the fallback. */
export function alexaTarget(
  intent: CatalogueIntent,
): { readonly launch: true } | { readonly launch: false; readonly name: string } {
  if (intent.alexa?.kind === 'launch') return { launch: true };
  return { launch: false, name: intent.alexa?.kind === 'intent' ? intent.alexa.name : ALEXA_FALLBACK };
}

/** The Dialogflow intent that matches; intents the agent does not have fall back. */
export function dialogflowName(intent: CatalogueIntent): string {
  return intent.dialogflow?.name ?? DIALOGFLOW_FALLBACK;
}
