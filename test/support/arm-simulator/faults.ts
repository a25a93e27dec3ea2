import type { FaultSpec } from './types.js'

interface ArmedFault extends FaultSpec {
  remaining: number
}

/** Faults armed by tests; each fires `times` times (default 1) on matching requests. */
export class FaultInjector {
  private readonly faults: ArmedFault[] = []

  add(fault: FaultSpec): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 })
  }

  /** Consumes and returns the first armed fault of one of `kinds` matching the request. */
  take(method: string, path: string, kinds: readonly FaultSpec['kind'][]): FaultSpec | undefined {
    const lowerPath = path.toLowerCase()
    const fault = this.faults.find(
      f =>
        f.remaining > 0 &&
        kinds.includes(f.kind) &&
        (f.method === undefined || f.method.toUpperCase() === method.toUpperCase()) &&
        (f.pathIncludes === undefined || lowerPath.includes(f.pathIncludes.toLowerCase())),
    )
    if (fault) fault.remaining -= 1
    return fault
  }
}
