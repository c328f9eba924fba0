import type { Conversation, Turn } from './conversation';
import type { SimulatorOptions } from './options';
import { renderJson, renderReply, renderUnderstanding } from './render';
import { writeTranscript, type TranscriptTurn } from './transcript';

/** Where output goes (stdout in the CLI, a buffer in tests). */
export type Print = (text: string) => void;

/** Says one utterance and prints what came back, as the options ask. */
export async function runTurn(
  conversation: Conversation,
  text: string,
  options: SimulatorOptions,
  print: Print,
): Promise<Turn> {
  const turn = await conversation.say(text);
  if (options.explain) print(renderUnderstanding(turn, options.platform));
  if (options.json) print(renderJson(turn));
  print(renderReply(turn.reply, turn.status));
  return turn;
}

/** Collects the turns of a session and writes them as a transcript with `--record`. */
export class Recorder {
  private readonly turns: TranscriptTurn[] = [];

  constructor(
    private readonly path: string | undefined,
    private readonly options: SimulatorOptions,
    private readonly recordedOn: string,
  ) {}

  add(turn: Turn): void {
    if (!this.path) return;
    this.turns.push({ user: turn.text, reply: turn.reply.speech, endSession: turn.reply.endSession });
    // Written after every turn, so a session cut short still leaves its transcript.
    writeTranscript(this.path, {
      description: `recorded with npm run simulate on ${this.options.platform}; replace day-dependent amounts with /regex/`,
      ...(this.options.token ? { token: this.options.token } : {}),
      locale: this.options.locale,
      recordedOn: this.recordedOn,
      turns: this.turns,
    });
  }
}
