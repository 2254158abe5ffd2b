/**
 * A stand-in for the runner's OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL): answers
 * `GET ?audience=…` with a bearer check, returning an unsigned JWT whose claims look like
 * GitHub's. The emulator accepts any token, so the claims matter only to error hints.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OidcServer {
  readonly requestUrl: string;
  readonly requestToken: string;
  readonly requests: { audience: string | null; authorized: boolean }[];
  stop(): Promise<void>;
}

export function fakeJwt(claims: Record<string, string>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iss: 'https://token.actions.githubusercontent.com', ...claims })}.`;
}

export async function startOidcServer(
  claims: Record<string, string> = {
    sub: 'repo:acme/replication:ref:refs/heads/main',
    repository: 'acme/replication',
    repository_id: '123456',
    repository_owner: 'acme',
    repository_owner_id: '7890',
  },
): Promise<OidcServer> {
  const requestToken = 'runner-request-token';
  const requests: OidcServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const authorized = req.headers.authorization === `Bearer ${requestToken}`;
    requests.push({ audience: url.searchParams.get('audience'), authorized });
    if (!authorized) {
      res.writeHead(401).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ value: fakeJwt({ aud: url.searchParams.get('audience') ?? '', ...claims }) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    // The runner's URL already carries a query string; @actions/core appends &audience=…
    requestUrl: `http://127.0.0.1:${port}/token?api-version=2.0`,
    requestToken,
    requests,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
