export * from './duplicates';
// export-xlsx (ExcelJS) is imported on demand by the export button, not from here.
export * from './fields';
export * from './header';
export * from './import-dates';
export * from './plan';
export * from './preset';
export * from './rows';
export * from './sheet-names';
export * from './value-vocab';
export * from './values';
export * from './cells';
// workbook.ts (readWorkbook, the spreadsheet reader) is imported on demand by the import page.
