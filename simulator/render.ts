import { alexaSlotValue } from './platforms/alexa-slots';
import { alexaTarget, dialogflowName } from './platforms/names';
import type { Reply } from './platforms/types';
import type { Turn } from './conversation';

/** The reply as a person would take it in: speech, reprompt, card, and whether the session is over. */
export function renderReply(reply: Reply, status: number): string {
  const lines = [reply.speech || '(nothing said)'];
  if (reply.reprompt) lines.push(`  reprompt: ${reply.reprompt}`);
  if (reply.linkAccount) lines.push('  card: [link your account]');
  if (reply.card)
    lines.push(`  card: ${reply.card.title}`, ...reply.card.text.split('\n').map((line) => `    ${line}`));
  if (status !== 200) lines.push(`  (HTTP ${status})`);
  if (status === 400 || status === 401 || status === 403) {
    lines.push(
      "  (refused: is the service verifying requests? Run it with VERIFY_REQUESTS=false, or pass Dialogflow's --secret)",
    );
  }
  if (reply.endSession) lines.push('  (session ended)');
  return lines.join('\n');
}

/** What the simulator understood, e.g. `SpendingIntent merchant=starbucks date=2026-10 (sample)`. */
export function renderUnderstanding(turn: Turn, platform: 'alexa' | 'google'): string {
  const { intent, fills, how } = turn.understanding;
  const alexa = alexaTarget(intent);
  const name = platform === 'google' ? dialogflowName(intent) : alexa.launch ? 'LaunchRequest' : alexa.name;
  const slots = [...fills].map(
    ([slot, fill]) => `${slot}=${fill.kind === 'custom' ? (fill.canonical ?? fill.heard) : alexaSlotValue(fill)}`,
  );
  return `  [${[name, ...slots].join(' ')}] (${how})`;
}

/** `--json`: the raw request and response of the turn. */
export function renderJson(turn: Turn): string {
  return JSON.stringify({ request: turn.request, status: turn.status, response: turn.response }, null, 2);
}
