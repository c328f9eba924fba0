/** One POST over fetch (keep-alive): status 0 means no answer at all. */
export async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
  monotonic: () => number,
): Promise<{ status: number; text: string; ms: number }> {
  const started = monotonic();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    return { status: response.status, text, ms: monotonic() - started };
  } catch (error) {
    return { status: 0, text: error instanceof Error ? error.name : 'failed', ms: monotonic() - started };
  }
}

/** Runs `count` jobs, `concurrency` at a time. */
export async function pool(count: number, concurrency: number, job: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) await job(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}
