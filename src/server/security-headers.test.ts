import { describe, expect, it } from 'vitest';
import { suiteTestApp } from '../../test/support/app';

describe('security headers', () => {
  const ctx = suiteTestApp('sqlite', []);

  it.each([
    ['an answer', '/api/auth/session', 204],
    ['a problem', '/api/nothing-here', 404],
    ['a refusal', '/api/users', 401],
  ])('are on %s, every time', async (_what, url, status) => {
    for (let i = 0; i < 3; i += 1) {
      const response = await ctx.app.inject(url);
      expect(response.statusCode).toBe(status);
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['strict-transport-security']).toContain('max-age=');
      expect(response.headers['cross-origin-embedder-policy']).toBeUndefined();
    }
  });
});
