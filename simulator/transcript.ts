import { readFileSync, writeFileSync } from 'node:fs';
import { isRecord } from '../shared/text';

/** One turn of a transcript: what the user says, and the reply expected (text, or `/regex/flags`). */
export interface TranscriptTurn {
  readonly user: string;
  readonly reply: string;
  /** When given, whether the session must end after this turn. */
  readonly endSession?: boolean;
}

/**
 * A platform-independent dialog: replayed through either platform, it must get the same replies.
 * `token` absent means an unlinked user.
 */
export interface Transcript {
  readonly description?: string;
  readonly token?: string;
  readonly locale: string;
  /** Limits a dialog to platforms where it makes sense (default: both). */
  readonly platforms?: ReadonlyArray<'alexa' | 'google'>;
  /** The voice PIN policy the in-process service runs with for this dialog (default off). */
  readonly pinPolicy?: 'off' | 'session' | 'always';
  /** `YYYY-MM-DD`: the day it was recorded on; replays take that day as today (sandbox data included). */
  readonly recordedOn?: string;
  readonly turns: readonly TranscriptTurn[];
}

function turnOf(value: unknown, index: number): TranscriptTurn {
  if (!isRecord(value) || typeof value.user !== 'string' || typeof value.reply !== 'string') {
    throw new Error(`turn ${index + 1} needs "user" and "reply" strings`);
  }
  if (value.endSession !== undefined && typeof value.endSession !== 'boolean')
    throw new Error(`turn ${index + 1}: "endSession" must be true or false`);
  return {
    user: value.user,
    reply: value.reply,
    ...(typeof value.endSession === 'boolean' ? { endSession: value.endSession } : {}),
  };
}

function recordedOn(value: unknown): { recordedOn?: string } {
  if (value === undefined) return {};
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new Error('"recordedOn" must be a day, YYYY-MM-DD');
  return { recordedOn: value };
}

/** Checks a parsed transcript and returns it typed; throws with what is wrong. */
export function parseTranscript(value: unknown): Transcript {
  if (!isRecord(value) || !Array.isArray(value.turns)) throw new Error('a transcript is an object with a "turns" list');
  const platforms = Array.isArray(value.platforms)
    ? value.platforms.filter((p): p is 'alexa' | 'google' => p === 'alexa' || p === 'google')
    : undefined;
  return {
    ...(typeof value.description === 'string' ? { description: value.description } : {}),
    ...(typeof value.token === 'string' ? { token: value.token } : {}),
    locale: typeof value.locale === 'string' ? value.locale : 'en-US',
    ...(platforms ? { platforms } : {}),
    ...(value.pinPolicy === 'off' || value.pinPolicy === 'session' || value.pinPolicy === 'always'
      ? { pinPolicy: value.pinPolicy }
      : {}),
    ...recordedOn(value.recordedOn),
    turns: value.turns.map(turnOf),
  };
}

/** Reads and checks a transcript file. */
export function readTranscript(path: string): Transcript {
  return parseTranscript(JSON.parse(readFileSync(path, 'utf8')));
}

/** Writes a transcript as indented JSON. */
export function writeTranscript(path: string, transcript: Transcript): void {
  writeFileSync(path, `${JSON.stringify(transcript, null, 2)}\n`);
}

/** `/…/flags` is a pattern; anything else must equal the reply exactly. */
export function replyMatches(expected: string, actual: string): boolean {
  const pattern = /^\/(.+)\/([a-z]*)$/s.exec(expected);
  if (!pattern?.[1]) return expected === actual;
  return new RegExp(pattern[1], pattern[2]).test(actual);
}
