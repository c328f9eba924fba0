import express, { type Request, type RequestHandler } from 'express';

/** Forms are small; anything bigger is not a consent form or a token request. */
const FORM_LIMIT = '16kb';

/** Parsed form bodies by request (no module state: one map per router). */
export type Forms = WeakMap<Request, URLSearchParams>;

/**
 * Reads an `application/x-www-form-urlencoded` body into `forms`; any other type, a body over
 * the limit or a broken one calls `refuse` instead. Repeated fields survive (`getAll`).
 */
export function formBody(forms: Forms, refuse: RequestHandler): RequestHandler {
  const parser = express.text({
    type: 'application/x-www-form-urlencoded',
    limit: FORM_LIMIT,
    defaultCharset: 'utf-8',
  });
  return (req, res, next) => {
    if (!req.is('application/x-www-form-urlencoded')) return refuse(req, res, next);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- express's Request is the IncomingMessage body-parser's typings ask for
    parser(req, res, (error?: unknown) => {
      const body: unknown = req.body;
      if (error !== undefined || typeof body !== 'string') return refuse(req, res, next);
      forms.set(req, new URLSearchParams(body));
      next();
    });
  };
}

/** The form `formBody` stored; an empty one when it did not run (a wiring bug shows up as a refusal). */
export function formOf(forms: Forms, req: Request): URLSearchParams {
  return forms.get(req) ?? new URLSearchParams();
}
