/** An Assistant simple response: SSML for speech, plain text for the screen. */
export type SimpleResponse = { readonly simpleResponse: { readonly ssml: string; readonly displayText: string } };

/** An Assistant basic card; `formattedText` uses the Assistant's limited markdown (`  \n` breaks lines). */
export type BasicCard = { readonly basicCard: { readonly title: string; readonly formattedText: string } };

/** The Assistant's account-linking helper; `optContext` is why we ask, in plain text. */
export type SignInIntent = {
  readonly intent: 'actions.intent.SIGN_IN';
  readonly data: {
    readonly '@type': 'type.googleapis.com/google.actions.v2.SignInValueSpec';
    readonly optContext: string;
  };
};

/** `payload.google`, read by the Google Assistant integration only. */
export type GooglePayload = {
  /** False ends the conversation; the sign-in helper needs it true. */
  readonly expectUserResponse: boolean;
  readonly richResponse?: { readonly items: readonly (SimpleResponse | BasicCard)[] };
  readonly systemIntent?: SignInIntent;
};

/** Output context as Dialogflow ES expects it back; lifespan 0 deletes it. */
export type OutputContext = {
  readonly name: string;
  readonly lifespanCount: number;
  readonly parameters?: { readonly state: Readonly<Record<string, unknown>> };
};

/**
 * The Dialogflow ES WebhookResponse we send: `fulfillmentText`/`fulfillmentMessages` (plain text)
 * for every integration, `payload.google` for the Assistant, and our session context.
 */
export type WebhookResponse = {
  readonly fulfillmentText: string;
  readonly fulfillmentMessages: readonly [{ readonly text: { readonly text: readonly [string] } }];
  readonly payload: { readonly google: GooglePayload };
  readonly outputContexts?: readonly OutputContext[];
};
