/**
 * Where a Helm chart comes from: a chart repository (`https://…`, given to Helm as `--repo`) or
 * an OCI registry (`oci://…`), which Helm takes only as part of the chart reference
 * (`oci://registry/path/chart`, no `--repo`: helm/helm#12471).
 */
import { fail, ok, type Parsed } from './inputs/parsed.js'

const ACCEPTED = 'must be an https:// repository or an oci:// registry URL'

/**
 * A chart repository or OCI registry URL, without trailing slashes. Credentials are refused: the
 * URL appears in the plan file and the log (log in with `helm registry login` or a Helm
 * repository configuration instead).
 */
export function parseChartRepository(raw: string): Parsed<string> {
  if (!/^(https|oci):\/\//i.test(raw)) return fail(ACCEPTED)
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return fail(`is not a URL; it ${ACCEPTED}`)
  }
  if (url.host === '') return fail('names no host')
  if (url.username !== '' || url.password !== '') {
    return fail(
      'holds credentials, which would appear in the plan and the log; sign in with `helm registry login` or a Helm repository configuration instead',
    )
  }
  if (url.search !== '' || url.hash !== '')
    return fail('has a query or fragment; give the URL alone')
  return ok(raw.replace(/\/+$/, ''))
}

/** What Helm is given for a chart of that repository: the chart reference and `--repo`, if any. */
export function chartSource(repository: string, chart: string): { chart: string; repo: string } {
  return /^oci:\/\//i.test(repository)
    ? { chart: `${repository}/${chart}`, repo: '' }
    : { chart, repo: repository }
}
