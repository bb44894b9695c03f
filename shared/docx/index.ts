export * from './gov-style';
export * from './gov-table';
export * from './report-docx';
export * from './report-xlsx';
