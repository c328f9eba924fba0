import { ownValue } from '../own-lookup';
import type { Messages } from './messages';
import { enUS } from './messages-en-us';

// Apart from messages.ts (the catalogue's shape, which each catalogue imports), so that no module
// imports a catalogue that imports it back.
const CATALOGUES: Readonly<Record<string, Messages>> = { 'en-US': enUS };

/** The catalogue for a locale; en-US until other catalogues exist. */
export function messagesFor(locale: string): Messages {
  return ownValue(CATALOGUES, locale) ?? enUS;
}
