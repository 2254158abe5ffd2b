/**
 * A proxy in front of the emulator that answers the first N matching requests with AWS's own
 * throttling error, then forwards everything: the product must retry and carry on. It speaks the
 * query protocol's XML error, which CloudFormation and STS use.
 *
 * It can also inject another AWS error (`faults`): e.g. `ExpiredToken` for every
 * UpdateTerminationProtection, as when the session of a deploy expires between creating a stack
 * and protecting it. And it records each query-protocol request's Action and parameters.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ThrottlingProxy {
  readonly endpoint: string;
  readonly throttled: string[];
  readonly forwarded: number;
  /** Every query-protocol request that reached the proxy, in order (answered or forwarded). */
  readonly requests: readonly ProxiedRequest[];
  /** Each injected fault, by the Action it answered. */
  readonly injected: string[];
  stop(): Promise<void>;
}

export interface ProxiedRequest {
  readonly action: string;
  readonly params: URLSearchParams;
}

/** An AWS error to answer matching requests with, instead of forwarding them. */
export interface Fault {
  /** Which requests, by their query-protocol Action. */
  readonly actions: RegExp;
  /** The error code, e.g. ExpiredToken. */
  readonly code: string;
  readonly message: string;
  /** HTTP status; AWS answers 400 for ExpiredToken. */
  readonly status?: number;
  /** Let this many matching requests through first. */
  readonly after?: number;
  /** Answer at most this many (default: every later one). */
  readonly times?: number;
}

export async function startThrottlingProxy(opts: {
  target: string;
  throttleFirst: number;
  /** Which requests count, by their query-protocol Action (e.g. /^(CreateChangeSet|DescribeStacks)$/). */
  actions: RegExp;
  /** Called with each forwarded request's Action ('' for REST and JSON APIs), before it is forwarded. */
  onForward?: (action: string, request: { method: string; url: string }) => void | Promise<void>;
  faults?: readonly Fault[];
}): Promise<ThrottlingProxy> {
  const target = new URL(opts.target);
  const throttled: string[] = [];
  const injected: string[] = [];
  const requests: ProxiedRequest[] = [];
  const seen = new Map<Fault, number>();
  let forwarded = 0;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const params = new URLSearchParams(body.toString('utf8'));
    const action = params.get('Action') ?? '';
    if (action) requests.push({ action, params });
    if (throttled.length < opts.throttleFirst && opts.actions.test(action)) {
      throttled.push(action);
      answerError(res, 400, 'Throttling', 'Rate exceeded');
      return;
    }
    const fault = (opts.faults ?? []).find((f) => f.actions.test(action) && due(f));
    if (fault) {
      injected.push(action);
      answerError(res, fault.status ?? 400, fault.code, fault.message);
      return;
    }
    forwarded++;
    await opts.onForward?.(action, { method: req.method ?? '', url: req.url ?? '' });
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

  /** Counts a matching request against the fault; true when this one is to be answered with it. */
  function due(f: Fault): boolean {
    const n = (seen.get(f) ?? 0) + 1;
    seen.set(f, n);
    const after = f.after ?? 0;
    return n > after && n <= after + (f.times ?? Infinity);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    throttled,
    injected,
    requests,
    get forwarded() {
      return forwarded;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function answerError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'text/xml' });
  res.end(
    `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error>` +
      '<RequestId>00000000-0000-0000-0000-000000000000</RequestId></ErrorResponse>',
  );
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
