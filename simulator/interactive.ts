import { createInterface } from 'node:readline';
import type { Conversation } from './conversation';
import type { SimulatorOptions } from './options';
import { Recorder, runTurn, type Print } from './run-turn';

const QUIT = new Set(['exit', 'quit']);

/**
 * A multi-turn session on the terminal: each line is an utterance, the platform's session state
 * is carried between them, and it ends when the service ends the session, the user types exit or
 * quit, or the input ends. Lines are read as a stream, so piped input works too.
 */
export async function interactive(
  conversation: Conversation,
  options: SimulatorOptions,
  print: Print,
  recordedOn: string,
): Promise<number> {
  const recorder = new Recorder(options.record, options, recordedOn);
  const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const tty = process.stdin.isTTY;
  // Piped input gets no prompt; each line is echoed instead, so the output reads as a dialog.
  const prompt = (): void => (tty ? lines.prompt() : undefined);
  lines.setPrompt('you> ');
  print(
    `voicebank simulator (${options.platform}, ${options.token ? `linked as ${options.token}` : 'not linked'}). Type exit to leave.`,
  );
  prompt();
  try {
    for await (const raw of lines) {
      const line = raw.trim();
      if (QUIT.has(line.toLowerCase())) break;
      if (line) {
        if (!tty) print(`you> ${line}`);
        recorder.add(await runTurn(conversation, line, options, print));
        if (conversation.ended) break;
      }
      prompt();
    }
  } finally {
    lines.close();
    await conversation.leave();
  }
  return 0;
}
