import { mapStrings } from './json.js'

const PRIVATE_KEY_MARKER = /^<private key: not shown[^>]*>$/

/**
 * The marker a plan shows in place of a private key: it names the key by its public key's
 * SHA-256 fingerprint (of the DER SubjectPublicKeyInfo), which is not a secret.
 */
export function privateKeyMarker(publicKeySha256: string): string {
  return `<private key: not shown, public key sha256:${publicKeySha256}>`
}

export function isPrivateKeyMarker(text: string): boolean {
  return PRIVATE_KEY_MARKER.test(text)
}

/**
 * Secret values a plan needs at apply time but never shows. The plan's changes hold markers
 * (`privateKeyMarker`); apply sends `unseal(values)`, so what is applied is exactly the plan
 * with the markers filled in. The values sit in a private field: JSON.stringify, util.inspect
 * and jest's equality see none of them.
 */
export class SealedSecrets {
  readonly #values = new Map<string, string>()

  /** Registers a secret and returns the marker the plan shows instead. */
  seal(marker: string, secret: string): string {
    this.#values.set(marker, secret)
    return marker
  }

  has(marker: string): boolean {
    return this.#values.has(marker)
  }

  /** The secret behind a marker; throws when the plan holds none for it. */
  reveal(marker: string): string {
    const secret = this.#values.get(marker)
    if (secret === undefined) {
      throw new Error(`the plan holds no secret for the marker '${marker}' (internal error)`)
    }
    return secret
  }

  /** A deep copy of `value` with every marker replaced by its secret. */
  unseal<T>(value: T): T {
    return mapStrings(value, text =>
      this.#values.has(text) || isPrivateKeyMarker(text) ? this.reveal(text) : text,
    ) as T
  }

  get size(): number {
    return this.#values.size
  }

  toJSON(): string {
    return `<${this.#values.size} sealed secret(s)>`
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `SealedSecrets <${this.#values.size} hidden>`
  }
}
