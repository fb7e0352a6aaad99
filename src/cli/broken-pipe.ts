/**
 * `npm run ask … | head` closes the pipe early: that is the reader's choice, not an error, so the
 * command ends quietly instead of printing a stack trace.
 */
export function endQuietlyOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}
