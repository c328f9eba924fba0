import type { RequestEnvelope, Slot, slu } from 'ask-sdk-model';
import {
  type AccountRef,
  type BankingIntent,
  type BankingRequest,
  type BankingSlots,
  periodClock,
  type PeriodContext,
  type PeriodResult,
  spokenAmountMinor,
  type ZonedClock,
} from '../../shared';
import { resolveAmazonDate, resolveAmazonDuration } from './dates';
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

/** What was heard in a slot when entity resolution changed it: the action guard reads both. */
function heardIfResolved(slot: Slot | undefined): string | undefined {
  const heard = slot?.value?.trim().slice(0, 100);
  return heard && heard !== slotText(slot) ? heard : undefined;
}

const fourDigits = (text: string | undefined): string | undefined => (text && /^\d{4}$/.test(text) ? text : undefined);

/** AMAZON.DATE first, else AMAZON.DURATION; the raw value never goes further than this. */
function periodOf(slots: Record<string, Slot>, clock: () => ZonedClock): PeriodResult | undefined {
  const date = slots[ALEXA_SLOTS.date]?.value;
  const duration = slots[ALEXA_SLOTS.duration]?.value;
  if (!date && !duration) return undefined;
  const { now } = clock();
  return date ? resolveAmazonDate(date, now) : resolveAmazonDuration(duration ?? '', now);
}

function slotsOf(envelope: RequestEnvelope, clock: () => ZonedClock): BankingSlots {
  const request = envelope.request;
  if (request.type !== 'IntentRequest') return {};
  const slots = request.intent.slots ?? {};
  const name = slotText(slots[ALEXA_SLOTS.account]);
  const lastFour = fourDigits(slotText(slots[ALEXA_SLOTS.lastFour]));
  const countText = slotText(slots[ALEXA_SLOTS.count]);
  const count = countText && /^\d{1,2}$/.test(countText) ? Number(countText) : undefined;
  const account: AccountRef | undefined =
    name || lastFour ? { ...(name ? { name } : {}), ...(lastFour ? { lastFour } : {}) } : undefined;
  const merchant = slotText(slots[ALEXA_SLOTS.merchant]);
  const merchantHeard = heardIfResolved(slots[ALEXA_SLOTS.merchant]);
  const category = slotText(slots[ALEXA_SLOTS.category]);
  const pin = fourDigits(slots[ALEXA_SLOTS.pin]?.value);
  const period = periodOf(slots, clock);
  const ref = (nameSlot: string, digitsSlot: string): AccountRef | undefined => {
    const said = slotText(slots[nameSlot]);
    const digits = fourDigits(slotText(slots[digitsSlot]));
    return said || digits ? { ...(said ? { name: said } : {}), ...(digits ? { lastFour: digits } : {}) } : undefined;
  };
  const from = ref(ALEXA_SLOTS.fromAccount, ALEXA_SLOTS.fromLastFour);
  const to = ref(ALEXA_SLOTS.toAccount, ALEXA_SLOTS.toLastFour);
  const amountMinor = spokenAmountMinor(slots[ALEXA_SLOTS.dollars]?.value, slots[ALEXA_SLOTS.cents]?.value);
  const accountHeard = [ALEXA_SLOTS.account, ALEXA_SLOTS.fromAccount, ALEXA_SLOTS.toAccount]
    .map((slotName) => heardIfResolved(slots[slotName]))
    .filter((text): text is string => text !== undefined);
  const categoryHeard = heardIfResolved(slots[ALEXA_SLOTS.category]);
  const option = slotText(slots[ALEXA_SLOTS.paymentOption]);
  const paymentOption = option === 'statement' || option === 'minimum' ? option : undefined;
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(amountMinor ? { amountMinor } : {}),
    ...(paymentOption ? { paymentOption } : {}),
    ...(account ? { account } : {}),
    ...(count ? { count } : {}),
    ...(merchant ? { merchant } : {}),
    ...(merchantHeard ? { merchantHeard } : {}),
    ...(category ? { category } : {}),
    ...(pin ? { pin } : {}),
    ...(period ? { period } : {}),
    ...(accountHeard.length > 0 ? { accountHeard } : {}),
    // Alexa sends no transcript; a category heard differently from its resolution is guarded as said.
    ...(categoryHeard ? { said: categoryHeard } : {}),
  };
}

/**
 * Alexa request envelope → the core's request. Pure translation; the zone is looked up by the
 * caller, and spoken periods are resolved in it.
 */
export function toBankingRequest(envelope: RequestEnvelope, timeZone: string, periods: PeriodContext): BankingRequest {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the typings promise more than an unchecked platform request carries (the Lambda trigger skips our shape check)
  const accessToken = envelope.context?.System?.user?.accessToken ?? envelope.session?.user?.accessToken;
  return {
    intent: intentOf(envelope),
    // The zoned clock costs time zone arithmetic: only questions with a period pay for it.
    slots: slotsOf(envelope, () => periodClock(periods, timeZone)),
    locale: envelope.request.locale ?? 'en-US',
    timeZone,
    ...(accessToken ? { accessToken } : {}),
    linkVia: 'platformApp',
    session: envelope.session?.attributes ?? {},
    platform: 'alexa',
    requestId: envelope.request.requestId,
    sessionId: envelope.session?.sessionId ?? envelope.request.requestId,
  };
}
