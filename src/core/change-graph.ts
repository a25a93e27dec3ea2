/**
 * Runs changes as a dependency graph: each starts as soon as everything it depends on has
 * finished, independent ones run at the same time. The first failure stops new starts; the
 * ones already running are awaited, then that failure is thrown.
 */
export interface GraphTask {
  readonly key: string
  /** Keys of other tasks in the same graph; keys outside the graph are ignored. */
  readonly dependsOn: readonly string[]
  run(): Promise<void>
}

export async function runGraph(tasks: readonly GraphTask[]): Promise<void> {
  const keys = new Set(tasks.map(t => t.key.toLowerCase()))
  if (keys.size !== tasks.length) throw new Error('runGraph: two tasks have the same key')
  const pending = new Map(tasks.map(t => [t.key.toLowerCase(), t]))
  const done = new Set<string>()
  const running = new Map<string, Promise<void>>()
  let failure: { error: unknown } | undefined

  const ready = (task: GraphTask): boolean =>
    task.dependsOn.every(d => !keys.has(d.toLowerCase()) || done.has(d.toLowerCase()))

  while (pending.size > 0 || running.size > 0) {
    if (!failure) {
      for (const [key, task] of [...pending]) {
        if (!ready(task)) continue
        pending.delete(key)
        running.set(
          key,
          Promise.resolve()
            .then(() => task.run())
            .then(
              () => {
                done.add(key)
                running.delete(key)
              },
              (error: unknown) => {
                failure ??= { error }
                running.delete(key)
              },
            ),
        )
      }
    }
    if (running.size === 0) {
      if (failure) break
      if (pending.size > 0) {
        throw new Error(
          `dependency cycle or missing dependency among: ${[...pending.keys()].join(', ')}`,
        )
      }
      break
    }
    await Promise.race(running.values())
  }
  if (failure) throw failure.error
}
