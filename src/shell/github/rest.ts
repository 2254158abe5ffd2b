/**
 * The GitHub REST API calls the action makes, over Node's built-in fetch. GITHUB_API_URL is honoured
 * (GitHub Enterprise Server, and the local fake the tests run). A failed call throws an Error with
 * the HTTP `status`, which callers read to degrade (403: no permission, 404: not there).
 */
export interface RestClient {
  request<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T>;
  /** Every item of a list endpoint, page after page (the Link header's rel="next"). */
  paginate<T>(path: string): AsyncIterable<T>;
}

export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export function restClient(token: string, env: NodeJS.ProcessEnv = process.env): RestClient {
  const base = (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  const headers = {
    Accept: 'application/vnd.github+json',
    Authorization: `Bearer ${token}`,
    'User-Agent': 's3-xrepl-action',
    'X-GitHub-Api-Version': '2022-11-28',
  };
  const call = async (method: string, url: string, body?: unknown): Promise<Response> => {
    const res = await fetch(url, {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) {
      const text = await res.text().catch(() => '');
      let message = text;
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? text;
      } catch {
        // not JSON: keep the text
      }
      throw new GitHubApiError(
        `${method} ${new URL(url).pathname}: HTTP ${res.status}${message ? `: ${message}` : ''}`,
        res.status,
      );
    }
    return res;
  };
  return {
    async request<T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown): Promise<T> {
      const res = await call(method, `${base}${path}`, body);
      return (res.status === 204 ? undefined : await res.json()) as T;
    },
    async *paginate<T>(path: string): AsyncIterable<T> {
      let url: string | undefined = `${base}${path}`;
      while (url) {
        const res = await call('GET', url);
        for (const item of (await res.json()) as T[]) yield item;
        url = nextPage(res.headers.get('link'));
      }
    },
  };
}

/** `<https://…?page=2>; rel="next", <…>; rel="last"` → the next page's URL. */
export function nextPage(link: string | null): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}
