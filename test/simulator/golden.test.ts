import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { CATALOGUE } from '../../interaction-models/catalogue/intents';
import { enUS } from '../../interaction-models/catalogue/locales/en-US';
import { formatMismatches, replay } from '../../simulator/replay';
import { posterFor, startEmbedded, type Target } from '../../simulator/service';
import { readTranscript, type Transcript } from '../../simulator/transcript';
import { Understander } from '../../simulator/understand/understand';

const DIR = join(__dirname, '..', 'dialogs');
const ZONE = 'America/New_York';
const DIALOGS: ReadonlyArray<{ name: string; transcript: Transcript }> = readdirSync(DIR)
  .filter((file) => file.endsWith('.json')).sort()
  .map((file) => ({ name: file, transcript: readTranscript(join(DIR, file)) }));
const PLATFORMS = ['alexa', 'google'] as const;

async function check(transcript: Transcript, platform: (typeof PLATFORMS)[number], target: Target, name: string): Promise<void> {
  const mismatches = await replay(transcript, { platform, post: posterFor(target), zone: ZONE });
  assert.ok(mismatches.length === 0, formatMismatches(mismatches, `${name} on ${platform}`));
}

describe('golden dialogs (test/dialogs) replayed through both platforms against the sandbox bank', () => {
  let shared: Target | undefined;
  before(async () => {
    shared = await startEmbedded(ZONE);
  });
  after(async () => {
    await shared?.close();
  });

  it('has dialogs that together say something for every intent of the catalogue', () => {
    const understander = new Understander(enUS, () => DateTime.now().setZone(ZONE));
    const heard = new Set(DIALOGS.flatMap(({ transcript }) => transcript.turns.map((turn) => understander.understand(turn.user).intent.id)));
    assert.deepEqual(CATALOGUE.map((intent) => intent.id).filter((id) => !heard.has(id)), []);
  });

  for (const { name, transcript } of DIALOGS) {
    for (const platform of PLATFORMS.filter((p) => !transcript.platforms || transcript.platforms.includes(p))) {
      it(`${name} on ${platform}`, async () => {
        // A PIN policy keeps state per customer: such a dialog gets a service of its own.
        if ((transcript.pinPolicy ?? 'off') === 'off') {
          assert.ok(shared);
          return check(transcript, platform, shared, name);
        }
        const own = await startEmbedded(ZONE, transcript.pinPolicy);
        try {
          await check(transcript, platform, own, name);
        } finally {
          await own.close();
        }
      });
    }
  }
});
