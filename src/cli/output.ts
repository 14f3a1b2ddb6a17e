/** Writing to stdout: quietly stop when the reader goes away (`counterpoint scan … | head`). */

let guarded = false;

/** Write `text` to stdout. An EPIPE (closed pipe) ends the process quietly, keeping its exit code. */
export function writeOut(text: string): void {
  if (!guarded) {
    guarded = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  process.stdout.write(text);
}
