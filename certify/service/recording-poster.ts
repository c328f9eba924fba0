import { posterFor } from '../../simulator/service';
import type { Poster } from '../../simulator/platforms/types';

/** One voice request to an in-process service and its answer, as exchanged (masked only when written out). */
export interface Recorded {
  readonly path: '/alexa' | '/google';
  /** The request body sent (parsed JSON, or the text when it is not JSON). */
  readonly request: unknown;
  /** The request headers sent beyond content-type. */
  readonly headers: Readonly<Record<string, string>>;
  readonly status: number;
  /** The parsed JSON body (or the text when it is not JSON). */
  readonly body: unknown;
}

/** The simulator's poster for `url`, keeping every exchange in `sink` for the speech and privacy checks and the evidence bundle. */
export function recordingPoster(url: string, sink: Recorded[]): Poster {
  const post = posterFor({ url, close: async () => undefined });
  return async (path, body, headers) => {
    const answer = await post(path, body, headers);
    sink.push({ path, request: body, headers: { ...headers }, ...answer });
    return answer;
  };
}
