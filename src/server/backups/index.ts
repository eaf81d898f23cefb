export { writeBackup, type BackupSummary } from './write-backup.ts';
export { restoreBackup } from './restore-backup.ts';
export { backupToFile, restoreFromFile, streamToFile } from './backup-files.ts';
export {
  backupFromRunningServer,
  controlSocketPath,
  serveControlSocket,
} from './control-socket.ts';
export { startBackupSchedule } from './schedule.ts';
