export * from './clock-rules';
export * from './deadline-types';
export * from './deadlines';
export * from './derivation-zh';
export * from './fees';
export * from './publication-deadline';
export * from './workflow';
