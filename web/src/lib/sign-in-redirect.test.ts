import { describe, expect, it } from 'vitest';
import { buildSignInPath, defaultAfterSignIn, safeNextPath } from './sign-in-redirect';

describe('buildSignInPath', () => {
  it('remembers the page with its query and hash', () => {
    expect(
      buildSignInPath({ pathname: '/customers/42/collaboration', search: '?x=1', hash: '#n' }),
    ).toBe('/sign-in?next=%2Fcustomers%2F42%2Fcollaboration%3Fx%3D1%23n');
  });

  it('adds why the user is signed out', () => {
    expect(buildSignInPath({ pathname: '/customers' }, 'session-expired')).toBe(
      '/sign-in?next=%2Fcustomers&reason=session-expired',
    );
    expect(buildSignInPath({ pathname: '/' }, 'signed-out')).toBe('/sign-in?reason=signed-out');
  });

  it('does not point sign-in at itself', () => {
    expect(buildSignInPath({ pathname: '/sign-in', search: '?next=%2Fx' })).toBe('/sign-in');
  });
});

describe('safeNextPath', () => {
  it('accepts app paths', () => {
    expect(safeNextPath('/customers/42/sales')).toBe('/customers/42/sales');
  });

  it('refuses other sites and sign-in itself', () => {
    for (const next of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'customers',
      '/sign-in?next=/x',
      null,
    ]) {
      expect(safeNextPath(next)).toBe(defaultAfterSignIn);
    }
  });
});
