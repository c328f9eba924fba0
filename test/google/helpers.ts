import { DateTime } from 'luxon';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type express from 'express';
import type { BankingReply, BankingRequest } from '../../shared/banking/contract';
import type { Core } from '../../shared/banking/dispatch';
import { isWebhookRequest, type WebhookRequest } from '../../skills/google/webhook-request';
import { listenOnLoopback } from '../../shared/loopback';

/** A fresh copy each call: actions-on-google rewrites parameters in place. */
export function fixture(name: string): WebhookRequest {
  const body: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'google', `${name}.json`), 'utf8'));
  assert.ok(isWebhookRequest(body), `${name} is a webhook request`);
  return body;
}

/** A core that records what it was asked and always answers `reply`. */
export function fakeCore(reply: BankingReply): { core: Core; seen: BankingRequest[] } {
  const seen: BankingRequest[] = [];
  return { seen, core: async (request) => (seen.push(request), reply) };
}

export const LINKED_REPLY: BankingReply = {
  speech:
    'Your payment to AT&amp;T from checking ending in <say-as interpret-as="digits">4821</say-as> was $12.50. Anything else?',
  reprompt: 'Anything else?',
  card: { title: 'Balance', lines: ['Everyday checking ...4821: $1,254.30', 'Paid AT&T: $12.50'] },
  endSession: false,
};

export const LINK_REPLY: BankingReply = {
  speech: 'To hear about your accounts, please link your bank account first. I&apos;ve sent the details to your app.',
  linkAccount: true,
  endSession: true,
};

/** Serves the app on 127.0.0.1 at a free port; returns the base URL and a stop function. */
export async function serve(app: express.Express): Promise<{ url: string; stop: () => Promise<void> }> {
  const { url, close } = await listenOnLoopback(app);
  return { url, stop: close };
}

/** A fixed clock for resolving periods: Sunday 2026-11-29, 90 days of bank history. */
export const PERIODS = { now: () => DateTime.fromISO('2026-11-29T15:00:00Z'), historyDays: 90 };
