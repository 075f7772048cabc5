// The one way the web app talks to the Paso API: same-origin fetch with the session cookie, the CSRF
// token on every state-changing request, answers checked against a schema and failures returned as
// problems (never thrown), so every page handles errors the same way.
import { err, ok, type Result } from '../../domain/shared';
import { type ApiProblem, CLIENT_CODES, clientProblem, toProblem } from './problem';

export type ApiResult<T> = Result<T, ApiProblem>;

/** The part of a zod schema the client needs; any zod (or zod/mini) schema fits. */
export type ResponseSchema<T> = {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { message: string } };
};

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** What a read endpoint takes besides its own arguments: the signal that aborts it. */
export type Signal = { readonly signal?: AbortSignal };

/** An answer with only the part a caller wants (the list inside a reply's envelope), problems as they are. */
export function mapResult<T, U>(result: ApiResult<T>, pick: (value: T) => U): ApiResult<U> {
  return result.ok ? { ok: true, value: pick(result.value) } : result;
}

/** A read whose reply wraps what the caller wants in one field (the list in `{ hits: [...] }`). */
export async function getField<T, K extends keyof T>(
  client: ApiClient,
  path: string,
  schema: ResponseSchema<T>,
  field: K,
  options: RequestOptions = {},
): Promise<ApiResult<T[K]>> {
  return mapResult(await client.request('GET', path, schema, options), (v) => v[field]);
}

export type QueryValue = string | number | undefined | null;

export type RequestOptions = {
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  readonly signal?: AbortSignal;
};

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** A file the API sent as an attachment, and the name it gave it (Content-Disposition), if any. */
export type ApiFile = { readonly blob: Blob; readonly name: string | undefined };

export type ApiClient = {
  /** Sends a request whose success answer is JSON matching `schema`. */
  request<T>(
    method: Method,
    path: string,
    schema: ResponseSchema<T>,
    options?: RequestOptions,
  ): Promise<ApiResult<T>>;
  /** Sends a request whose success answer has no body worth reading (204). */
  command(method: Method, path: string, options?: RequestOptions): Promise<ApiResult<undefined>>;
  /** Reads a file (a report): a refusal comes back as a problem, not as a download that fails. */
  file(path: string, options?: RequestOptions): Promise<ApiResult<ApiFile>>;
  setCsrfToken(token: string | null): void;
  /** Whether a token is known (a page opened offline has none until it asks for the session). */
  hasCsrfToken(): boolean;
  /** Called when a request other than login is answered 401: the session ended. */
  onUnauthorized(listener: () => void): () => void;
};

// Login answers 401 for wrong credentials, not as "your session ended".
const EXPECTED_401_PATHS = new Set(['/api/auth/login']);

export function buildUrl(path: string, query?: Readonly<Record<string, QueryValue>>): string {
  if (query === undefined) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(name, String(value));
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

export function createApiClient(
  fetchImpl: FetchLike = (input, init) => globalThis.fetch(input, init),
): ApiClient {
  let csrfToken: string | null = null;
  const unauthorizedListeners = new Set<() => void>();

  async function send(method: Method, path: string, options: RequestOptions): Promise<ApiResult<Response>> {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    const init: RequestInit = { method, headers, credentials: 'same-origin' };
    if (options.signal !== undefined) init.signal = options.signal;
    if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    let response: Response;
    try {
      response = await fetchImpl(buildUrl(path, options.query), init);
    } catch {
      // fetch rejects only when no answer came back (offline, refused, aborted): nothing to read.
      return err(clientProblem(CLIENT_CODES.network));
    }
    if (response.ok) return ok(response);
    const problem = toProblem(response.status, await readJson(response));
    if (response.status === 401 && !EXPECTED_401_PATHS.has(path)) {
      for (const listener of unauthorizedListeners) listener();
    }
    return err(problem);
  }

  return {
    async request(method, path, schema, options = {}) {
      const sent = await send(method, path, options);
      if (!sent.ok) return sent;
      const parsed = schema.safeParse(await readJson(sent.value));
      if (!parsed.success) {
        return err({
          ...clientProblem(CLIENT_CODES.badResponse, sent.value.status),
          detail: parsed.error.message,
        });
      }
      return ok(parsed.data);
    },
    async command(method, path, options = {}) {
      const sent = await send(method, path, options);
      return sent.ok ? ok(undefined) : sent;
    },
    async file(path, options = {}) {
      const sent = await send('GET', path, options);
      if (!sent.ok) return sent;
      const disposition = sent.value.headers.get('content-disposition') ?? '';
      const name = /filename="([^"]+)"/.exec(disposition)?.[1];
      try {
        return ok({ blob: await sent.value.blob(), name });
      } catch {
        // The connection dropped while the file was read.
        return err(clientProblem(CLIENT_CODES.network));
      }
    },
    hasCsrfToken: () => csrfToken !== null,
    setCsrfToken(token) {
      csrfToken = token;
    },
    onUnauthorized(listener) {
      unauthorizedListeners.add(listener);
      return () => {
        unauthorizedListeners.delete(listener);
      };
    },
  };
}

/** The body as JSON, or undefined when there is none or it is not JSON. */
async function readJson(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    // The connection dropped while the body was read: treat it as no body.
    return undefined;
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON (a proxy's error page, say): the caller falls back to the status.
    return undefined;
  }
}
