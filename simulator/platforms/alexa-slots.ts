import { CUSTOM_TYPES, isCustomType } from '../../interaction-models/catalogue/slots';
import type { CatalogueIntent, SlotDef } from '../../interaction-models/catalogue/types';
import { isoDuration } from '../understand/durations';
import { alexaDate } from '../understand/periods';
import type { Fill } from '../understand/slot-fill';

/** The text Alexa puts in a slot's `value` for this fill. */
export function alexaSlotValue(fill: Fill): string {
  switch (fill.kind) {
    case 'custom':
      return fill.heard;
    case 'digits':
      return fill.digits;
    case 'number':
      return String(fill.value);
    case 'date':
      return alexaDate(fill.period);
    case 'duration':
      return isoDuration(fill.duration);
  }
}

/** Entity resolution as Alexa reports it for custom slot types: a match with its canonical value, or no match. */
function resolutions(slot: SlotDef, fill: Fill, skillId: string): Record<string, unknown> | undefined {
  if (!isCustomType(slot.type) || fill.kind !== 'custom') return undefined;
  const authority = `amzn1.er-authority.echo-sdk.${skillId}.${CUSTOM_TYPES[slot.type].alexa}`;
  const match =
    fill.canonical === undefined
      ? { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } }
      : {
          authority,
          status: { code: 'ER_SUCCESS_MATCH' },
          values: [{ value: { name: fill.canonical, id: fill.canonical.toLowerCase().replace(/\W+/g, '_') } }],
        };
  return { resolutionsPerAuthority: [match] };
}

/** Every slot the intent declares, as Alexa sends them: unfilled ones without a value. */
export function alexaSlots(
  intent: CatalogueIntent,
  fills: ReadonlyMap<string, Fill>,
  skillId: string,
): Record<string, unknown> {
  const slots: Record<string, unknown> = {};
  for (const slot of intent.slots) {
    const fill = fills.get(slot.name);
    const resolved = fill ? resolutions(slot, fill, skillId) : undefined;
    slots[slot.name] = {
      name: slot.name,
      confirmationStatus: 'NONE',
      ...(fill ? { value: alexaSlotValue(fill), source: 'USER' } : {}),
      ...(resolved ? { resolutions: resolved } : {}),
    };
  }
  return slots;
}
