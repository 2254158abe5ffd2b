/**
 * A small client in the shape of Octokit's `rest` methods, over fetch, for driving the GitHub fake
 * in its own tests: each method is one documented REST endpoint (method, path, query or body), and
 * an error answer throws with its HTTP `status`, as Octokit does. The product talks to GitHub through
 * src/shell/github/rest.ts; this is the tests' independent view of the same API.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
type Params = Record<string, any>;
/** JSON as Octokit types a response loosely: an object, or a list of them. */
type Data = any[] & Record<string, any>;
interface Response {
  readonly status: number;
  readonly data: Data;
  /** Lower-case header names, as Octokit gives them. */
  readonly headers: Record<string, string>;
}

export function githubClient(token: string, baseUrl: string) {
  // Octokit's rule: a JWT-shaped token (three dot-separated parts) goes as bearer.
  const authorization = token.split('.').length === 3 ? `bearer ${token}` : `token ${token}`;
  const call = async (method: string, template: string, params: Params = {}): Promise<Response> => {
    const rest = { ...params };
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const v = rest[name];
      delete rest[name];
      return name === 'path'
        ? String(v).split('/').map(encodeURIComponent).join('/')
        : encodeURIComponent(String(v));
    });
    const query =
      method === 'GET'
        ? new URLSearchParams(Object.entries(rest).map(([k, v]): [string, string] => [k, String(v)]))
        : undefined;
    const url = `${baseUrl}${path}${query && [...query].length ? `?${query}` : ''}`;
    const res = await fetch(url, {
      method,
      headers: {
        Authorization: authorization,
        Accept: 'application/vnd.github+json',
        ...(method === 'GET' ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(method === 'GET' ? {} : { body: JSON.stringify(rest) }),
    });
    const text = await res.text();
    const data = text ? JSON.parse(text) : undefined;
    if (!res.ok)
      throw Object.assign(new Error(data?.message ?? `HTTP ${res.status}`), {
        status: res.status,
        response: { data },
      });
    return { status: res.status, data, headers: Object.fromEntries(res.headers) };
  };
  const endpoint = (method: string, template: string) => {
    const f = (params: Params) => call(method, template, params);
    return Object.assign(f, { endpoint: { method, template } });
  };
  const rest = {
    issues: {
      createComment: endpoint('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'),
      updateComment: endpoint('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}'),
      getComment: endpoint('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}'),
      listComments: endpoint('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments'),
      create: endpoint('POST', '/repos/{owner}/{repo}/issues'),
      update: endpoint('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}'),
      get: endpoint('GET', '/repos/{owner}/{repo}/issues/{issue_number}'),
      listForRepo: endpoint('GET', '/repos/{owner}/{repo}/issues'),
      getLabel: endpoint('GET', '/repos/{owner}/{repo}/labels/{name}'),
      createLabel: endpoint('POST', '/repos/{owner}/{repo}/labels'),
    },
    repos: {
      getContent: endpoint('GET', '/repos/{owner}/{repo}/contents/{path}'),
    },
    pulls: {
      listFiles: endpoint('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files'),
    },
  };
  /** Every item of a list endpoint, following the Link header's rel="next" as Octokit does. */
  const paginate = async (
    f: { endpoint: { method: string; template: string } },
    params: Params,
  ): Promise<any[]> => {
    const items: any[] = [];
    let page: Response | undefined = await call(f.endpoint.method, f.endpoint.template, params);
    while (page) {
      items.push(...(page.data as any[]));
      const next = /<([^>]+)>;\s*rel="next"/.exec(page.headers.link ?? '')?.[1];
      if (!next) break;
      const res = await fetch(next, { headers: { Authorization: authorization } });
      page = {
        status: res.status,
        data: (await res.json()) as Data,
        headers: Object.fromEntries(res.headers),
      };
    }
    return items;
  };
  return { rest, paginate };
}
