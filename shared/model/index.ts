export * from './baseline';
export * from './dates';
export * from './interchange';
export * from './records';
export * from './settings';
export * from './taxonomy';
export * from './money';
export * from './schema-version';
