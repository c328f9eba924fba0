import type { RunContext } from '../context';
import { fail, pass } from '../runner';
import type { CheckSpec } from '../types';
import { answered, asks, ends, judge, staysOpen } from './judge';
import type { Voice } from './voice';

const skill = (name: string, run: CheckSpec['run']): CheckSpec => ({ name, area: 'skill', level: 'required', run });
/** Something no banking skill understands. */
export const OFF_TOPIC = 'book me a flight to paris';
const NO_REPROMPT = 'Dialogflow sends no reprompt: expectUserResponse keeps the conversation open';

/** The platform behaviours Amazon and Google certify: launch, help, stop, cancel, fallback, session end, linking. */
export function conversationChecks(ctx: RunContext, voice: Voice): CheckSpec[] {
  const { token } = ctx.settings;
  return [
    skill('launch keeps the session open with a reprompt', async () =>
      judge(
        await voice.everywhere(token, 'open my bank'),
        [answered, staysOpen],
        'both platforms welcome the user and keep listening',
        [NO_REPROMPT],
      ),
    ),
    skill('help lists what to ask and ends with a question', async () =>
      judge(
        await voice.everywhere(token, 'help'),
        [answered, staysOpen, asks],
        'help ends with a question on both platforms',
      ),
    ),
    skill('stop and cancel end the session', async () => {
      const heard = (await Promise.all([voice.everywhere(token, 'stop'), voice.everywhere(token, 'cancel')])).flat();
      return judge(heard, [answered, ends], 'stop and cancel say goodbye and end on both platforms');
    }),
    skill('fallback never dead-ends', async () => {
      const heard = await voice.everywhere(token, OFF_TOPIC);
      const understood = heard.find((h) => h.intentId !== 'fallback');
      if (understood) return fail(`the simulator understood "${OFF_TOPIC}" as ${understood.intentId}, not fallback`);
      return judge(
        heard,
        [answered, staysOpen, asks],
        'the fallback offers examples, asks a question and keeps listening',
      );
    }),
    sessionEndCheck(voice, token),
    skill('an unlinked user gets an account-linking prompt', async () =>
      judge(
        await voice.everywhere(undefined, "what's my balance"),
        [answered, (h) => (h.reply.linkAccount ? undefined : 'no LinkAccount card or SIGN_IN helper')],
        'Alexa sends a LinkAccount card, Dialogflow the SIGN_IN helper',
      ),
    ),
  ];
}

/** Alexa's SessionEndedRequest gets an answer without speech. Dialogflow has no such request. */
function sessionEndCheck(voice: Voice, token: string): CheckSpec {
  return skill('a session-ended request gets no speech (Alexa)', async () => {
    const conversation = voice.open('alexa', token);
    await conversation.say('open my bank');
    const exchange = await conversation.leave();
    const notes = ['Dialogflow has no session-ended request: not applicable there'];
    if (exchange === undefined) return fail('the session had already ended after launch', { notes });
    const evidence = {
      request: 'LaunchRequest, then SessionEndedRequest (USER_INITIATED)',
      response: `HTTP ${exchange.status}: ${JSON.stringify(exchange.response)}`,
      notes,
    };
    if (exchange.status !== 200) return fail(`HTTP ${exchange.status}`, evidence);
    return exchange.reply.speech === ''
      ? pass('answered with no speech', evidence)
      : fail('the answer has speech', evidence);
  });
}
