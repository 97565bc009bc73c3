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
    return (await this.signUpWithRecovery(role, name, organisation)).key;
  }

  /** Signs up through the page (which redirects to the key page) and returns the key and recovery code shown. */
  async signUpWithRecovery(
    role: string,
    name: string,
    organisation = '',
  ): Promise<{ key: string; recovery: string }> {
    const res = await this.post('/sign-up', { role, name, organisation }, { csrfFrom: '/sign-up' });
    if (res.status !== 303) throw new Error(`sign-up gave ${res.status}`);
    const shown = await this.shownKey(res.headers.get('location') ?? '');
    if (!shown.recovery) throw new Error('no recovery code on the key page');
    return { key: shown.key, recovery: shown.recovery };
  }

  /** Signs in through the page with an access key; throws unless the page lets the client in (303). */
  async signIn(key: string): Promise<this> {
    const res = await this.post('/sign-in', { key }, { csrfFrom: '/sign-in' });
    if (res.status !== 303) throw new Error(`sign-in gave ${res.status}`);
    return this;
  }

  /** The access key (and recovery code, if any) a key page shows. */
  async shownKey(path = '/account/key'): Promise<{ key: string; recovery: string | null; html: string }> {
    const html = await (await this.get(path)).text();
    const key = html.match(/id="access-key"[^>]*>\s*(sbk_[A-Za-z0-9_-]+)/)?.[1];
    if (!key) throw new Error(`no access key on ${path}`);
    const recovery = html.match(/id="recovery-code"[^>]*>\s*([A-Z0-9-]{29})/)?.[1] ?? null;
    return { key, recovery, html };
  }
}
