/** A refusal or failure the person running backup/restore should read (Vietnamese). */
export class BackupError extends Error {
  override name = 'BackupError';
}
