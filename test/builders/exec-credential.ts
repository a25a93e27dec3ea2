/** What `kubelogin get-token` (an exec credential plugin) prints: an ExecCredential with a token. */
export function kubeloginAnswer(token: string, expirationTimestamp: string) {
  return {
    tool: 'kubelogin',
    argsPrefix: ['get-token'],
    stdout: JSON.stringify({
      kind: 'ExecCredential',
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      spec: { interactive: false },
      status: { token, expirationTimestamp },
    }),
  }
}
