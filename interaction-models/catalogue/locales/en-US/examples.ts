import type { SlotExample } from '../../locale';
import type { BuiltInSlotType } from '../../types';

/** en-US fillers for built-in slots in Dialogflow training phrases (Alexa needs none). */
export const EXAMPLES: Readonly<Record<BuiltInSlotType, readonly SlotExample[]>> = {
  'AMAZON.FOUR_DIGIT_NUMBER': [
    { text: '4821' },
    { text: '7710' },
    { text: '9034' },
    { text: '5502' },
    { text: '0042' },
  ],
  'AMAZON.NUMBER': [{ text: '5' }, { text: 'three' }, { text: '10' }, { text: 'two' }],
  'AMAZON.DATE': [
    { text: 'last month', parameter: 'datePeriod' },
    { text: 'yesterday', parameter: 'date' },
    { text: 'last week', parameter: 'datePeriod' },
    { text: 'this month', parameter: 'datePeriod' },
    { text: 'last weekend', parameter: 'datePeriod' },
    { text: 'today', parameter: 'date' },
    { text: 'this week', parameter: 'datePeriod' },
    { text: 'last year', parameter: 'datePeriod' },
    { text: 'October', parameter: 'datePeriod', after: 'in' },
    { text: 'September', parameter: 'datePeriod', after: 'in' },
    { text: 'March', parameter: 'datePeriod', after: 'in' },
    { text: 'Monday', parameter: 'date', after: 'on' },
    { text: 'November 3', parameter: 'date', after: 'on' },
    { text: 'Friday', parameter: 'date', after: 'on' },
  ],
  'AMAZON.DURATION': [
    { text: 'two weeks' },
    { text: '30 days' },
    { text: 'three months' },
    { text: '10 days' },
    { text: 'six months' },
  ],
};
