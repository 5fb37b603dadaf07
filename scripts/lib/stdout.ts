/**
 * A reader that stops early (`| head`) closes the pipe: the next write fails with EPIPE. That is the reader's choice,
 * not an error of the script's, so it ends quietly with 0 instead of a stack trace.
 */
export function endQuietlyWhenThePipeCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
