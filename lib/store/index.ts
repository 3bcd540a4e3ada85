export * from "./award-store";
export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  Backup,
  MAX_BACKUP_CHARS,
  MAX_BACKUP_RECORDS,
  parseBackup,
} from "./backup";
export { DEFAULT_DB_NAME, SCHEMA_VERSION } from "./db-schema";
export { StoreError, type StoreErrorCode } from "./errors";
export { openRowReader, type RowReader } from "./row-reader";
