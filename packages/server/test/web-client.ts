/** A tiny cookie-keeping client over `app.request`, for page tests: GET pages, POST their forms. */
import type { createApp } from '../src/app.js';

export class WebClient {
  readonly cookies = new Map<string, string>();
  constructor(
    private readonly app: ReturnType<typeof createApp>,
    readonly origin = 'http://localhost',
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!name) continue;
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
  }

  async get(path: string): Promise<Response> {
    const res = await this.app.request(`${this.origin}${path}`, {
      headers: { accept: 'text/html', cookie: this.cookieHeader() },
    });
    this.keep(res);
    return res;
  }

  /** The CSRF token of the forms on a page. */
  async csrf(path: string): Promise<string> {
    const html = await (await this.get(path)).text();
    const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (!token) throw new Error(`no CSRF token on ${path}`);
    return token;
  }

  async post(
    path: string,
    fields: Record<string, string | string[]>,
    { origin = this.origin, csrfFrom }: { origin?: string | null; csrfFrom?: string } = {},
  ): Promise<Response> {
    const form = new URLSearchParams();
    if (csrfFrom) form.append('_csrf', await this.csrf(csrfFrom));
    for (const [k, v] of Object.entries(fields)) for (const item of [v].flat()) form.append(k, item);
    const res = await this.app.request(`${this.origin}${path}`, {
      method: 'POST',
      body: form.toString(),
      headers: {
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        cookie: this.cookieHeader(),
        ...(origin ? { origin } : {}),
      },
    });
    this.keep(res);
    return res;
  }

  /** Signs up through the page and returns the access key it showed. */
  async signUp(role: string, name: string, organisation = ''): Promise<string> {
    const res = await this.post('/sign-up', { role, name, organisation }, { csrfFrom: '/sign-up' });
    if (res.status !== 201) throw new Error(`sign-up gave ${res.status}`);
    const key = (await res.text()).match(/id="access-key"[^>]*>\s*(sbk_[A-Za-z0-9_-]+)/)?.[1];
    if (!key) throw new Error('no access key on the page');
    return key;
  }
}
