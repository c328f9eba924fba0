import nock from 'nock';

// No test may reach the network: only loopback servers that the tests start themselves.
export const mochaHooks = {
  beforeAll(): void {
    nock.disableNetConnect();
    nock.enableNetConnect((host: string) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host));
  },
  afterEach(): void {
    nock.cleanAll();
  },
};
