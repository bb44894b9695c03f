export * from './exports';
export * from './guide-content';
export * from './index-numbers';
export * from './index-pattern';
export * from './rows';
