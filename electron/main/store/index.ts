/*
 * The main process's data store: one JSON document in the user-data folder, written
 * durably, validated on read, versioned, backed up, and recovered when corrupt.
 */
export { openStore, DEFAULT_DATA_FILE, BACKUP_INTERVAL_MS, type AppStore, type OpenStoreOptions } from './store';
export { StoreRefusedError, StoreValidationError, StoreWriteError, UnconfirmedWriteError } from './errors';
export {
  BackupError,
  BACKUP_FOLDER,
  KEEP_TODAY,
  KEEP_TOTAL,
  backupNameFor,
  createBackup,
  isBackupName,
  listBackups,
  planBackupRetention,
  pruneBackups,
  readBackup,
} from './backups';
export { decodeDataBytes, decodeDataFile, MAX_DATA_FILE_BYTES, type Decoded } from './load';
export { sweepOrphanTemps, writeFileDurable } from './durable-write';
export { nodeFileOps, type FileOps, type WritableFile } from './file-ops';
export { DurableJsonAdapter } from './json-adapter';
export { RoundFiles, RoundFileError, ROUNDS_FOLDER, DELETED_ROUNDS_FOLDER, sha256Of } from './rounds';
