import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BankingIntent } from '../../shared/banking/contract';
import { ALEXA_INTENT_MAP } from '../../skills/alexa/intent-map';
import { GOOGLE_INTENT_MAP, GOOGLE_PARAMETERS } from '../../skills/google/intent-map';
import { intentText } from '../../interaction-models/catalogue/locale';
import { enUS } from '../../interaction-models/catalogue/locales/en-US';
import { slotsInSample } from '../../interaction-models/catalogue/sample';
import { agentIntents } from '../../interaction-models/generate/dialogflow-intents';

const ROOT = join(__dirname, '..', '..', 'interaction-models');
const AGENT = join(ROOT, 'dialogflow');

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
function read(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
function list(value: unknown): Json[] {
  assert.ok(Array.isArray(value), 'expected a list');
  return value.filter(isJson);
}
function object(value: unknown): Json {
  assert.ok(isJson(value), 'expected an object');
  return value;
}

const intentFiles = readdirSync(join(AGENT, 'intents')).filter(
  (file) => file.endsWith('.json') && !file.includes('_usersays_'),
);
const intents = intentFiles.map((file) => ({ file, intent: object(read(join(AGENT, 'intents', file))) }));
const byName = new Map(intents.map(({ intent }) => [String(intent.name), intent]));
const mapped = (name: string): BankingIntent | undefined =>
  Object.hasOwn(GOOGLE_INTENT_MAP, name) ? GOOGLE_INTENT_MAP[name as keyof typeof GOOGLE_INTENT_MAP] : undefined;

describe('the Dialogflow agent in interaction-models/dialogflow', () => {
  it('has an intent for every name in GOOGLE_INTENT_MAP and no intent the map does not know', () => {
    assert.deepEqual([...byName.keys()].sort(), Object.keys(GOOGLE_INTENT_MAP).sort());
  });

  it('names each intent file after its intent and sends every intent to the webhook', () => {
    for (const { file, intent } of intents) {
      assert.equal(`${String(intent.name)}.json`, file);
      assert.equal(intent.webhookUsed, true, file);
    }
  });

  it('starts on the WELCOME event, catches the unmatched with a fallback intent and hears the Assistant cancel', () => {
    const events = (name: string): unknown[] => list(byName.get(name)?.events).map((event) => event.name);
    assert.ok(events('Default Welcome Intent').includes('WELCOME'));
    assert.ok(events('Cancel').includes('actions_intent_CANCEL'));
    assert.equal(byName.get('Default Fallback Intent')?.fallbackIntent, true);
    assert.deepEqual(
      intents.filter(({ intent }) => intent.fallbackIntent === true).map(({ intent }) => intent.name),
      ['Default Fallback Intent'],
    );
  });

  it('reaches every core intent the Alexa model reaches (a session end has no Dialogflow counterpart)', () => {
    const alexaModel = object(read(join(ROOT, 'alexa', 'skill-package', 'interactionModels', 'custom', 'en-US.json')));
    const alexaNames = list(object(object(alexaModel.interactionModel).languageModel).intents).map((intent) =>
      String(intent.name),
    );
    const alexaReached = new Set<BankingIntent>(['launch']);
    for (const name of alexaNames)
      if (Object.hasOwn(ALEXA_INTENT_MAP, name))
        alexaReached.add(ALEXA_INTENT_MAP[name as keyof typeof ALEXA_INTENT_MAP]);
    const googleReached = new Set([...byName.keys()].map(mapped));
    assert.deepEqual(
      [...alexaReached].filter((intent) => !googleReached.has(intent)),
      [],
    );
  });

  it('gives every annotated phrase part a declared parameter of the same entity type', () => {
    for (const { file, intent } of intents) {
      const declared = new Map(
        list(object(list(intent.responses)[0]).parameters).map((p) => [String(p.name), String(p.dataType)]),
      );
      for (const name of declared.keys())
        assert.ok(Object.values<string>(GOOGLE_PARAMETERS).includes(name), `${file}: ${name}`);
      const phrases = list(read(join(AGENT, 'intents', file.replace(/\.json$/, '_usersays_en.json'))));
      assert.ok(phrases.length > 0, `${file} has training phrases`);
      for (const part of phrases.flatMap((phrase) => list(phrase.data)).filter((part) => part.alias !== undefined)) {
        assert.equal(part.meta, declared.get(String(part.alias)), `${file}: "${String(part.text)}"`);
      }
    }
  });

  it('annotates parameters the way the catalogue samples use slots, for every intent', () => {
    for (const intent of agentIntents()) {
      const aliases = new Set(
        list(read(join(AGENT, 'intents', `${intent.target.name}_usersays_en.json`)))
          .flatMap((phrase) => list(phrase.data))
          .map((part) => part.alias)
          .filter((alias): alias is string => typeof alias === 'string'),
      );
      for (const entry of intent.entries) {
        const used = intentText(enUS, entry.id).samples.flatMap(slotsInSample);
        for (const slot of entry.slots.filter((s) => used.includes(s.name))) {
          assert.ok(
            slot.dialogflow.some((parameter) => aliases.has(parameter.name)),
            `${intent.target.name}: {${slot.name}} never annotated`,
          );
        }
      }
    }
  });

  it('has the account-name entity with the same values and synonyms as the Alexa ACCOUNT_NAME type', () => {
    const alexaModel = object(read(join(ROOT, 'alexa', 'skill-package', 'interactionModels', 'custom', 'en-US.json')));
    const type = list(object(object(alexaModel.interactionModel).languageModel).types).find(
      (t) => t.name === 'ACCOUNT_NAME',
    );
    // Dialogflow wants the reference value among its own synonyms; Alexa lists it apart.
    const alexa = list(type?.values)
      .map((v) => object(v.name))
      .map((n) => [n.value, [n.value, ...(Array.isArray(n.synonyms) ? (n.synonyms as unknown[]) : [])]]);
    const entries = list(read(join(AGENT, 'entities', 'account-name_entries_en.json'))).map((e) => [
      e.value,
      e.synonyms,
    ]);
    assert.deepEqual(entries, alexa);
    assert.equal(object(read(join(AGENT, 'entities', 'account-name.json'))).name, 'account-name');
  });

  it('annotates account phrase parts only with values the entity knows', () => {
    const known = new Set(
      list(read(join(AGENT, 'entities', 'account-name_entries_en.json'))).flatMap((e) =>
        Array.isArray(e.synonyms) ? (e.synonyms as unknown[]) : [],
      ),
    );
    for (const { file } of intents) {
      const parts = list(read(join(AGENT, 'intents', file.replace(/\.json$/, '_usersays_en.json')))).flatMap((phrase) =>
        list(phrase.data),
      );
      for (const part of parts.filter((p) => p.alias === 'account'))
        assert.ok(known.has(part.text), `${file}: ${String(part.text)}`);
    }
  });

  it('is an English agent in New York time whose webhook points at a placeholder to fill in', () => {
    const agent = object(read(join(AGENT, 'agent.json')));
    assert.equal(agent.language, 'en');
    assert.equal(agent.defaultTimezone, 'America/New_York');
    assert.equal(object(agent.webhook).url, 'https://FILL-ME.example.com/google');
    assert.deepEqual(read(join(AGENT, 'package.json')), { version: '1.0.0' });
  });
});
