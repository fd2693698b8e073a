import { HandlerError } from './errors';

/** Why a file could not be written, in words, from Node's error codes. */
export function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EISDIR':
      return 'a folder has that name';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Writes a file the user chose; a failure is an io-error naming the file and the reason. */
export function chosenFileWriter(writeFile: (file: string, data: string | Uint8Array) => Promise<void>) {
  return async (file: string, data: string | Uint8Array): Promise<void> => {
    try {
      await writeFile(file, data);
    } catch (error) {
      throw new HandlerError('io-error', `${file} could not be written: ${writeFailure(error)}`);
    }
  };
}
