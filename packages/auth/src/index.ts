export * from './password';
export * from './policy';
export * from './throttle';
export * from './sessions';
export * from './viewer';
export * from './authenticate';
export * from './sign-in-schema';
