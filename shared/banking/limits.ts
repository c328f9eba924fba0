import { MAX_SPEECH_CHARS } from '../speech/ssml';
import type { BankingReply } from './contract';

/**
 * Keeps speech inside the platform limit by ending at the last whole sentence that fits.
 * Our tags never contain ". ", so cutting there never splits one.
 */
export function limitSpeech(reply: BankingReply, max = MAX_SPEECH_CHARS): BankingReply {
  if (reply.speech.length <= max) return reply;
  // An open session must still end with its question: keep room for the reprompt after the cut.
  const question = reply.endSession ? '' : ` ${reply.reprompt ?? ''}`;
  const cut = reply.speech.lastIndexOf('. ', max - question.length - 1);
  const speech = `${cut > 0 ? reply.speech.slice(0, cut + 1) : ''}${question}`.trim();
  return { ...reply, speech };
}
