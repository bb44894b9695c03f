export * from './activity';
export * from './bulletin';
export * from './bulletin-xlsx';
export * from './columns';
export * from './monthly';
export * from './timeliness';
