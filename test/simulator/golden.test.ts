import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIALOGS_DIR } from '../../certify/skill/golden';
import { CATALOGUE } from '../../interaction-models/catalogue/intents';
import { enUS } from '../../interaction-models/catalogue/locales/en-US';
import { clockForDay, type Clock } from '../../shared/clock';
import { formatMismatches, replay } from '../../simulator/replay';
import { posterFor, startEmbedded, type Target } from '../../simulator/service';
import { readTranscript, type Transcript } from '../../simulator/transcript';
import { Understander } from '../../simulator/understand/understand';
import { testClock } from '../support/clock';

const ZONE = 'America/New_York';
const DIALOGS: ReadonlyArray<{ name: string; transcript: Transcript }> = readdirSync(DIALOGS_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ name: file, transcript: readTranscript(join(DIALOGS_DIR, file)) }));
const PLATFORMS = ['alexa', 'google'] as const;

/**
 * A dialog replays on the day it was recorded; `npm run test:dates` sets TEST_NOW to replay every
 * dialog on each hard date instead (they are written so that they hold on any day).
 */
function clockFor(transcript: Transcript): Clock {
  return process.env.TEST_NOW === undefined && transcript.recordedOn
    ? clockForDay(transcript.recordedOn, ZONE)
    : testClock();
}

async function check(
  transcript: Transcript,
  platform: (typeof PLATFORMS)[number],
  target: Target,
  clock: Clock,
  name: string,
): Promise<void> {
  const mismatches = await replay(transcript, { platform, post: posterFor(target), zone: ZONE, clock });
  assert.ok(mismatches.length === 0, formatMismatches(mismatches, `${name} on ${platform}`));
}

describe('golden dialogs (certify/dialogs) replayed through both platforms against the sandbox bank', () => {
  it('has dialogs that together say something for every intent of the catalogue', () => {
    const understander = new Understander(enUS, () => testClock().now().setZone(ZONE));
    const heard = new Set(
      DIALOGS.flatMap(({ transcript }) => transcript.turns.map((turn) => understander.understand(turn.user).intent.id)),
    );
    assert.deepEqual(
      CATALOGUE.map((intent) => intent.id).filter((id) => !heard.has(id)),
      [],
    );
  });

  it('records the day every dialog was recorded on', () => {
    assert.deepEqual(
      DIALOGS.filter(({ transcript }) => !transcript.recordedOn).map(({ name }) => name),
      [],
    );
  });

  for (const { name, transcript } of DIALOGS) {
    for (const platform of PLATFORMS.filter((p) => !transcript.platforms || transcript.platforms.includes(p))) {
      it(`${name} on ${platform}`, async () => {
        // Each dialog gets a service of its own: its own day, and its own PIN state.
        const clock = clockFor(transcript);
        const target = await startEmbedded(ZONE, clock, transcript.pinPolicy ?? 'off');
        try {
          await check(transcript, platform, target, clock, name);
        } finally {
          await target.close();
        }
      });
    }
  }
});
