import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALEXA_INTENT_MAP, ALEXA_SLOTS } from '../../skills/alexa/intent-map';

interface Intent {
  name: string;
  samples?: string[];
  slots?: Array<{ name: string; type: string }>;
}
const root = join(__dirname, '..', '..', 'interaction-models', 'alexa', 'skill-package');
const model = JSON.parse(readFileSync(join(root, 'interactionModels', 'custom', 'en-US.json'), 'utf8')) as {
  interactionModel: { languageModel: { invocationName: string; intents: Intent[]; types: Array<{ name: string }> } };
};
const { intents, invocationName, types } = model.interactionModel.languageModel;

describe('the Alexa interaction model', () => {
  it('has exactly the intents the adapter maps, both ways', () => {
    assert.deepEqual(intents.map((i) => i.name).sort(), Object.keys(ALEXA_INTENT_MAP).sort());
  });

  it('includes the required built-ins: Help, Stop, Cancel, NavigateHome, Fallback, Yes, No', () => {
    for (const name of ['Help', 'Stop', 'Cancel', 'NavigateHome', 'Fallback', 'Yes', 'No']) {
      assert.ok(
        intents.some((i) => i.name === `AMAZON.${name}Intent`),
        name,
      );
    }
  });

  it('declares every slot its samples use, with a type that exists, and only the slot names the adapter reads', () => {
    const known = new Set(types.map((t) => t.name));
    for (const intent of intents) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of intent.samples ?? []) {
        for (const [, slot] of sample.matchAll(/\{(\w+)\}/g))
          assert.ok(slot && declared.has(slot), `${intent.name}: {${slot}} undeclared`);
      }
      for (const slot of intent.slots ?? []) {
        assert.ok(
          Object.values(ALEXA_SLOTS).includes(slot.name as never),
          `${intent.name}: slot ${slot.name} not read by the adapter`,
        );
        assert.ok(slot.type.startsWith('AMAZON.') || known.has(slot.type), `${slot.type} not defined`);
      }
    }
  });

  it('has no sample utterance in two intents, and a two-word lower-case invocation name', () => {
    const seen = new Map<string, string>();
    for (const intent of intents) {
      for (const sample of intent.samples ?? []) {
        const key = sample.toLowerCase();
        assert.ok(!seen.has(key), `"${sample}" in ${intent.name} and ${seen.get(key) ?? ''}`);
        seen.set(key, intent.name);
      }
    }
    assert.match(invocationName, /^[a-z]+( [a-z]+)+$/);
  });

  it('has a manifest with account linking and marked privacy fields, and ask-resources pointing at it', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'skill.json'), 'utf8')) as {
      manifest: {
        privacyAndCompliance: { locales: Record<string, { privacyPolicyUrl: string }> };
        apis: { custom: { endpoint: { uri: string } } };
      };
    };
    assert.match(manifest.manifest.privacyAndCompliance.locales['en-US']?.privacyPolicyUrl ?? '', /FILL-ME/);
    assert.match(manifest.manifest.apis.custom.endpoint.uri, /\/alexa$/);
    const linking = JSON.parse(readFileSync(join(root, 'accountLinking.json'), 'utf8')) as {
      accountLinkingRequest: { type: string };
    };
    assert.equal(linking.accountLinkingRequest.type, 'AUTH_CODE');
    const resources = JSON.parse(readFileSync(join(__dirname, '..', '..', 'ask-resources.json'), 'utf8')) as {
      profiles: { default: { skillMetadata: { src: string } } };
    };
    assert.equal(resources.profiles.default.skillMetadata.src, './interaction-models/alexa/skill-package');
  });
});
