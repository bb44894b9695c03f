import type { z } from 'zod';
import type { Channel, ChannelRequest, ChannelResponse, IpcChannels } from '../../shared/ipc';
import { failureFromError } from './errors';

/** What a handler body returns on success; failures are thrown as IpcFailure (or fs errors). */
export type HandlerBody<C extends Channel> = (
  request: ChannelRequest<C>,
) => Promise<IpcChannels[C]['response']>;

/** A registered handler: takes anything from the bridge, never throws, returns the typed result. */
export type SafeHandler<C extends Channel> = (raw: unknown) => Promise<ChannelResponse<C>>;
export type HandlerMap = { [C in Channel]: SafeHandler<C> };

export type RequestSchema<C extends Channel> = z.ZodType<ChannelRequest<C>>;

/**
 * The one typed `handle()` (DESIGN.md "Typed IPC"): validates the request against its zod schema,
 * runs the body and returns `{ ok: true, ...response }` or `{ ok: false, error, message }`. Nothing
 * crosses the bridge as an exception, so the renderer always gets a code it can translate.
 */
export function handle<C extends Channel>(
  channel: C,
  schema: RequestSchema<C>,
  body: HandlerBody<C>,
  describeTarget: (request: ChannelRequest<C>) => string = () => channel,
): SafeHandler<C> {
  return async (raw) => {
    const parsed = schema.safeParse(raw ?? {});
    if (!parsed.success) {
      const detail = parsed.error.issues
        .map((i) => `${i.path.join('.') || '(request)'}: ${i.message}`)
        .join('; ');
      return { ok: false, error: 'invalidRequest', message: `${channel}: invalid request (${detail})` };
    }
    try {
      const response = await body(parsed.data);
      return { ok: true, ...response } as ChannelResponse<C>;
    } catch (err) {
      const failure = failureFromError(err, describeTarget(parsed.data));
      return failure.reason
        ? { ok: false, error: failure.code, message: failure.message, reason: failure.reason }
        : { ok: false, error: failure.code, message: failure.message };
    }
  };
}
