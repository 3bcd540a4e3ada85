export * from "./award-store";
export { BACKUP_FORMAT, BACKUP_VERSION, Backup, parseBackup } from "./backup";
export { DEFAULT_DB_NAME, SCHEMA_VERSION } from "./db-schema";
export { StoreError, type StoreErrorCode } from "./errors";
