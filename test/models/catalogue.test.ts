import assert from 'node:assert/strict';
import { BANKING_INTENTS } from '../../shared/banking/contract';
import { HANDLERS } from '../../shared/banking/handlers';
import { CATALOGUE, INTENTS } from '../../interaction-models/catalogue/intents';
import { intentText } from '../../interaction-models/catalogue/locale';
import { LOCALES } from '../../interaction-models/catalogue/locales';
import { plainSample, sampleKey, slotsInSample } from '../../interaction-models/catalogue/sample';
import { CUSTOM_TYPE_IDS } from '../../interaction-models/catalogue/slots';
import { ALEXA_INTENT_MAP } from '../../skills/alexa/intent-map';
import { GOOGLE_INTENT_MAP } from '../../skills/google/intent-map';

const alexaNames = INTENTS.flatMap((intent) => (intent.alexa?.kind === 'intent' ? [intent.alexa.name] : []));
const googleNames = [...new Set(INTENTS.flatMap((intent) => (intent.dialogflow ? [intent.dialogflow.name] : [])))];

describe('the intent catalogue', () => {
  it('names exactly the Alexa intents the adapter maps, each once, to the same core intent', () => {
    assert.deepEqual([...alexaNames].sort(), Object.keys(ALEXA_INTENT_MAP).sort());
    for (const intent of INTENTS) {
      if (intent.alexa?.kind === 'intent')
        assert.equal(ALEXA_INTENT_MAP[intent.alexa.name], intent.core, intent.alexa.name);
    }
  });

  it('names exactly the Dialogflow intents the adapter maps, to the same core intent', () => {
    assert.deepEqual([...googleNames].sort(), Object.keys(GOOGLE_INTENT_MAP).sort());
    for (const intent of INTENTS)
      if (intent.dialogflow) assert.equal(GOOGLE_INTENT_MAP[intent.dialogflow.name], intent.core, intent.id);
  });

  it('maps every entry to a core intent that has a handler', () => {
    for (const intent of INTENTS) assert.equal(typeof HANDLERS[intent.core], 'function', intent.id);
  });

  it('lets users reach every core intent but the session end by voice on both platforms', () => {
    for (const locale of LOCALES) {
      const voiced = INTENTS.filter((intent) => intentText(locale, intent.id).samples.length > 0);
      for (const core of BANKING_INTENTS.filter((name) => name !== 'sessionEnded')) {
        assert.ok(
          voiced.some((i) => i.core === core && i.alexa),
          `${locale.locale}: ${core} has no Alexa samples`,
        );
        assert.ok(
          voiced.some((i) => i.core === core && i.dialogflow),
          `${locale.locale}: ${core} has no Dialogflow training phrases`,
        );
      }
    }
  });

  it('has no sample in two intents, or twice in one, ignoring case and slot names', () => {
    for (const locale of LOCALES) {
      const seen = new Map<string, string>();
      for (const intent of CATALOGUE) {
        const samples = intentText(locale, intent.id).samples.map((sample) => plainSample(sample).toLowerCase());
        assert.equal(new Set(samples).size, samples.length, `${locale.locale}: ${intent.id} repeats a sample`);
        for (const sample of samples) {
          const key = sampleKey(sample);
          const other = seen.get(key);
          assert.ok(
            other === undefined || other === intent.id,
            `${locale.locale}: "${sample}" in ${intent.id} and ${other ?? ''}`,
          );
          seen.set(key, intent.id);
        }
      }
    }
  });

  it('declares every slot a sample uses, uses every slot it declares, and each slot at most once a sample', () => {
    for (const locale of LOCALES) {
      for (const intent of INTENTS) {
        const declared = intent.slots.map((slot): string => slot.name);
        const samples = intentText(locale, intent.id).samples;
        for (const sample of samples) {
          const used = slotsInSample(sample);
          for (const slot of used)
            assert.ok(declared.includes(slot), `${intent.id}: "${sample}" uses undeclared {${slot}}`);
          assert.equal(new Set(used).size, used.length, `${intent.id}: "${sample}" repeats a slot`);
        }
        for (const slot of declared)
          assert.ok(
            samples.some((s) => slotsInSample(s).includes(slot)),
            `${intent.id}: {${slot}} unused`,
          );
      }
    }
  });

  it('adds to Alexa built-ins only samples the entry lists, and has 10 to 25 samples for each banking question', () => {
    for (const locale of LOCALES) {
      for (const intent of INTENTS) {
        const text = intentText(locale, intent.id);
        for (const extra of text.alexaExtensions ?? [])
          assert.ok(text.samples.includes(extra), `${intent.id}: ${extra}`);
        if (intent.alexa?.kind === 'intent' && !intent.alexa.builtIn && intent.core !== 'pin') {
          assert.ok(
            text.samples.length >= 10 && text.samples.length <= 25,
            `${intent.id}: ${text.samples.length} samples`,
          );
        }
      }
    }
  });

  it('gives every custom slot type values, each value and synonym once per type', () => {
    for (const locale of LOCALES) {
      for (const type of CUSTOM_TYPE_IDS) {
        const words = locale.values[type].flatMap((v) => [v.value, ...v.synonyms]).map((word) => word.toLowerCase());
        assert.ok(words.length > 0, type);
        assert.deepEqual(
          words.filter((word, index) => words.indexOf(word) !== index),
          [],
          `${locale.locale} ${type}`,
        );
      }
    }
  });
});
