import type { canfulfill, Intent, Slot } from 'ask-sdk-model';
import type { BankingIntent } from '../../shared';
import { ALEXA_INTENT_MAP, ALEXA_SLOTS } from './intent-map';

/** Core questions a customer can ask out of the blue; the rest only make sense inside our dialog. */
const STANDALONE: ReadonlySet<BankingIntent> = new Set<BankingIntent>([
  'listAccounts',
  'getBalance',
  'recentTransactions',
  'spending',
  'transactionsInPeriod',
  'pendingTransactions',
  'cardDetails',
  'lastTransactionWith',
  'interestEarned',
]);

/** Slots whose value depends on the customer's own accounts and payees: understood, maybe. */
const OPEN_SLOTS: ReadonlySet<string> = new Set([ALEXA_SLOTS.account, ALEXA_SLOTS.merchant]);
const KNOWN_SLOTS: ReadonlySet<string> = new Set(Object.values(ALEXA_SLOTS));

function slotAnswer(name: string, slot: Slot): canfulfill.CanFulfillSlot {
  if (!KNOWN_SLOTS.has(name) || name === ALEXA_SLOTS.pin) return { canUnderstand: 'NO', canFulfill: 'NO' };
  if (name === ALEXA_SLOTS.lastFour && !/^\d{4}$/.test(slot.value ?? ''))
    return { canUnderstand: 'NO', canFulfill: 'NO' };
  return { canUnderstand: OPEN_SLOTS.has(name) ? 'MAYBE' : 'YES', canFulfill: 'YES' };
}

/**
 * Alexa's question "could this skill answer that?" (model-based routing on Alexa+ and name-free
 * interaction): YES for a banking question we answer with every slot it came with, MAYBE when a
 * slot names an account or payee we can only match once linked, NO for anything else. Answered
 * without touching the bank, the state store or the customer's data.
 */
export function canFulfill(intent: Intent): canfulfill.CanFulfillIntent {
  const core: BankingIntent | undefined = Object.hasOwn(ALEXA_INTENT_MAP, intent.name)
    ? ALEXA_INTENT_MAP[intent.name as keyof typeof ALEXA_INTENT_MAP]
    : undefined;
  if (!core || !STANDALONE.has(core)) return { canFulfill: 'NO' };
  const slots = Object.fromEntries(
    Object.entries(intent.slots ?? {})
      .filter(([, slot]) => slot.value)
      .map(([name, slot]) => [name, slotAnswer(name, slot)]),
  );
  const answers = Object.values(slots);
  const verdict = answers.some((a) => a.canUnderstand === 'NO')
    ? 'NO'
    : answers.some((a) => a.canUnderstand === 'MAYBE')
      ? 'MAYBE'
      : 'YES';
  return { canFulfill: verdict, ...(answers.length > 0 ? { slots } : {}) };
}
