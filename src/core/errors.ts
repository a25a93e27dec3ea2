/**
 * The error hierarchy. Messages follow one shape: what failed, for which resource, why,
 * and how to fix it. They never carry secrets or raw SDK dumps.
 */

export type ExitKind = 'input' | 'failure'

export abstract class StepError extends Error {
  /** 'input' maps to exit code 2 on the CLI; everything else to 1. */
  abstract readonly kind: ExitKind
}

/** One problem with one input, named in the host's own spelling. */
export interface InputProblem {
  /** The input's name as the host spells it (`cluster-subnet-id`, `clusterSubnetId`). */
  readonly input: string
  /** The offending value, already safe to print (secrets are never echoed). */
  readonly value?: string
  /** What is wrong and what is accepted. */
  readonly message: string
}

export class InputError extends StepError {
  readonly kind = 'input' as const
  readonly problems: readonly InputProblem[]

  constructor(step: string, problems: readonly InputProblem[]) {
    super(InputError.format(step, problems))
    this.name = 'InputError'
    this.problems = problems
  }

  static format(step: string, problems: readonly InputProblem[]): string {
    const lines = problems.map(p => {
      const shown = p.value === undefined ? '' : ` = '${p.value}'`
      return `  - '${p.input}'${shown}: ${p.message}`
    })
    const count =
      problems.length === 1 ? '1 input is invalid' : `${problems.length} inputs are invalid`
    return `${step}: ${count}; nothing was changed.\n${lines.join('\n')}`
  }
}

/** A precondition outside the inputs is not met (a tool missing, a cluster not private, ...). */
export class PreconditionError extends StepError {
  readonly kind = 'failure' as const
  constructor(message: string) {
    super(message)
    this.name = 'PreconditionError'
  }
}

export interface AzureRequestDetails {
  readonly status?: number
  readonly code?: string
  readonly requestId?: string
  readonly resourceId?: string
  readonly remediation?: string
}

/** An ARM request failed. Wraps the SDK's RestError without its raw dump. */
export class AzureRequestError extends StepError {
  readonly kind = 'failure' as const
  readonly status: number | undefined
  readonly code: string | undefined
  readonly requestId: string | undefined
  readonly resourceId: string | undefined

  constructor(message: string, details: AzureRequestDetails = {}) {
    super(message)
    this.name = 'AzureRequestError'
    this.status = details.status
    this.code = details.code
    this.requestId = details.requestId
    this.resourceId = details.resourceId
  }
}

/** The state still differs from the plan after apply. */
export class ConvergenceError extends StepError {
  readonly kind = 'failure' as const
  constructor(message: string) {
    super(message)
    this.name = 'ConvergenceError'
  }
}

export interface Finding {
  readonly severity: 'error' | 'warning'
  readonly subject: string
  readonly message: string
}

export class VerificationError extends StepError {
  readonly kind = 'failure' as const
  readonly findings: readonly Finding[]
  constructor(message: string, findings: readonly Finding[]) {
    super(message)
    this.name = 'VerificationError'
    this.findings = findings
  }
}

/** A risky change was planned without its opt-in input. Reported like an input problem. */
export class OptInRequiredError extends StepError {
  readonly kind = 'failure' as const
  constructor(message: string) {
    super(message)
    this.name = 'OptInRequiredError'
  }
}
