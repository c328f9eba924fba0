import type { CatalogueLocale, SlotValue } from '../interaction-models/catalogue/locale';
import { MERCHANTS } from '../sandbox/data/merchants';
import { DEMO_NICKNAMES } from '../sandbox/data/nicknames';

/** A name without accents, lower case: "Café Müller" is also said "cafe muller". */
const folded = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The catalogue with the sandbox's demo payees added to the merchant values, for the simulator
 * only: a platform model built from the catalogue learns real merchants, while typed text about
 * the demo customers ("cafe muller") still resolves offline as a trained model would.
 */
export function withSandboxNames(locale: CatalogueLocale): CatalogueLocale {
  const { MERCHANT_NAME, ACCOUNT_NAME } = locale.values;
  const merchants = added(
    MERCHANT_NAME,
    Object.values(MERCHANTS).map((m) => m.payee),
  );
  const accounts = added(
    ACCOUNT_NAME,
    DEMO_NICKNAMES.map((n) => n.toLowerCase()),
  );
  return {
    ...locale,
    values: {
      ...locale.values,
      MERCHANT_NAME: [...MERCHANT_NAME, ...merchants],
      ACCOUNT_NAME: [...ACCOUNT_NAME, ...accounts],
    },
  };
}

/** The names not yet among `values`, each with its accent-free spelling as a synonym. */
function added(values: readonly SlotValue[], names: readonly string[]): SlotValue[] {
  const known = new Set(values.map((v) => folded(v.value)));
  return [...new Set(names)]
    .filter((name) => !known.has(folded(name)))
    .map((name) => ({ value: name, synonyms: folded(name) === name ? [] : [folded(name)] }));
}
