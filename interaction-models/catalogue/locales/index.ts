import type { CatalogueLocale } from '../locale';
import { enUS } from './en-US';

/**
 * The languages we generate models for, the first being Dialogflow's default. To add one (en-GB,
 * de-DE), write `locales/<locale>/` like en-US and list it here; a language not listed is not generated.
 */
export const LOCALES: readonly [CatalogueLocale, ...CatalogueLocale[]] = [enUS];

/** The locale's catalogue, or undefined when we have none for it. */
export function localeCatalogue(locale: string): CatalogueLocale | undefined {
  return LOCALES.find((entry) => entry.locale.toLowerCase() === locale.toLowerCase());
}
