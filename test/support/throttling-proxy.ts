/**
 * A proxy in front of the emulator that answers the first N matching requests with AWS's own
 * throttling error, then forwards everything: the product must retry and carry on. It speaks the
 * query protocol's XML error, which CloudFormation and STS use.
 */
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ThrottlingProxy {
  readonly endpoint: string;
  readonly throttled: string[];
  readonly forwarded: number;
  stop(): Promise<void>;
}

export async function startThrottlingProxy(opts: {
  target: string;
  throttleFirst: number;
  /** Which requests count, by their query-protocol Action (e.g. /^(CreateChangeSet|DescribeStacks)$/). */
  actions: RegExp;
  /** Called with each forwarded request's Action, before it is forwarded. */
  onForward?: (action: string) => void | Promise<void>;
}): Promise<ThrottlingProxy> {
  const target = new URL(opts.target);
  const throttled: string[] = [];
  let forwarded = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const action = new URLSearchParams(body.toString('utf8')).get('Action') ?? '';
    if (throttled.length < opts.throttleFirst && opts.actions.test(action)) {
      throttled.push(action);
      res.writeHead(400, { 'content-type': 'text/xml' });
      res.end(
        '<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error>' +
          '<RequestId>00000000-0000-0000-0000-000000000000</RequestId></ErrorResponse>',
      );
      return;
    }
    forwarded++;
    await opts.onForward?.(action);
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    upstream.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    throttled,
    get forwarded() {
      return forwarded;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
