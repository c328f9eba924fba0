import assert from 'node:assert/strict';
import { LOCALES } from '../../interaction-models/catalogue/locales';
import { alexaModel } from '../../interaction-models/generate/alexa';

// Limits from the Alexa interaction model schema: names, sample characters and length.
const CUSTOM_INTENT = /^[A-Za-z_]+$/;
const BUILT_IN_INTENT = /^AMAZON\.[A-Za-z]+Intent$/;
const SLOT_NAME = /^[A-Za-z_]+$/;
const TYPE_NAME = /^[A-Za-z_]+$/;
// Letters (any script), spaces, possessive apostrophes, periods for spoken initials, hyphens, and {slot}s.
// Numbers must be spelled out in samples, so digits are refused.
const SAMPLE = /^[\p{L}' .\-{}]+$/u;
const MAX_SAMPLE = 200;

for (const locale of LOCALES) {
  const { invocationName, intents, types } = alexaModel(locale).interactionModel.languageModel;

  describe(`the generated Alexa model for ${locale.locale}`, () => {
    it('has an invocation name of two or more lower-case words', () => {
      assert.match(invocationName, /^[a-z]+( [a-z]+)+$/);
      assert.doesNotMatch(invocationName, /\b(alexa|amazon|echo|skill|app|launch|ask|tell|open)\b/);
    });

    it('names intents and slots as the schema allows', () => {
      for (const intent of intents) {
        assert.ok(CUSTOM_INTENT.test(intent.name) || BUILT_IN_INTENT.test(intent.name), intent.name);
        for (const slot of intent.slots ?? []) assert.match(slot.name, SLOT_NAME, `${intent.name}.${slot.name}`);
      }
      assert.equal(new Set(intents.map((i) => i.name)).size, intents.length);
    });

    it('writes samples Alexa accepts: allowed characters, spelt-out numbers, at most 200 characters, slots set apart', () => {
      for (const intent of intents) {
        for (const sample of intent.samples) {
          assert.match(sample, SAMPLE, `${intent.name}: "${sample}"`);
          assert.ok(sample.length <= MAX_SAMPLE, `${intent.name}: "${sample}" is too long`);
          assert.doesNotMatch(sample, /\}\{|\w\{|\}\w/, `${intent.name}: "${sample}" joins a slot to a word`);
          assert.equal(sample.trim(), sample);
        }
      }
    });

    it('adds no samples to the fallback intent and keeps built-ins without slots', () => {
      assert.deepEqual(intents.find((i) => i.name === 'AMAZON.FallbackIntent')?.samples, []);
      for (const intent of intents.filter((i) => i.name.startsWith('AMAZON.')))
        assert.equal(intent.slots, undefined, intent.name);
    });

    it('defines every custom slot type an intent uses, with values, and uses every type it defines', () => {
      const used = new Set(intents.flatMap((i) => (i.slots ?? []).map((s) => s.type)));
      for (const type of used)
        assert.ok(type.startsWith('AMAZON.') || types.some((t) => t.name === type), `${type} undefined`);
      for (const type of types) {
        assert.match(type.name, TYPE_NAME);
        assert.ok(used.has(type.name), `${type.name} unused`);
        assert.ok(type.values.length > 0, type.name);
        for (const { name } of type.values) {
          assert.ok(name.value.trim() !== '' && name.value.length <= 140, name.value);
          assert.ok(name.synonyms === undefined || name.synonyms.length > 0, name.value);
        }
      }
    });
  });
}
