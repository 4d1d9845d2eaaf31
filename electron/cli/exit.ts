/** Thrown by a command for a usage mistake or a refusal: printed, and the process exits with the code. */
export class CliExit extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
