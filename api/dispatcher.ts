import { z } from 'zod';
import { ApiError, type Envelope } from './api-error';
import { contract, type Method, type Output, type ParsedInput } from './contract';

export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Output<M> | Promise<Output<M>> };

export type Dispatch = (method: string, input: unknown) => Promise<Envelope<unknown>>;

/** A domain error of the core: any Error carrying a string `code` and a `details` object. */
function isDomainError(e: unknown): e is Error & { code: string; details: Record<string, unknown> } {
  return (
    e instanceof Error &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { details?: unknown }).details === 'object' &&
    (e as { details?: unknown }).details !== null
  );
}

/**
 * The one dispatcher: looks the method up, validates the input with its zod schema before any
 * core code runs, calls the handler and maps every failure to an error code. Never throws.
 */
export function createDispatcher(handlers: Handlers, log: (e: unknown) => void = console.error): Dispatch {
  return async (method, rawInput) => {
    if (!Object.hasOwn(contract, method)) {
      return { ok: false, error: new ApiError('unknown-method', { method }).toBody() };
    }
    const m = method as Method;
    const parsed = contract[m].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return {
        ok: false,
        error: new ApiError('invalid-input', {
          method,
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        }, `invalid input for ${method}: ${z.prettifyError(parsed.error)}`).toBody(),
      };
    }
    try {
      const handler = handlers[m] as (input: unknown) => unknown;
      const result = await handler(parsed.data);
      return { ok: true, result };
    } catch (e) {
      if (e instanceof ApiError) return { ok: false, error: e.toBody() };
      if (e instanceof z.ZodError) {
        return {
          ok: false,
          error: new ApiError('invalid-input', {
            method,
            issues: e.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          }).toBody(),
        };
      }
      if (isDomainError(e)) return { ok: false, error: { code: e.code, message: e.message, details: e.details } };
      log(e);
      return {
        ok: false,
        error: new ApiError('internal', { method }, e instanceof Error ? e.message : String(e)).toBody(),
      };
    }
  };
}
