import { describe, expect, it } from 'vitest';

import { refuseForgedRequest } from './request-guard';

const url = 'http://127.0.0.1:3000/api/trpc/plans.tick';
const post = (headers: Record<string, string>) =>
  new Request(url, { method: 'POST', headers, body: '{}' });

describe('the tRPC endpoint refuses forged requests', () => {
  it('lets same-origin JSON posts and all GETs through', () => {
    expect(
      refuseForgedRequest(
        post({ 'content-type': 'application/json', origin: 'http://127.0.0.1:3000' }),
        {},
      ),
    ).toBeNull();
    expect(refuseForgedRequest(new Request(url), {})).toBeNull();
  });

  it('refuses a post from another origin with 403', async () => {
    const res = refuseForgedRequest(
      post({ 'content-type': 'application/json', origin: 'https://evil.example' }),
      {},
    );
    expect(res?.status).toBe(403);
    expect(await res?.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('refuses form and text bodies with 415, whatever the origin', () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
    ]) {
      expect(refuseForgedRequest(post({ 'content-type': type }), {})?.status).toBe(415);
    }
    expect(refuseForgedRequest(post({}), {})?.status).toBe(415);
  });

  it('accepts the public origin behind a proxy and the forwarded host', () => {
    const behindProxy = post({
      'content-type': 'application/json',
      origin: 'https://clinic.example',
      host: 'internal:3000',
    });
    expect(
      refuseForgedRequest(behindProxy, { publicOrigin: 'https://clinic.example/' }),
    ).toBeNull();
    const forwarded = post({
      'content-type': 'application/json',
      origin: 'https://app.example',
      'x-forwarded-host': 'app.example',
      'x-forwarded-proto': 'https',
    });
    expect(refuseForgedRequest(forwarded, {})).toBeNull();
  });
});
