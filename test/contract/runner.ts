import assert from 'node:assert/strict';
import type { SettableClock } from '../../shared/clock';
import type { Facts } from './facts';
import { alexa, google, type Heard, type Platform } from './platforms';
import type { Expect, Scenario } from './scenarios';

/** The Dialogflow ES deadline; every answer, even to a slow bank, must beat it. */
const PLATFORM_DEADLINE_MS = 5000;

export function check(heard: Heard, expect: Expect, facts: Facts): void {
  assert.equal(heard.status, 200, `HTTP ${heard.status}`);
  if (expect.silent) assert.equal(heard.text, '', 'nothing may be said');
  for (const part of expect.says?.(facts) ?? []) {
    if (typeof part === 'string') assert.ok(heard.text.includes(part), `expected "${part}" in: ${heard.text}`);
    else assert.match(heard.text, part);
  }
  for (const part of expect.saysNot ?? []) {
    if (typeof part === 'string') assert.ok(!heard.text.includes(part), `did not expect "${part}" in: ${heard.text}`);
    else assert.doesNotMatch(heard.text, part);
  }
  if (expect.endSession !== undefined) assert.equal(heard.endSession, expect.endSession, 'endSession');
  if (expect.reprompt !== undefined) assert.equal(heard.reprompt, expect.reprompt, 'reprompt');
  if (expect.linkAccount !== undefined) assert.equal(heard.linkAccount, expect.linkAccount, 'linkAccount');
}

export const PLATFORMS: Platform[] = [alexa, google];

/** Lets `ms` pass between turns: on the service's clock when the caller can move it, else for real. */
export type Pause = (ms: number) => Promise<void>;
const sleep: Pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A pause that moves the service's (settable) clock instead of waiting: idle expiry follows it. */
export const advancing =
  (clock: SettableClock): Pause =>
  async (ms) =>
    clock.advance(ms);

/** Plays every turn of a scenario and checks each reply; returns what was heard. */
export async function runScenario(
  platform: Platform,
  scenario: Scenario,
  serviceUrl: string,
  facts: Facts,
  pause: Pause = sleep,
): Promise<Heard[]> {
  const conversation = platform.start(serviceUrl, scenario.token);
  const heard: Heard[] = [];
  for (const turn of scenario.turns) {
    if (turn.newSession) conversation.restart();
    if (turn.waitMs) await pause(turn.waitMs);
    const started = performance.now();
    const reply = await conversation.say(turn.ask);
    assert.ok(performance.now() - started < PLATFORM_DEADLINE_MS, 'answered after the platform deadline');
    check(reply, turn.expect, facts);
    heard.push(reply);
  }
  return heard;
}
