import assert from 'node:assert/strict';
import { alexaCanFulfill, alexaEnvelope } from '../../simulator/platforms/requests';
import { testClock } from '../support/clock';
import { postJson, startTestService, type TestService } from '../support/service';

type Slots = Record<string, string>;

/** A CanFulfillIntentRequest as Alexa sends it: out of session, no access token needed. */
function canFulfillRequest(name: string, slots: Slots = {}): Record<string, unknown> {
  return alexaEnvelope({
    request: alexaCanFulfill(name, slots),
    skillId: 'amzn1.ask.skill.test',
    timestamp: testClock().now().toISO() ?? '',
  });
}

describe('CanFulfillIntentRequest on the Alexa adapter', () => {
  let service: TestService;
  before(async () => {
    service = await startTestService();
  });
  after(async () => {
    await service.close();
  });

  async function verdict(name: string, slots?: Slots): Promise<Record<string, unknown>> {
    const { status, body } = await postJson(`${service.url}/alexa`, canFulfillRequest(name, slots));
    assert.equal(status, 200);
    const response = (body as { response?: { canFulfillIntent?: Record<string, unknown>; outputSpeech?: unknown } })
      .response;
    assert.equal(response?.outputSpeech, undefined, 'a routing question gets no speech');
    return response?.canFulfillIntent ?? {};
  }

  it('says YES to a banking question with slots it understands', async () => {
    assert.deepEqual(await verdict('GetBalanceIntent'), { canFulfill: 'YES' });
    assert.deepEqual(await verdict('SpendingIntent', { date: '2026-05', category: 'groceries' }), {
      canFulfill: 'YES',
      slots: {
        date: { canUnderstand: 'YES', canFulfill: 'YES' },
        category: { canUnderstand: 'YES', canFulfill: 'YES' },
      },
    });
  });

  it('says MAYBE when an account or payee can only be matched once the customer is linked', async () => {
    assert.deepEqual(await verdict('GetBalanceIntent', { account: 'rainy day' }), {
      canFulfill: 'MAYBE',
      slots: { account: { canUnderstand: 'MAYBE', canFulfill: 'YES' } },
    });
  });

  it('says NO to intents that only make sense inside our dialog, unknown intents and slots it cannot read', async () => {
    for (const name of [
      'PinIntent',
      'SelectAccountIntent',
      'AMAZON.YesIntent',
      'AMAZON.HelpIntent',
      'OrderPizzaIntent',
    ]) {
      assert.deepEqual(await verdict(name), { canFulfill: 'NO' }, name);
    }
    assert.equal((await verdict('GetBalanceIntent', { lastFour: '12' })).canFulfill, 'NO');
    assert.equal((await verdict('GetBalanceIntent', { toppings: 'cheese' })).canFulfill, 'NO');
  });
});
