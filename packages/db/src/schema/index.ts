export * from './organizations';
export * from './locations';
export * from './users';
export * from './patients';
export * from './auth';
export * from './audit';
export * from './scheduling';
export * from './messaging';
