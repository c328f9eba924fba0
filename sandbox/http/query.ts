import type { Request } from 'express';

/** The query string of the request as sent (`req.query` is parsed loosely; this is exact). */
export function queryOf(req: Request): URLSearchParams {
  const mark = req.originalUrl.indexOf('?');
  return new URLSearchParams(mark < 0 ? '' : req.originalUrl.slice(mark + 1));
}
