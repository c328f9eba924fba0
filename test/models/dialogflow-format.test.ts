import assert from 'node:assert/strict';
import { generateModelFiles } from '../../interaction-models/generate/files';

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isJson) : assert.fail('expected a list'));

const files = new Map(
  generateModelFiles()
    .filter((f) => f.path.includes('/dialogflow/'))
    .map((f) => [f.path.replace(/^.*\/dialogflow\//, ''), JSON.parse(f.content) as unknown]),
);
const intentFiles = [...files.keys()].filter((path) => path.startsWith('intents/') && !path.includes('_usersays_'));
const entityNames = [...files.keys()]
  .filter((p) => p.startsWith('entities/') && !p.includes('_entries_'))
  .map((p) => p.slice(9, -5));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the generated Dialogflow ES agent', () => {
  it('has agent.json with a language and package.json with a version', () => {
    const agent = files.get('agent.json');
    assert.ok(isJson(agent) && agent.language === 'en' && Array.isArray(agent.supportedLanguages));
    assert.deepEqual(files.get('package.json'), { version: '1.0.0' });
  });

  it('gives each intent a name, an id, webhook fulfilment and one response with its parameters', () => {
    for (const path of intentFiles) {
      const intent = files.get(path);
      assert.ok(isJson(intent), path);
      assert.equal(`intents/${String(intent.name)}.json`, path);
      assert.match(String(intent.id), UUID);
      assert.equal(intent.webhookUsed, true, path);
      const [response, ...more] = list(intent.responses);
      assert.ok(response && more.length === 0, path);
      for (const parameter of list(response.parameters)) {
        assert.match(String(parameter.id), UUID);
        assert.equal(parameter.value, `$${String(parameter.name)}`);
        assert.match(String(parameter.dataType), /^@(sys\.[a-z-]+|[a-z-]+)$/);
      }
    }
  });

  it('gives every intent training phrases whose parts are text, annotated parts naming a declared parameter and its entity', () => {
    for (const path of intentFiles) {
      const parameters = new Map(
        list(list((files.get(path) as Json).responses)[0]?.parameters).map((p) => [p.name, p.dataType]),
      );
      const phrases = list(files.get(path.replace(/\.json$/, '_usersays_en.json')));
      assert.ok(phrases.length > 0, `${path} has training phrases`);
      for (const phrase of phrases) {
        assert.match(String(phrase.id), UUID);
        assert.equal(phrase.lang, 'en');
        const parts = list(phrase.data);
        assert.ok(parts.length > 0 && parts.every((part) => typeof part.text === 'string' && part.text !== ''), path);
        for (const part of parts.filter((p) => p.alias !== undefined)) {
          assert.equal(part.userDefined, true);
          assert.equal(part.meta, parameters.get(part.alias), `${path}: ${String(part.text)} as ${String(part.alias)}`);
        }
      }
      const annotated = new Set<unknown>(phrases.flatMap((p) => list(p.data)).map((part) => part.alias));
      for (const name of parameters.keys())
        assert.ok(annotated.has(name), `${path}: parameter ${String(name)} never annotated`);
    }
  });

  it('defines every custom entity an intent uses, and annotates with its known values only', () => {
    const metas = intentFiles.flatMap((path) =>
      list(list((files.get(path) as Json).responses)[0]?.parameters).map((p) => String(p.dataType)),
    );
    for (const meta of metas.filter((m) => !m.startsWith('@sys.')))
      assert.ok(entityNames.includes(meta.slice(1)), meta);
    for (const name of entityNames) {
      const entity = files.get(`entities/${name}.json`);
      assert.ok(isJson(entity) && entity.name === name && UUID.test(String(entity.id)), name);
      const entries = list(files.get(`entities/${name}_entries_en.json`));
      assert.ok(entries.length > 0);
      for (const entry of entries)
        assert.ok(Array.isArray(entry.synonyms) && entry.synonyms.includes(entry.value), String(entry.value));
      const known = new Set(entries.flatMap((e) => (Array.isArray(e.synonyms) ? (e.synonyms as unknown[]) : [])));
      const parts = intentFiles.flatMap((p) =>
        list(files.get(p.replace(/\.json$/, '_usersays_en.json'))).flatMap((x) => list(x.data)),
      );
      for (const part of parts.filter((p) => p.meta === `@${name}`))
        assert.ok(known.has(part.text), `${name}: ${String(part.text)}`);
    }
  });
});
