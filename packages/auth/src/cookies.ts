/**
 * Cookie names and flags. Behind HTTPS every cookie takes the `__Host-` prefix: the browser then
 * insists on Secure, path=/ and no Domain, so no sibling subdomain can set or read it. HttpOnly
 * keeps scripts away from them, SameSite=Lax keeps other sites' forms from sending them.
 */
interface CookieSetting {
  name: string;
  options: { httpOnly: boolean; sameSite: 'lax'; path: string; secure: boolean };
}

export function authCookies(secure: boolean): {
  sessionToken: CookieSetting;
  csrfToken: CookieSetting;
  callbackUrl: CookieSetting;
} {
  const prefix = secure ? '__Host-' : '';
  const options = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure };
  return {
    sessionToken: { name: `${prefix}stride.session-token`, options },
    csrfToken: { name: `${prefix}stride.csrf-token`, options },
    callbackUrl: { name: `${prefix}stride.callback-url`, options },
  };
}
