import type { RequestEnvelope, Slot, slu } from 'ask-sdk-model';
import type { AccountRef, BankingIntent, BankingRequest, BankingSlots } from '../../shared/banking/contract';
import { ALEXA_INTENT_MAP, ALEXA_SLOTS } from './intent-map';

function intentOf(envelope: RequestEnvelope): BankingIntent {
  const request = envelope.request;
  if (request.type === 'LaunchRequest') return 'launch';
  if (request.type === 'SessionEndedRequest') return 'sessionEnded';
  if (request.type !== 'IntentRequest') return 'sessionEnded';
  const name = request.intent.name;
  return Object.hasOwn(ALEXA_INTENT_MAP, name) ? ALEXA_INTENT_MAP[name as keyof typeof ALEXA_INTENT_MAP] : 'fallback';
}

/** The slot's canonical value when entity resolution matched, else what was heard. */
function slotText(slot: Slot | undefined): string | undefined {
  const resolutions: slu.entityresolution.Resolution[] = slot?.resolutions?.resolutionsPerAuthority ?? [];
  const matched = resolutions.find((r) => r.status.code === 'ER_SUCCESS_MATCH')?.values[0]?.value.name;
  const text = (matched ?? slot?.value)?.trim();
  return text ? text.slice(0, 100) : undefined;
}

function slotsOf(envelope: RequestEnvelope): BankingSlots {
  const request = envelope.request;
  if (request.type !== 'IntentRequest') return {};
  const slots = request.intent.slots ?? {};
  const name = slotText(slots[ALEXA_SLOTS.account]);
  const digits = slotText(slots[ALEXA_SLOTS.lastFour]);
  const lastFour = digits && /^\d{4}$/.test(digits) ? digits : undefined;
  const countText = slotText(slots[ALEXA_SLOTS.count]);
  const count = countText && /^\d{1,2}$/.test(countText) ? Number(countText) : undefined;
  const account: AccountRef | undefined = name || lastFour ? { ...(name ? { name } : {}), ...(lastFour ? { lastFour } : {}) } : undefined;
  return { ...(account ? { account } : {}), ...(count ? { count } : {}) };
}

/** Alexa request envelope → the core's request. Pure translation; the zone is looked up by the caller. */
export function toBankingRequest(envelope: RequestEnvelope, timeZone: string): BankingRequest {
  const accessToken = envelope.context?.System?.user?.accessToken ?? envelope.session?.user?.accessToken;
  return {
    intent: intentOf(envelope),
    slots: slotsOf(envelope),
    locale: envelope.request.locale ?? 'en-US',
    timeZone,
    ...(accessToken ? { accessToken } : {}),
    session: envelope.session?.attributes ?? {},
    platform: 'alexa',
    requestId: envelope.request.requestId,
  };
}
