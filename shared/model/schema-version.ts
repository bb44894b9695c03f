/**
 * The app's database schema version. It lives here, free of Dexie, so the headless CLI (`desk backup
 * verify`) can refuse a backup from a newer schema exactly as the app's restore does.
 * renderer/db/database.ts re-exports it; it must equal the highest version applied there (a test in
 * renderer/db/schema-version.test.ts checks it).
 */
export const SCHEMA_VERSION = 5;
