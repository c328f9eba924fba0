import type { CatalogueLocale, SlotExample } from '../catalogue/locale';
import { sampleParts } from '../catalogue/sample';
import { isCustomType } from '../catalogue/slots';
import type { SlotDef } from '../catalogue/types';

/** One part of a Dialogflow training phrase: plain text, or text annotated as a parameter. */
export type PhrasePart =
  | { readonly text: string; readonly userDefined: false }
  | { readonly text: string; readonly alias: string; readonly meta: string; readonly userDefined: true };

/**
 * Picks example fillers in turn, so training phrases show each slot with varied values; the
 * rotation is per slot and context, which keeps the output the same run after run.
 */
export class ExampleRotation {
  private readonly turns = new Map<string, number>();

  constructor(private readonly locale: CatalogueLocale) {}

  /** The next example for `slot` where the sample puts it after `previousWord`. */
  next(slot: SlotDef, previousWord: string): SlotExample {
    const candidates = this.candidates(slot, previousWord);
    const key = `${slot.name}|${candidates[0]?.after ?? ''}`;
    const turn = this.turns.get(key) ?? 0;
    this.turns.set(key, turn + 1);
    const example = candidates[turn % candidates.length];
    if (!example) throw new Error(`${this.locale.locale} has no examples for ${slot.type}`);
    return example;
  }

  private candidates(slot: SlotDef, previousWord: string): readonly SlotExample[] {
    if (isCustomType(slot.type)) {
      const values = this.locale.values[slot.type];
      return [...values.map((v) => v.value), ...values.flatMap((v) => v.synonyms)].map((text) => ({ text }));
    }
    const all = this.locale.examples[slot.type];
    const fitting = all.filter((example) => example.after === previousWord);
    return fitting.length > 0 ? fitting : all.filter((example) => example.after === undefined);
  }
}

const lastWord = (text: string): string => text.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';

/** A sample as Dialogflow training-phrase parts, each `{slot}` filled with an example and annotated. */
export function annotate(sample: string, slots: readonly SlotDef[], rotation: ExampleRotation): PhrasePart[] {
  let previous = '';
  return sampleParts(sample).map((part): PhrasePart => {
    if (part.kind === 'text') {
      previous = lastWord(part.text);
      return { text: part.text, userDefined: false };
    }
    const slot = slots.find((candidate) => candidate.name === part.name);
    if (!slot) throw new Error(`"${sample}" uses {${part.name}}, which its intent does not declare`);
    const example = part.example === undefined ? rotation.next(slot, previous) : { text: part.example };
    const parameter = slot.dialogflow.find((p) => p.name === example.parameter) ?? slot.dialogflow[0];
    return { text: example.text, alias: parameter.name, meta: parameter.entity, userDefined: true };
  });
}
