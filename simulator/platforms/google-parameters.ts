import type { DateTime } from 'luxon';
import type { AgentIntent } from '../../interaction-models/generate/dialogflow-intents';
import { agentParameters } from '../../interaction-models/generate/dialogflow-intents';
import type { Fill } from '../understand/slot-fill';
import { dialogflowDate, spanOf } from '../understand/periods';

type Parameters = Record<string, unknown>;

/** The last `amount` units up to today, as the date period Dialogflow would make of "the last two weeks". */
function durationSpan(
  fill: Extract<Fill, { kind: 'duration' }>,
  today: DateTime,
): { startDate: string; endDate: string } {
  const units = { D: 'days', W: 'weeks', M: 'months', Y: 'years' } as const;
  const first = today.minus({ [units[fill.duration.unit]]: fill.duration.amount }).plus({ days: 1 });
  return spanOf(first, today);
}

/** The parameter(s) one fill sets, by the slot's Dialogflow parameter names. */
function setFill(parameters: Parameters, slotParameter: string, fill: Fill, today: DateTime): void {
  switch (fill.kind) {
    case 'custom':
      parameters[slotParameter] = fill.canonical ?? fill.heard;
      return;
    case 'digits':
      parameters[slotParameter] = fill.digits;
      return;
    case 'number':
      parameters[slotParameter] = fill.value;
      return;
    case 'date': {
      const value = dialogflowDate(fill.period);
      parameters[value.parameter] = value.value;
      return;
    }
    case 'duration':
      parameters.datePeriod = durationSpan(fill, today);
  }
}

/**
 * `queryResult.parameters` as Dialogflow ES sends them: every parameter the intent declares,
 * unfilled ones as `''`; custom entities as their reference value, numbers as numbers.
 */
export function dialogflowParameters(
  intent: AgentIntent,
  fills: ReadonlyMap<string, Fill>,
  today: DateTime,
): Parameters {
  const parameters: Parameters = Object.fromEntries(agentParameters(intent).map((parameter) => [parameter.name, '']));
  for (const entry of intent.entries) {
    for (const slot of entry.slots) {
      const fill = fills.get(slot.name);
      if (fill) setFill(parameters, slot.dialogflow[0].name, fill, today);
    }
  }
  return parameters;
}
