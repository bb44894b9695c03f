export * from './arrangement-text';
export * from './calendar-import';
export * from './hash';
export * from './official-data';
export * from './work-calendar';
export * from './working-days';
