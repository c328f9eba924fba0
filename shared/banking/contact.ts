/**
 * Where to send a customer for what cannot be done by voice: the bank's app, and its phone number
 * when configured. This file and {@link LinkVia} stand apart from contract.ts so that the message
 * catalogue's shape can name them without importing the contract that imports the catalogue.
 */
export interface BankContact {
  /** As it is said after "in": "the Harbor Bank app", "your bank's app". */
  readonly appName: string;
  /** Digits with spaces, dashes, dots or parentheses, as configured: "1-800-555-0134". */
  readonly phone?: string;
}

/**
 * How a channel lets a user link their bank (issue 14): `platformApp` — the adapter shows a linking
 * card in the platform's companion app (Alexa); `signIn` — the platform runs a sign-in flow now (the
 * Assistant's sign-in helper, MCP's OAuth); `bankApp` — nothing can be sent from here (Dialogflow's
 * other integrations): the user links from the bank's own app.
 */
export type LinkVia = 'platformApp' | 'signIn' | 'bankApp';
