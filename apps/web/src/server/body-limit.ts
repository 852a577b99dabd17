import { TRPCError } from '@trpc/server';

/**
 * The largest API request body. Uploads go through server actions (Next caps those at 1 MB by
 * default); over the API a case file arrives as a JSON string of at most 200 KB, which escaping
 * can roughly double, so 1 MB leaves room without letting a client make the server buffer more.
 */
export const API_MAX_BODY_BYTES = 1_000_000;
export const API_BODY_TOO_LARGE = `The request is larger than ${API_MAX_BODY_BYTES / 1_000_000} MB.`;

const tooLarge = (): TRPCError =>
  new TRPCError({ code: 'PAYLOAD_TOO_LARGE', message: API_BODY_TOO_LARGE });

/**
 * The request with its body capped: reading past the limit (or any read of a body whose declared
 * length is over it) fails with PAYLOAD_TOO_LARGE before a byte is parsed as JSON.
 */
export function limitBody(req: Request, limit = API_MAX_BODY_BYTES): Request {
  if (!req.body) return req;
  const declared = Number(req.headers.get('content-length') ?? 0);
  let seen = 0;
  const capped = req.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      start(controller) {
        if (declared > limit) controller.error(tooLarge());
      },
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(req.url, {
    method: req.method,
    headers: req.headers,
    body: capped,
    signal: req.signal,
    // Node's fetch requires this for a streamed body.
    duplex: 'half',
  } as RequestInit);
}
