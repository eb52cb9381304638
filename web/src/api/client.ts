/**
 * The typed client of the Closeloop API. Errors come back as `ApiError` carrying the
 * server's problem+json, so forms can put each `errors[]` entry beside its field. Every
 * call sends the UI's language as Accept-Language, so those texts arrive in it.
 */
import i18next from 'i18next';

export interface FieldProblem {
  path: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldProblem[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
  }
}

const tokenKey = 'closeloop.token';
const userKey = 'closeloop.user';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'supervisor' | 'quality_manager' | 'agent' | 'handler';
}

export const session = {
  token: (): string | null => localStorage.getItem(tokenKey),
  user: (): SessionUser | null => {
    const raw = localStorage.getItem(userKey);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  },
  save(token: string, user: SessionUser): void {
    localStorage.setItem(tokenKey, token);
    localStorage.setItem(userKey, JSON.stringify(user));
  },
  clear(): void {
    localStorage.removeItem(tokenKey);
    localStorage.removeItem(userKey);
  },
};

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A body that is not JSON (an .ics file): sent as it is with its content type. */
  raw?: { contentType: string; text: string };
  headers?: Record<string, string>;
  /** Send the staff session token (default true). */
  auth?: boolean;
  signal?: AbortSignal;
}

/** The UI's current language, for the server's problem texts (`zh-CN` or `en-US`). */
export function languageHeader(): { 'accept-language': string } {
  return { 'accept-language': i18next.resolvedLanguage ?? i18next.language ?? 'en-US' };
}

/** Calls the API; answers the parsed JSON body or throws ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    ...languageHeader(),
    ...options.headers,
  };
  const token = options.auth === false ? null : session.token();
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.raw) headers['content-type'] = options.raw.contentType;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.raw
        ? options.raw.text
        : options.body === undefined
          ? undefined
          : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      type: 'about:blank',
      title: 'Network',
      status: 0,
      detail: 'network',
      code: 'network',
    });
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401 && token) {
      session.clear();
      window.dispatchEvent(new Event('closeloop:signed-out'));
    }
    throw new ApiError(body as Problem);
  }
  return body as T;
}
