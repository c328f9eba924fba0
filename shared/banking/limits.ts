import { MAX_SPEECH_CHARS } from '../speech/ssml';
import type { BankingReply } from './contract';

/**
 * Keeps speech inside the platform limit by ending at the last whole sentence that fits.
 * Our tags never contain ". ", so cutting there never splits one.
 */
export function limitSpeech(reply: BankingReply, max = MAX_SPEECH_CHARS): BankingReply {
  if (reply.speech.length <= max) return reply;
  const cut = reply.speech.lastIndexOf('. ', max - 1);
  const speech = cut > 0 ? reply.speech.slice(0, cut + 1) : '';
  return { ...reply, speech };
}
