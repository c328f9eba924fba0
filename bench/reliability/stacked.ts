import type { Clock } from '../../shared/clock';
import type { ThrowawayPki } from '../../certify/security/throwaway-ca';
import { GOOD_CERT_URL } from '../../certify/security/requests';
import { alexaSignatureHeaders as alexaHeaders, signAlexaBody as signBody } from '../../simulator/platforms/requests';
import { alexaEnvelope } from '../../test/support/alexa-requests';
import { post } from './post';
import { alexaTimestamp, SKILL_ID, startTarget } from './targets';
import { listenOnLoopback } from '../../shared/loopback';

/** The worst stacked case: how long it took and what the user heard. */
export interface StackedFigures {
  readonly ms: number;
  readonly status: number;
  readonly apologised: boolean;
}

/** A Settings API on 127.0.0.1 that accepts and never answers. */
async function hangingSettingsApi(): Promise<{ url: string; close(): Promise<void> }> {
  const { url, close } = await listenOnLoopback(() => {
    /* never answers */
  });
  return { url, close };
}

/**
 * A cold certificate (1.9 s to arrive, just inside the 2 s download limit), a time-zone lookup
 * that hangs, and a bank that takes 9 s: measured from sending to the complete answer.
 */
export async function stackedWorstCase(bankUrl: string, pki: ThrowawayPki, clock: Clock): Promise<StackedFigures> {
  const settings = await hangingSettingsApi();
  const fetchPem = (): Promise<string> => new Promise((resolve) => setTimeout(() => resolve(pki.chainPem), 1900));
  const target = await startTarget({ bankUrl, clock, pki, verify: true, fetchPem });
  try {
    const envelope = alexaEnvelope({
      intent: 'getBalance',
      slots: { account: 'checking' },
      token: 'fault-slow-9000',
      skillId: SKILL_ID,
      timestamp: alexaTimestamp(clock),
    });
    const system = (envelope.context as { System: Record<string, unknown> }).System;
    Object.assign(system, { apiEndpoint: settings.url, apiAccessToken: 'settings-token' });
    const body = JSON.stringify(envelope);
    const { status, text, ms } = await post(
      `${target.url}/alexa`,
      body,
      alexaHeaders(signBody(body, pki.signingKeyPem), GOOD_CERT_URL),
      clock.monotonicMs,
    );
    return { ms, status, apologised: /can't reach your bank/.test(text) };
  } finally {
    await target.close();
    await settings.close();
  }
}
