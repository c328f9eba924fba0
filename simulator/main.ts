/**
 * `npm run simulate -- [options] ["utterance"]`: an offline simulator to talk to voicebank as
 * Alexa or Dialogflow would. It understands typed English with the intent catalogue's samples,
 * builds the platform's real request JSON, and sends it to the service (started here with the
 * sandbox bank, or `--url`). See `--help`.
 */
import { clockForDay, systemClock, type Clock } from '../shared/clock';
import { Conversation } from './conversation';
import { interactive } from './interactive';
import { parseOptions, USAGE, type SimulatorOptions } from './options';
import { formatMismatches, replay } from './replay';
import { Recorder, runTurn, type Print } from './run-turn';
import { posterFor, remote, startEmbedded, type Target } from './service';
import { readTranscript, type Transcript } from './transcript';

function conversationFor(options: SimulatorOptions, target: Target, clock: Clock): Conversation {
  return new Conversation({
    platform: options.platform,
    post: posterFor(target),
    locale: options.locale,
    zone: options.zone,
    clock,
    ...(options.token ? { token: options.token } : {}),
    ...(options.secret ? { secret: options.secret } : {}),
    ...(options.skillId ? { skillId: options.skillId } : {}),
  });
}

async function replayFile(
  path: string,
  transcript: Transcript,
  options: SimulatorOptions,
  target: Target,
  clock: Clock,
  print: Print,
): Promise<number> {
  if (transcript.platforms && !transcript.platforms.includes(options.platform)) {
    print(`${path}: written for ${transcript.platforms.join(' and ')} only; nothing to replay on ${options.platform}`);
    return 0;
  }
  const mismatches = await replay(transcript, {
    platform: options.platform,
    post: posterFor(target),
    zone: options.zone,
    clock,
    ...(options.secret ? { secret: options.secret } : {}),
    ...(options.skillId ? { skillId: options.skillId } : {}),
  });
  print(
    mismatches.length === 0
      ? `${path}: ${transcript.turns.length} turns match on ${options.platform}`
      : formatMismatches(mismatches, `${path} on ${options.platform}`),
  );
  return mismatches.length === 0 ? 0 : 1;
}

async function oneShot(
  text: string,
  options: SimulatorOptions,
  target: Target,
  clock: Clock,
  print: Print,
): Promise<number> {
  const conversation = conversationFor(options, target, clock);
  const turn = await runTurn(conversation, text, options, print);
  new Recorder(options.record, options, dayOf(clock, options.zone)).add(turn);
  await conversation.leave();
  return turn.status === 200 ? 0 : 1;
}

const dayOf = (clock: Clock, zone: string): string => clock.now().setZone(zone).toISODate() ?? '';

/** A replay runs on the day its transcript was recorded; otherwise --today (or SANDBOX_TODAY), else the system clock. */
function clockFor(options: SimulatorOptions, transcript: Transcript | undefined): Clock {
  const day = transcript?.recordedOn ?? options.today;
  return day ? clockForDay(day, options.zone) : systemClock;
}

/** Runs the simulator; resolves to the process exit code. */
export async function runSimulator(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  print: Print,
): Promise<number> {
  let options: SimulatorOptions;
  try {
    options = parseOptions(argv, env);
  } catch (error) {
    print(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) return (print(USAGE), 0);
  const transcript = options.replay ? readTranscript(options.replay) : undefined;
  const clock = clockFor(options, transcript);
  const target = options.url
    ? remote(options.url)
    : await startEmbedded(options.zone, clock, transcript?.pinPolicy ?? options.pinPolicy, options.bankUrl);
  try {
    if (options.replay && transcript)
      return await replayFile(options.replay, transcript, options, target, clock, print);
    if (options.utterance) return await oneShot(options.utterance, options, target, clock, print);
    return await interactive(conversationFor(options, target, clock), options, print, dayOf(clock, options.zone));
  } finally {
    await target.close();
  }
}

if (require.main === module) {
  runSimulator(process.argv.slice(2), process.env, (text) => process.stdout.write(`${text}\n`)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`simulate: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
