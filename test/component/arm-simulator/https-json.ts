import { request } from 'node:https'

export interface JsonResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: unknown
}

/** A raw HTTPS JSON request (the simulator's CA passed explicitly), for tests below the SDK. */
export function httpsJson(
  url: string,
  ca: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  return new Promise((resolve, reject) => {
    const payload =
      body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    const req = request(
      url,
      {
        method,
        ca,
        headers: {
          ...(payload !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
      },
      res => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let parsed: unknown = text
          try {
            parsed = text ? (JSON.parse(text) as unknown) : undefined
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed })
        })
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}
