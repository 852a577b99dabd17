// The Auth.js binding lives behind its own entry point so services and tests never load Next.
export * from './next-auth-config';
export * from './session-token';
export * from './cookies';
