// Prints one plain closing line ("tests: N passed, N failed, N skipped") that CI tooling reads.
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites
    const skipped = results.numPendingTests + results.numTodoTests
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  }
}
module.exports = ClosingLineReporter
