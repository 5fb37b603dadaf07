import { closeSync, fdatasyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';

const BUFFER_CHARS = 64 * 1024;

/**
 * An append-only file written in 64 KB batches, that knows its length in bytes, so a checkpoint
 * can record where a complete page ends and a resumed run can cut the file back to it.
 */
export function openFileSink(path: string, keepBytes: number) {
  const fd = openSync(path, keepBytes > 0 ? 'r+' : 'w');
  ftruncateSync(fd, keepBytes);
  let position = keepBytes;
  let pending: string[] = [];
  let pendingChars = 0;
  const drain = () => {
    if (pending.length === 0) return;
    position += writeSync(fd, pending.join(''), position, 'utf8');
    pending = [];
    pendingChars = 0;
  };
  return {
    write(chunk: string): void {
      pending.push(chunk);
      pendingChars += chunk.length;
      if (pendingChars >= BUFFER_CHARS) drain();
    },
    /** Everything written so far is on disk; returns the file's length. */
    sync(): number {
      drain();
      fdatasyncSync(fd);
      return position;
    },
    close(): void {
      drain();
      closeSync(fd);
    },
  };
}

export type FileSink = ReturnType<typeof openFileSink>;
