/**
 * Kubernetes object names (apimachinery's validation): namespaces are DNS-1123 labels, pods and
 * workloads DNS-1123 subdomains. Neither can hold `/` or `..`, so a checked name is safe as a
 * path segment.
 */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/

/** A DNS-1123 label: at most 63 lower-case letters, digits and '-', alphanumeric at both ends. */
export function isDnsLabel(name: string): boolean {
  return name.length <= 63 && DNS_LABEL.test(name)
}

/** A DNS-1123 subdomain: at most 253 characters, DNS labels joined by '.'. */
export function isDnsSubdomain(name: string): boolean {
  return name.length <= 253 && DNS_SUBDOMAIN.test(name)
}
