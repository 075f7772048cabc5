import { describe, expect, it } from 'vitest';
import { createRouteMethods } from './route-methods';

describe('the methods of each path', () => {
  const methods = createRouteMethods();
  for (const [method, url] of [
    ['GET', '/api/users'],
    ['HEAD', '/api/users'],
    ['POST', '/api/users'],
    ['PATCH', '/api/users/:id'],
    ['POST', '/api/users/:id/password'],
    ['GET', '/api/docs/static/*'],
    ['GET', '/*'],
  ] as const) {
    methods.add(method, url);
  }

  it.each([
    ['/api/users', ['GET', 'HEAD', 'POST']],
    ['/api/users/0a7a0000-0000-4000-8000-000000000001', ['PATCH']],
    ['/api/users/anything/password', ['POST']],
    ['/api/docs/static/index.css', ['GET']],
  ])('knows the methods of %s', (path, expected) => {
    expect(methods.allowedFor(path)).toEqual(expected);
  });

  it.each([['/api/nothing'], ['/api/users/'], ['/api/users/a/b'], ['/api/users//password'], ['/index.html']])(
    'knows no method for %s, which only the catch-all or nothing matches',
    (path) => {
      expect(methods.allowedFor(path)).toEqual([]);
    },
  );
});
