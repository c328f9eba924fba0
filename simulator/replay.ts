import { Conversation, type ConversationOptions } from './conversation';
import { replyMatches, type Transcript } from './transcript';

/** A turn whose reply is not what the transcript expects. */
export interface Mismatch {
  readonly turn: number;
  readonly user: string;
  readonly expected: string;
  readonly actual: string;
}

/** The conversation settings a replay takes from the caller; the transcript names the user and locale. */
export type ReplayOptions = Omit<ConversationOptions, 'token' | 'locale'>;

function endMismatch(expected: boolean | undefined, actual: boolean): string | undefined {
  if (expected === undefined || expected === actual) return undefined;
  return expected ? 'the session to end' : 'the session to stay open';
}

/**
 * Re-runs a transcript on one platform and returns every turn that no longer matches. A session
 * that ends early fails the turns after it.
 */
export async function replay(transcript: Transcript, options: ReplayOptions): Promise<Mismatch[]> {
  const conversation = new Conversation({
    ...options,
    locale: transcript.locale,
    ...(transcript.token ? { token: transcript.token } : {}),
  });
  const mismatches: Mismatch[] = [];
  for (const [index, turn] of transcript.turns.entries()) {
    const at = { turn: index + 1, user: turn.user };
    if (conversation.ended) {
      mismatches.push({ ...at, expected: turn.reply, actual: '(the session had already ended)' });
      continue;
    }
    const { reply, status } = await conversation.say(turn.user);
    const actual = status === 200 ? reply.speech : `(HTTP ${status}) ${reply.speech}`;
    if (!replyMatches(turn.reply, actual)) mismatches.push({ ...at, expected: turn.reply, actual });
    const ending = endMismatch(turn.endSession, reply.endSession);
    if (ending) mismatches.push({ ...at, expected: ending, actual: reply.endSession ? 'it ended' : 'it stayed open' });
  }
  await conversation.leave();
  return mismatches;
}

/** A readable diff, one block per mismatched turn. */
export function formatMismatches(mismatches: readonly Mismatch[], label: string): string {
  const blocks = mismatches.map((m) =>
    [`turn ${m.turn}, user: ${m.user}`, `  - expected: ${m.expected}`, `  + actual:   ${m.actual}`].join('\n'),
  );
  return [`${label}: ${mismatches.length} turn(s) differ`, ...blocks].join('\n');
}
