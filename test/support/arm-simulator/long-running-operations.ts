import { randomUUID } from 'node:crypto'

export interface LongRunningOperation {
  id: string
  resourceId: string
  kind: 'put' | 'delete' | 'post'
  pollsRemaining: number
  fails: boolean
  status: 'InProgress' | 'Succeeded' | 'Failed'
}

/** ARM asynchronous operations: InProgress for N polls, then Succeeded or Failed. */
export class LongRunningOperations {
  private readonly operations = new Map<string, LongRunningOperation>()
  private readonly durations = new Map<string, number>()

  setDuration(resourceType: string, polls: number): void {
    this.durations.set(resourceType.toLowerCase(), polls)
  }

  start(
    resourceId: string,
    resourceType: string,
    kind: LongRunningOperation['kind'],
    fails: boolean,
  ): LongRunningOperation {
    const operation: LongRunningOperation = {
      id: randomUUID(),
      resourceId,
      kind,
      pollsRemaining: this.durations.get(resourceType.toLowerCase()) ?? 0,
      fails,
      status: 'InProgress',
    }
    this.operations.set(operation.id, operation)
    return operation
  }

  get(id: string): LongRunningOperation | undefined {
    return this.operations.get(id)
  }

  /** Counts one poll; returns true when this poll ends the operation. */
  poll(operation: LongRunningOperation): boolean {
    if (operation.status !== 'InProgress') return false
    if (operation.pollsRemaining > 0) {
      operation.pollsRemaining -= 1
      return false
    }
    operation.status = operation.fails ? 'Failed' : 'Succeeded'
    return true
  }

  inProgressFor(resourceId: string): LongRunningOperation | undefined {
    const lower = resourceId.toLowerCase()
    return [...this.operations.values()].find(
      op => op.status === 'InProgress' && op.resourceId.toLowerCase() === lower,
    )
  }
}
