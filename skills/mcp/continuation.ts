/**
 * The core's state between tool calls. MCP handling is stateless, so the state travels with the
 * client as an opaque string (as Alexa carries session attributes and Dialogflow its contexts):
 * the core validates whatever comes back (shared/banking/session.ts). It is only encoded (base64url
 * JSON), not encrypted or signed, so it holds nothing secret: opaque account ids, calendar days and
 * the customer's own words — which, for a money movement waiting on the PIN, include the amount
 * they said (`pending.move.amountMinor`), since no movement record exists before the PIN. Never a
 * PIN, an account number or a balance; the amount is re-checked against the limits and confirmed
 * aloud before anything moves, so an edited one moves nothing unconfirmed.
 */
const MAX_CHARS = 4096;

export function toContinuation(session: Readonly<Record<string, unknown>>): string {
  return Buffer.from(JSON.stringify(session), 'utf8').toString('base64url');
}

/** The state a continuation carried; anything unreadable is no state at all. */
export function fromContinuation(text: string | undefined): Readonly<Record<string, unknown>> {
  if (!text || text.length > MAX_CHARS || !/^[A-Za-z0-9_-]+$/.test(text)) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? { ...parsed } : {};
  } catch {
    return {};
  }
}
