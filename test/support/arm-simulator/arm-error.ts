/** An error answered as ARM does: `{ error: { code, message } }` with an HTTP status. */
export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }

  body(): { error: { code: string; message: string } } {
    return { error: { code: this.code, message: this.message } }
  }
}
