export { backupToFile, checkBackupFile, restoreFromFile, streamToFile } from './backup-files.ts';
export {
  backupFromRunningServer,
  controlSocketPath,
  serveControlSocket,
  serverAnswers,
} from './control-socket.ts';
export { startBackupSchedule } from './schedule.ts';
