import type { Conversation, Heard, Platform } from './platforms';

/** What a burst of concurrent guesses heard: how many PINs were checked, and how many balances were given. */
export interface BurstResult {
  /** Replies that mean a PIN was checked and was wrong ("isn't right", or "isn't right … now locked"). */
  readonly checkedWrong: number;
  /** Replies that gave account data. */
  readonly balances: number;
  readonly replies: readonly Heard[];
}

const WRONG_CHECKED = /That PIN isn't right/;
const GAVE_DATA = /\$\d/;

/** `count` conversations of one customer, spread over `urls` and `platforms`, each at the PIN prompt of a balance question about `account` (one account, so a right PIN says a balance). */
export async function atPinPrompt(
  urls: readonly string[],
  platforms: readonly Platform[],
  token: string,
  count: number,
  account = 'checking',
): Promise<Conversation[]> {
  const conversations: Conversation[] = [];
  for (let i = 0; i < count; i++) {
    const platform = platforms[i % platforms.length];
    const url = urls[i % urls.length];
    if (!platform || !url) throw new Error('atPinPrompt needs at least one platform and one url');
    const conversation = platform.start(url, token);
    const prompt = await conversation.say({ intent: 'getBalance', account });
    if (!/voice PIN/.test(prompt.text)) throw new Error(`expected the PIN prompt, heard: ${prompt.text}`);
    conversations.push(conversation);
  }
  return conversations;
}

/** One guess, and when the prompt closed, the question again (a new prompt or the lock) and the guess once more. */
async function guess(conversation: Conversation, pin: string): Promise<Heard[]> {
  const first = await conversation.say({ intent: 'pin', pin });
  if (first.reprompt || GAVE_DATA.test(first.text)) return [first];
  const again = await conversation.say({ intent: 'getBalance' });
  return again.reprompt ? [first, again, await conversation.say({ intent: 'pin', pin })] : [first, again];
}

function tally(replies: readonly Heard[]): BurstResult {
  return {
    checkedWrong: replies.filter((r) => WRONG_CHECKED.test(r.text)).length,
    balances: replies.filter((r) => GAVE_DATA.test(r.text)).length,
    replies,
  };
}

/** Every conversation guesses `wrong` at the same moment, then, once it has its answer, `right`. */
export async function wrongThenRight(
  conversations: readonly Conversation[],
  wrong: string,
  right: string,
): Promise<BurstResult> {
  const heard = await Promise.all(
    conversations.map(async (c) => [...(await guess(c, wrong)), ...(await guess(c, right))]),
  );
  return tally(heard.flat());
}

/** All conversations guess at the same moment: the first `wrongCount` a wrong PIN, the rest the right one. */
export async function mixedBurst(
  conversations: readonly Conversation[],
  wrongCount: number,
  wrong: string,
  right: string,
): Promise<BurstResult> {
  const heard = await Promise.all(
    conversations.map((c, i) => c.say({ intent: 'pin', pin: i < wrongCount ? wrong : right })),
  );
  return tally(heard);
}
