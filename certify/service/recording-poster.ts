import { posterFor } from '../../simulator/service';
import type { Poster } from '../../simulator/platforms/types';

/** One answer of an in-process service to a voice request. */
export interface Recorded {
  readonly path: '/alexa' | '/google';
  readonly status: number;
  /** The parsed JSON body (or the text when it is not JSON). */
  readonly body: unknown;
}

/** The simulator's poster for `url`, keeping every answer in `sink` for the speech and privacy checks. */
export function recordingPoster(url: string, sink: Recorded[]): Poster {
  const post = posterFor({ url, close: async () => undefined });
  return async (path, body, headers) => {
    const answer = await post(path, body, headers);
    sink.push({ path, ...answer });
    return answer;
  };
}
