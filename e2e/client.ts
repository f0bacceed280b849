import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * The server as reached from another loopback address (127.0.0.2 and up): on Linux all
 * of 127/8 is this machine, and the server sees each as a different client. Tests of
 * per-client limits use one of their own, apart from the rest of the suite's 127.0.0.1.
 */
export const clientOrigin = (n: number) => `http://127.0.0.${n}:${port}`;

export const clientRequest = (n: number) => playwrightRequest.newContext({ baseURL: clientOrigin(n) });

/**
 * Signs in through next-auth's credentials endpoint, as the sign-in form does; answers
 * "ok" or the failure code. One CSRF token per client, fetched once, so parallel
 * attempts do not overwrite each other's token cookie.
 */
export async function signInOver(request: APIRequestContext, email: string, password: string): Promise<string> {
  const csrfToken = await csrfTokenOf(request);
  const response = await request.post('/api/auth/callback/credentials', { form: { email, password, csrfToken, json: 'true', callbackUrl: '/' } });
  const { url } = (await response.json()) as { url: string };
  const answer = new URL(url).searchParams;
  if (answer.has('csrf')) throw new Error('CSRF token refused');
  return answer.get('error') ?? 'ok';
}

const tokens = new WeakMap<APIRequestContext, Promise<string>>();
function csrfTokenOf(request: APIRequestContext): Promise<string> {
  let token = tokens.get(request);
  if (!token) {
    token = request.get('/api/auth/csrf').then(async (response) => ((await response.json()) as { csrfToken: string }).csrfToken);
    tokens.set(request, token);
  }
  return token;
}
