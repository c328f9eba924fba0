import type { BankingIntent } from '../../shared/banking/contract';
import type { ALEXA_INTENT_MAP, ALEXA_SLOTS } from '../../skills/alexa/intent-map';
import type { GOOGLE_INTENT_MAP, GOOGLE_PARAMETERS } from '../../skills/google/intent-map';

/** An Alexa intent name the adapter maps (so a misspelt name does not compile). */
export type AlexaIntentName = keyof typeof ALEXA_INTENT_MAP;
/** A Dialogflow display name the adapter maps. */
export type DialogflowIntentName = keyof typeof GOOGLE_INTENT_MAP;
/** A slot name the Alexa adapter reads; samples write it as `{name}`. */
export type SlotName = (typeof ALEXA_SLOTS)[keyof typeof ALEXA_SLOTS];
/** A parameter name the Dialogflow adapter reads. */
export type ParameterName = (typeof GOOGLE_PARAMETERS)[keyof typeof GOOGLE_PARAMETERS];

/** Our own slot types: values and synonyms come from each locale. */
export type CustomSlotType = 'ACCOUNT_NAME' | 'MERCHANT_NAME' | 'SPENDING_CATEGORY' | 'PAYMENT_OPTION';
/** Amazon's built-in slot types we use; each has a Dialogflow system entity counterpart. */
export type BuiltInSlotType = 'AMAZON.FOUR_DIGIT_NUMBER' | 'AMAZON.NUMBER' | 'AMAZON.DATE' | 'AMAZON.DURATION';
/** Any slot type a catalogue slot can have. */
export type SlotType = CustomSlotType | BuiltInSlotType;

/** One Dialogflow parameter a slot can fill, with its entity (`@account-name`, `@sys.date`). */
export interface DialogflowParameter {
  readonly name: ParameterName;
  readonly entity: string;
}

/**
 * A slot as both platforms see it. On Dialogflow one slot may become one of several parameters
 * (a date is `@sys.date` for a day, `@sys.date-period` for a month); the training example decides.
 */
export interface SlotDef {
  readonly name: SlotName;
  readonly type: SlotType;
  /** The Dialogflow parameters, the first being the default annotation. */
  readonly dialogflow: readonly [DialogflowParameter, ...DialogflowParameter[]];
}

/** How an intent appears on Alexa: a (built-in or custom) intent, or the LaunchRequest. */
export type AlexaTarget =
  | { readonly kind: 'intent'; readonly name: AlexaIntentName; readonly builtIn: boolean }
  | { readonly kind: 'launch' };

/** How an intent appears in the Dialogflow agent. */
export interface DialogflowTarget {
  readonly name: DialogflowIntentName;
  /** The intent's action; defaults to the core intent name. */
  readonly action?: string;
  readonly events?: readonly string[];
  readonly endInteraction?: boolean;
  readonly fallback?: boolean;
}

/**
 * One thing a user can say, on every platform. Several entries may share a Dialogflow intent
 * (Alexa's Yes, More and Next are all Dialogflow's Yes); each has its own samples.
 */
export interface CatalogueIntent {
  /** Key for the locale files' samples. */
  readonly id: string;
  readonly core: BankingIntent;
  /** Absent: not reachable by voice on Alexa. */
  readonly alexa?: AlexaTarget;
  /** Absent: not in the Dialogflow agent. */
  readonly dialogflow?: DialogflowTarget;
  readonly slots: readonly SlotDef[];
}
