import net, { type AddressInfo } from 'node:net';
import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * The server as seen from another client address. On Linux all of 127/8 is this
 * machine, but a connection *to* 127.0.0.2 still comes *from* 127.0.0.1; so this
 * relays each connection from a socket bound to 127.0.0.<n>, and the server (which
 * believes only the socket, never X-Forwarded-For) sees a client of its own. Tests of
 * per-client limits use one, apart from the rest of the suite's loopback traffic.
 */
export async function otherClient(n: number) {
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((inbound) => {
    const outbound = net.connect({ host: '127.0.0.1', port, localAddress: `127.0.0.${n}` });
    for (const socket of [inbound, outbound]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        sockets.delete(socket);
        inbound.destroy();
        outbound.destroy();
      });
    }
    inbound.pipe(outbound).pipe(inbound);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
  const requests: APIRequestContext[] = [];
  return {
    origin,
    async request() {
      const context = await playwrightRequest.newContext({ baseURL: origin });
      requests.push(context);
      return context;
    },
    async close() {
      await Promise.all(requests.map((context) => context.dispose()));
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    },
  };
}

/**
 * Signs in through next-auth's credentials endpoint, as the sign-in form does; answers
 * "ok" or the failure code. One CSRF token per client, fetched once, so parallel
 * attempts do not overwrite each other's token cookie.
 */
export async function signInOver(request: APIRequestContext, email: string, password: string): Promise<string> {
  const csrfToken = await csrfTokenOf(request);
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, json: 'true', callbackUrl: '/' },
  });
  const { url } = (await response.json()) as { url: string };
  const answer = new URL(url).searchParams;
  if (answer.has('csrf')) throw new Error('CSRF token refused');
  return answer.get('error') ?? 'ok';
}

const tokens = new WeakMap<APIRequestContext, Promise<string>>();
function csrfTokenOf(request: APIRequestContext): Promise<string> {
  let token = tokens.get(request);
  if (!token) {
    token = request
      .get('/api/auth/csrf')
      .then(async (response) => ((await response.json()) as { csrfToken: string }).csrfToken);
    tokens.set(request, token);
  }
  return token;
}
