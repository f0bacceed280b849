export * from './enums';
export * from './users';
export * from './organizations';
export * from './audit';
export * from './meetings';
export * from './cache';
export * from './registrations';
export * from './outbox';
