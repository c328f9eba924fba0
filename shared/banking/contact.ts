/**
 * Where to send a customer for what cannot be done by voice: the bank's app, and its phone number
 * when configured. Apart from contract.ts so that the message catalogue's shape can name it
 * without importing the contract that imports the catalogue.
 */
export interface BankContact {
  /** As it is said after "in": "the Harbor Bank app", "your bank's app". */
  readonly appName: string;
  /** Digits with spaces, dashes, dots or parentheses, as configured: "1-800-555-0134". */
  readonly phone?: string;
}
