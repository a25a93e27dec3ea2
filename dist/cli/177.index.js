export const id = 177;
export const ids = [177];
export const modules = {

/***/ 17113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ podWorkload),
/* harmony export */   ch: () => (/* binding */ IDENTITY_ISSUER_SECRET),
/* harmony export */   d_: () => (/* binding */ helmInstallOf)
/* harmony export */ });
/**
 * The cluster port: what steps ask of the Kubernetes cluster. Host-free; src/kube/cluster-adapter.ts
 * implements it with helm, kubectl and the Kubernetes API.
 */
/** The install a planned Helm change describes; `values` replaces the planned ones when given. */
function helmInstallOf(change, values = change.values) {
    return {
        release: change.release,
        namespace: change.namespace,
        chart: change.chart,
        repo: change.repo,
        version: change.version,
        values,
    };
}
const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet'];
/**
 * The Deployment, StatefulSet or DaemonSet that owns the pod: its controller, or for a
 * ReplicaSet the Deployment it is named after (the Deployment controller names its ReplicaSets
 * `<deployment>-<pod-template-hash>` and labels their pods with that hash).
 */
function podWorkload(pod) {
    const owner = pod.owners[0];
    if (owner === undefined)
        return undefined;
    if (WORKLOAD_KINDS.includes(owner.kind)) {
        return { kind: owner.kind, namespace: pod.namespace, name: owner.name };
    }
    const hash = pod.labels['pod-template-hash'];
    if (owner.kind === 'ReplicaSet' && hash !== undefined && owner.name.endsWith(`-${hash}`)) {
        return {
            kind: 'Deployment',
            namespace: pod.namespace,
            name: owner.name.slice(0, -hash.length - 1),
        };
    }
    return undefined;
}
/** The Secret that holds Linkerd's identity issuer certificate and key (mesh.md 2.3). */
const IDENTITY_ISSUER_SECRET = 'linkerd-identity-issuer';


/***/ }),

/***/ 57200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyEncryption: () => (/* binding */ verifyEncryption)
});

// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(86153);
// EXTERNAL MODULE: ./src/steps/verify-encryption/allow-list.ts
var allow_list = __webpack_require__(9109);
;// CONCATENATED MODULE: ./src/steps/verify-encryption/prometheus-text.ts
/**
 * A parser for the Prometheus text exposition format (version 0.0.4), as the Linkerd proxy's
 * admin server writes it on `/metrics`: `name{label="value",...} value [timestamp]` lines,
 * `#` comments. Label values may escape `\\`, `\"` and `\n`.
 */
const SHOWN_CHARACTERS = 500;
const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/**
 * Names and most label values repeat across lines and scrapes. Each is kept once, as a copy
 * detached from the scrape's text: a substring can keep its whole source string alive, and a
 * parsed scrape must not hold its text. The map holds at most KEPT_TEXT_LIMIT texts (it starts
 * over when full) and is emptied by `forgetKeptText` once a run has read its scrapes, so a
 * long-lived process does not keep the texts of runs that are over.
 */
const kept = new Map();
const KEPT_TEXT_LIMIT = 100_000;
/** Lets go of the texts kept for sharing; the samples already read keep their own copies. */
function forgetKeptText() {
    kept.clear();
}
/** How many texts are kept for sharing (for tests and the benchmark). */
function keptTextCount() {
    return kept.size;
}
/** A copy that shares no memory with the text it was cut from. */
function copyOf(text) {
    return Array.from(text).join('');
}
function detach(text) {
    let copy = kept.get(text);
    if (copy === undefined) {
        copy = copyOf(text);
        if (kept.size >= KEPT_TEXT_LIMIT)
            kept.clear();
        kept.set(copy, copy);
    }
    return copy;
}
function parseValue(text) {
    switch (text) {
        case '+Inf':
        case 'Inf':
            return Infinity;
        case '-Inf':
            return -Infinity;
        case 'NaN':
            return NaN;
    }
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return undefined;
    return Number(text);
}
/** Reads `{a="x",b="y"}` from `line` at `start` (the `{`); returns the labels and the index after `}`. */
function parseLabels(line, start) {
    const labels = {};
    let i = start + 1;
    for (;;) {
        while (line[i] === ' ' || line[i] === ',')
            i++;
        if (line[i] === '}')
            return { labels, end: i + 1 };
        const eq = line.indexOf('=', i);
        if (eq < 0)
            return undefined;
        const name = line.slice(i, eq).trim();
        // A label given twice has no defined value (Prometheus rejects such a line).
        if (!LABEL_NAME.test(name) || line[eq + 1] !== '"' || name in labels)
            return undefined;
        let value = '';
        let j = eq + 2;
        let from = j;
        for (;;) {
            const c = line[j];
            if (c === undefined)
                return undefined;
            if (c === '"')
                break;
            if (c === '\\') {
                const next = line[j + 1];
                value += line.slice(from, j) + (next === 'n' ? '\n' : (next ?? ''));
                j += 2;
                from = j;
                continue;
            }
            j++;
        }
        value += line.slice(from, j);
        labels[detach(name)] = detach(value);
        i = j + 1;
    }
}
/**
 * Parses the samples of the families `keep` accepts (all when absent); other lines are skipped
 * before their labels are read, which keeps large scrapes cheap. A sample `reject` refuses (a
 * value the caller cannot use) counts as a malformed line.
 */
function parsePrometheusText(text, keep, reject) {
    const samples = [];
    let malformedLines = 0;
    let firstMalformed;
    const malformed = (line) => {
        malformedLines++;
        firstMalformed ??= copyOf(line.length > SHOWN_CHARACTERS ? `${line.slice(0, SHOWN_CHARACTERS)}…` : line);
    };
    let from = 0;
    while (from <= text.length) {
        let to = text.indexOf('\n', from);
        if (to < 0)
            to = text.length;
        const line = text.slice(from, to).trim();
        from = to + 1;
        if (line === '' || line.startsWith('#'))
            continue;
        const name = NAME.exec(line)?.[0];
        if (name === undefined) {
            malformed(line);
            continue;
        }
        if (keep !== undefined && !keep(name))
            continue;
        let rest = name.length;
        let labels = {};
        if (line[rest] === '{') {
            const parsed = parseLabels(line, rest);
            if (parsed === undefined) {
                malformed(line);
                continue;
            }
            labels = parsed.labels;
            rest = parsed.end;
        }
        // The value, then an optional timestamp.
        const [valueText, timestamp, extra] = line.slice(rest).trim().split(/\s+/);
        const value = valueText === undefined ? undefined : parseValue(valueText);
        if (value === undefined ||
            extra !== undefined ||
            (timestamp !== undefined && !/^-?\d+$/.test(timestamp))) {
            malformed(line);
            continue;
        }
        const sample = { name: detach(name), labels, value };
        if (reject?.(sample) === true) {
            malformed(line);
            continue;
        }
        samples.push(sample);
    }
    return { samples, malformedLines, firstMalformed };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/proxy-metrics.ts
/**
 * What a Linkerd proxy's `/metrics` says about the traffic it carried: the counters with TLS
 * labels, the process start time (to spot restarts), the identity certificate's expiry and the
 * proxy version. Label names: linkerd2-proxy `linkerd/app/core/src/transport/labels.rs`,
 * `linkerd/app/inbound/src/metrics/authz.rs` (see mesh.md section 4.5).
 */

/**
 * The counters read, all with the TLS labels: the edges are built from them (mesh.md 4.5;
 * linkerd2-proxy `app/inbound/src/metrics/authz.rs` for the inbound authorization counters).
 */
const EDGE_COUNTERS = [
    /** Connections opened, both directions, with `peer`, `tls`, `client_id`/`server_id`. */
    'tcp_open_total',
    /** HTTP requests, both directions, with `tls` and the peer identity. */
    'request_total',
    /** Inbound HTTP requests that were authorized, with the route (`route_name="probe"`). */
    'inbound_http_authz_allow_total',
    /** Inbound connections authorized as TCP (not HTTP). */
    'inbound_tcp_authz_allow_total',
    /** Inbound HTTP requests the policy denied: their payload still crossed the network. */
    'inbound_http_authz_deny_total',
    /** Inbound HTTP requests that matched no route of the pod's policy. */
    'inbound_http_route_not_found_total',
    /** Inbound TCP connections the policy refused. */
    'inbound_tcp_authz_deny_total',
    /** Inbound TCP connections closed when the policy stopped authorizing them. */
    'inbound_tcp_authz_terminate_total',
];
/** Inbound requests or connections the pod's policy refused (on the proxy, not the app). */
const REFUSAL_COUNTERS = new Set([
    'inbound_http_authz_deny_total',
    'inbound_http_route_not_found_total',
    'inbound_tcp_authz_deny_total',
    'inbound_tcp_authz_terminate_total',
]);
/** The identity certificate's expiry; renamed across proxy versions, so matched by suffix. */
const CERT_EXPIRY_SUFFIX = 'cert_expiration_timestamp_seconds';
const COUNTERS = new Set(EDGE_COUNTERS);
function keep(name) {
    return (COUNTERS.has(name) ||
        name === 'process_start_time_seconds' ||
        name === 'proxy_build_info' ||
        name.endsWith(CERT_EXPIRY_SUFFIX));
}
/** A stable key for one series: the counter and its labels in name order. */
function seriesKey(counter, labels) {
    const pairs = Object.keys(labels)
        .sort()
        .map(k => `${k}=${JSON.stringify(labels[k])}`);
    return `${counter}{${pairs.join(',')}}`;
}
/** A counter sample that says nothing trustworthy: no count, or no direction when it needs one. */
function unusable(sample) {
    if (!COUNTERS.has(sample.name))
        return false;
    if (!Number.isFinite(sample.value) || sample.value < 0)
        return true;
    const direction = sample.labels['direction'];
    // The inbound_* authorization counters are inbound by name.
    return !sample.name.startsWith('inbound_') && direction !== 'inbound' && direction !== 'outbound';
}
function readProxySnapshot(text) {
    const parsed = parsePrometheusText(text, keep, unusable);
    const series = new Map();
    const counters = new Set();
    let processStartSeconds;
    let certExpiry;
    let proxyVersion;
    let identified = false;
    for (const sample of parsed.samples) {
        if (COUNTERS.has(sample.name)) {
            const counter = sample.name;
            counters.add(counter);
            const key = seriesKey(counter, sample.labels);
            const before = series.get(key)?.value ?? 0;
            series.set(key, { counter, labels: sample.labels, value: before + sample.value });
        }
        else if (sample.name === 'process_start_time_seconds') {
            identified = true;
            processStartSeconds = sample.value;
        }
        else if (sample.name === 'proxy_build_info') {
            identified = true;
            proxyVersion = sample.labels['version'] ?? sample.labels['git_version'] ?? proxyVersion;
        }
        else if (Number.isFinite(sample.value) && sample.value > 0) {
            if (certExpiry === undefined || sample.value < certExpiry.seconds) {
                certExpiry = { metric: sample.name, seconds: sample.value };
            }
        }
    }
    return {
        series,
        counters,
        processStartSeconds,
        certExpiry,
        proxyVersion,
        identified,
        unreadable: { count: parsed.malformedLines, example: parsed.firstMalformed },
    };
}
/** The first line of an answer, short and on one line, to show what came back instead. */
function opening(text) {
    const first = text.trimStart().split('\n', 1)[0] ?? '';
    const flat = Array.from(first, c => (c < ' ' || c === '\u007f' ? ' ' : c))
        .join('')
        .trim();
    return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
/**
 * Why an answer is not a Linkerd proxy's metrics, or undefined when it is. A real scrape always
 * names the proxy (`proxy_build_info`, `process_start_time_seconds`) and always holds a
 * connection counter: the scrape itself opens an inbound connection to the admin port. An empty
 * body (what `kubectl get --raw … > file` leaves when kubectl fails), an error page or another
 * server's metrics must never count as a proxy that saw no plaintext.
 */
function notAProxyScrape(snapshot, text) {
    const missing = [
        snapshot.identified
            ? undefined
            : "it has neither 'proxy_build_info' nor 'process_start_time_seconds'",
        snapshot.counters.size > 0
            ? undefined
            : 'no connection or request counter (tcp_open_total, request_total, inbound_*_authz_*_total)',
    ].filter((m) => m !== undefined);
    if (missing.length === 0)
        return undefined;
    const bytes = Buffer.byteLength(text, 'utf8');
    const start = opening(text);
    return `the answer (${bytes} ${bytes === 1 ? 'byte' : 'bytes'}${start === '' ? '' : `, starting '${start}'`}) is not a Linkerd proxy's metrics: ${missing.join(', and ')}.`;
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/edges.ts
/**
 * Traffic edges from one proxy's counters, and whether each is mutual TLS. An edge is one
 * side's view: a meshed pod's inbound traffic on a port from one kind of client, or its
 * outbound traffic to one destination workload (or address), with one TLS state.
 */


/** The proxy's own ports: 4190 (control/tap) and 4191 (admin: metrics, probes). */
const PROXY_PORTS = new Set([4190, 4191]);
/** Why a connection was not mutual TLS, per the proxy's `no_tls_reason` (mesh.md 4.5). */
const NO_TLS_REASONS = {
    no_tls_from_remote: 'the client sent plaintext (an unmeshed pod, the kubelet, a node or a load balancer)',
    not_provided_by_service_discovery: 'the destination is not meshed or is outside the cluster, so the proxy sent it plaintext',
    ingress_without_override: "an ingress-mode proxy got a request without the 'l5d-dst-override' header and sent it plaintext",
    port_skipped: 'the port is opaque and the connection did not come through the mesh',
    loopback: 'local traffic between the application and its own proxy',
    disabled: 'identity is disabled on this proxy',
};
const DST_WORKLOAD_LABELS = [
    ['dst_deployment', 'deployment'],
    ['dst_statefulset', 'statefulset'],
    ['dst_daemonset', 'daemonset'],
    ['dst_job', 'job'],
    ['dst_replicationcontroller', 'replicationcontroller'],
    ['dst_pod', 'pod'],
];
function directionOf(series) {
    // The authorization counters are inbound by name and carry no `direction` label.
    if (series.counter.startsWith('inbound_'))
        return 'inbound';
    const direction = series.labels['direction'];
    return direction === 'inbound' || direction === 'outbound' ? direction : undefined;
}
function portOf(labels) {
    const text = labels['target_port'] ?? /:(\d+)$/.exec(labels['target_addr'] ?? '')?.[1];
    return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}
/** The destination of an outbound series: its namespace and workload, else its address. */
function destination(labels) {
    const namespace = labels['dst_namespace'];
    const workload = DST_WORKLOAD_LABELS.find(([label]) => labels[label] !== undefined);
    if (namespace !== undefined && workload !== undefined) {
        return `${namespace}/${workload[1]}/${labels[workload[0]] ?? ''}`;
    }
    if (namespace !== undefined && labels['dst_service'] !== undefined) {
        return `${namespace}/service/${labels['dst_service']}`;
    }
    return labels['target_addr'] ?? 'an unknown address';
}
/** Whether the series says mutual TLS: `tls="true"` and a non-empty peer identity. */
function isMutualTls(tls, identity) {
    return tls === 'true' && identity !== undefined && identity !== '';
}
/** Why an edge is not mutual TLS, in words; unknown labels are named, never mapped to "fine". */
function plaintextReason(tls, identity, noTlsReason, sni, direction) {
    if (tls === 'true') {
        return `TLS without a ${direction === 'inbound' ? 'client' : 'server'} identity: encrypted, but not mutually authenticated`;
    }
    if (tls === 'opaque') {
        return `TLS passed through to the application${sni ? ` (SNI ${sni})` : ''}: the mesh did not terminate it and cannot verify it`;
    }
    if (tls === 'disabled')
        return NO_TLS_REASONS['disabled'] ?? 'identity disabled';
    if (noTlsReason !== undefined && noTlsReason !== '') {
        return (NO_TLS_REASONS[noTlsReason] ??
            `no TLS, for a reason this tool does not know ('${noTlsReason}'), so it counts as plaintext`);
    }
    return `no TLS (tls='${tls}'${identity === undefined ? '' : `, identity '${identity}'`}), with no reason given`;
}
/** Why a series says nothing about traffic between workloads, or undefined when it does. */
function exclusion(series, direction) {
    const peer = series.labels['peer'];
    if ((direction === 'outbound' && peer === 'src') || (direction === 'inbound' && peer === 'dst')) {
        return 'local leg between the application and its own proxy';
    }
    if (series.labels['no_tls_reason'] === 'loopback')
        return 'loopback traffic inside the pod';
    const port = portOf(series.labels);
    if (direction === 'inbound' && port !== undefined && PROXY_PORTS.has(port)) {
        return `the proxy's own ${port === 4191 ? 'admin port 4191 (metrics and probes, including this scrape)' : 'port 4190'}`;
    }
    return undefined;
}
/**
 * The counters that count traffic in this snapshot, without counting anything twice:
 * connections from `tcp_open_total` (else the TCP authorizations, allowed or denied), requests
 * from `request_total` (else the HTTP authorizations, allowed, denied or without a route, as in
 * proxies that expose only those). Refused traffic still crossed the network, so it counts.
 */
function countingSeries(snapshot) {
    const hasTcp = snapshot.counters.has('tcp_open_total');
    const hasRequests = snapshot.counters.has('request_total');
    const out = [];
    for (const series of snapshot.series.values()) {
        switch (series.counter) {
            case 'tcp_open_total':
                out.push({ series, kind: 'connections' });
                break;
            case 'request_total':
                out.push({ series, kind: 'requests' });
                break;
            case 'inbound_tcp_authz_allow_total':
            case 'inbound_tcp_authz_deny_total':
                if (!hasTcp)
                    out.push({ series, kind: 'connections' });
                break;
            case 'inbound_http_authz_allow_total':
            case 'inbound_http_authz_deny_total':
            case 'inbound_http_route_not_found_total':
                if (!hasRequests)
                    out.push({ series, kind: 'requests' });
                break;
            case 'inbound_tcp_authz_terminate_total':
                // Connections allowed first (counted there), closed later.
                break;
        }
    }
    return out;
}
/** The edges one proxy's counters show (with a value above zero), in a stable order. */
function edgesOf(pod, snapshot) {
    const byKey = new Map();
    for (const { series, kind } of countingSeries(snapshot)) {
        if (series.value <= 0)
            continue;
        const direction = directionOf(series);
        if (direction === undefined)
            continue;
        const { labels } = series;
        const identity = direction === 'inbound' ? labels['client_id'] : labels['server_id'];
        const tls = labels['tls'] ?? '';
        const port = portOf(labels);
        const peer = direction === 'inbound' ? '' : destination(labels);
        const excluded = exclusion(series, direction);
        const key = [
            direction,
            port,
            tls,
            identity,
            labels['no_tls_reason'],
            labels['sni'],
            peer,
            excluded,
        ].join('|');
        const acc = byKey.get(key) ?? {
            direction,
            port,
            peer,
            tls,
            identity,
            noTlsReason: labels['no_tls_reason'],
            sni: labels['sni'],
            connections: 0,
            requests: 0,
            excluded,
        };
        if (kind === 'connections')
            acc.connections += series.value;
        else
            acc.requests += series.value;
        byKey.set(key, acc);
    }
    const edges = [...byKey.values()].map((acc) => {
        const encrypted = isMutualTls(acc.tls, acc.identity);
        const verdict = acc.excluded !== undefined ? 'excluded' : encrypted ? 'encrypted' : 'plaintext';
        const peer = acc.direction === 'inbound'
            ? acc.identity
                ? `client ${acc.identity}`
                : 'a client without a mesh identity'
            : acc.identity
                ? `${acc.peer} (server ${acc.identity})`
                : acc.peer;
        return {
            namespace: pod.namespace,
            pod: pod.name,
            workload: pod.workload,
            direction: acc.direction,
            port: acc.port,
            peer,
            tls: acc.tls,
            identity: acc.identity,
            noTlsReason: acc.noTlsReason,
            connections: acc.connections,
            requests: acc.requests,
            verdict,
            reason: verdict === 'excluded'
                ? `excluded: ${acc.excluded ?? ''}`
                : verdict === 'encrypted'
                    ? 'mutual TLS'
                    : plaintextReason(acc.tls, acc.identity, acc.noTlsReason, acc.sni, acc.direction),
        };
    });
    return edges.sort(compareEdges);
}
function compareEdges(a, b) {
    return ((0,json/* compareCodeUnits */.UF)(a.namespace, b.namespace) ||
        (0,json/* compareCodeUnits */.UF)(a.pod, b.pod) ||
        (0,json/* compareCodeUnits */.UF)(a.direction, b.direction) ||
        (a.port ?? 0) - (b.port ?? 0) ||
        (0,json/* compareCodeUnits */.UF)(a.peer, b.peer) ||
        (0,json/* compareCodeUnits */.UF)(a.tls, b.tls));
}
/** The probe evidence for an inbound port, from the authorization counters. */
function probeEvidence(snapshot, port) {
    let plaintextRequests = 0;
    let probeRouteRequests = 0;
    let plaintextTcpConnections = 0;
    const plaintextRefused = {};
    let hasRouteLabels = false;
    for (const series of snapshot.series.values()) {
        const { labels } = series;
        if (portOf(labels) !== port || isMutualTls(labels['tls'] ?? '', labels['client_id']))
            continue;
        if (series.counter === 'inbound_http_authz_allow_total') {
            plaintextRequests += series.value;
            if (labels['route_name'] !== undefined)
                hasRouteLabels = true;
            if (labels['route_kind'] === 'default' && labels['route_name'] === 'probe') {
                probeRouteRequests += series.value;
            }
        }
        else if (series.counter === 'inbound_tcp_authz_allow_total') {
            plaintextTcpConnections += series.value;
        }
        else if (REFUSAL_COUNTERS.has(series.counter) && series.value > 0) {
            plaintextRefused[series.counter] = (plaintextRefused[series.counter] ?? 0) + series.value;
        }
    }
    return {
        plaintextRequests,
        probeRouteRequests,
        plaintextTcpConnections,
        plaintextRefused,
        hasRouteLabels,
    };
}

// EXTERNAL MODULE: ./src/core/cluster.ts
var cluster = __webpack_require__(17113);
// EXTERNAL MODULE: ./src/core/inputs/port.ts
var port = __webpack_require__(42502);
;// CONCATENATED MODULE: ./src/steps/verify-encryption/pods.ts



/** The Linkerd proxy container's name (mesh.md 3.1). */
const PROXY_CONTAINER = 'linkerd-proxy';
/** The init container that installs the pod's iptables rules (absent in CNI mode; mesh.md 3.1). */
const PROXY_INIT_CONTAINER = 'linkerd-init';
const SKIP_INBOUND_ANNOTATION = 'config.linkerd.io/skip-inbound-ports';
const SKIP_OUTBOUND_ANNOTATION = 'config.linkerd.io/skip-outbound-ports';
const SKIP_SUBNETS_ANNOTATION = 'config.linkerd.io/skip-subnets';
/**
 * Where traffic is sent around the proxy, read from the pod (mesh.md 3.2): the annotations, and
 * the arguments linkerd-init got, which also hold what the injector added on its own (Linkerd's
 * defaults ignore 4567,4568 both ways; control-plane pods skip outbound 443). linkerd2-proxy-init
 * applies `--subnets-to-ignore` to inbound traffic from those sources, on every port.
 */
const BYPASS_SOURCES = [
    { direction: 'inbound', annotation: SKIP_INBOUND_ANNOTATION, flag: '--inbound-ports-to-ignore' },
    {
        direction: 'outbound',
        annotation: SKIP_OUTBOUND_ANNOTATION,
        flag: '--outbound-ports-to-ignore',
    },
];
const SKIP_SUBNETS_FLAG = '--subnets-to-ignore';
function podKey(pod) {
    return `${pod.namespace}/${pod.name}`;
}
function proxyPlacement(pod) {
    if (pod.initContainers.some(c => c.name === PROXY_CONTAINER))
        return 'native-sidecar';
    if (pod.containers.some(c => c.name === PROXY_CONTAINER))
        return 'container';
    return undefined;
}
/**
 * A Job the CronJob controller created: it names each Job `<cronjob>-<scheduled time in minutes
 * since 1970>` (`getJobName` in kube-controller-manager), and a CronJob's name has at most 52
 * characters so that the Job's fits in 63. The pod's owner reference names only the Job, so the
 * name is all there is: 8 digits (minutes from 1989 to 2160) after a name of at most 52.
 */
const CRONJOB_JOB = /^([a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)-(\d{8})$/;
/**
 * The workload a pod belongs to: its controller, a ReplicaSet's Deployment, a CronJob's Job's
 * CronJob (the Job's name changes every run, the CronJob's does not), or the pod itself.
 */
function workloadOf(pod) {
    const workload = (0,cluster/* podWorkload */.Zs)(pod);
    if (workload !== undefined)
        return { name: workload.name, kind: workload.kind };
    const owner = pod.owners[0];
    if (owner === undefined)
        return { name: pod.name, kind: 'Pod' };
    const cronJob = owner.kind === 'Job' ? CRONJOB_JOB.exec(owner.name)?.[1] : undefined;
    return cronJob !== undefined
        ? { name: cronJob, kind: 'CronJob' }
        : { name: owner.name, kind: owner.kind };
}
function listItems(value) {
    return (value ?? '')
        .split(',')
        .map(i => i.trim())
        .filter(i => i !== '');
}
/** The value of `--flag value` or `--flag=value` in a container's arguments (the last one wins). */
function argumentValue(args, flag) {
    let value;
    args.forEach((arg, i) => {
        if (arg === flag)
            value = args[i + 1];
        else if (arg.startsWith(`${flag}=`))
            value = arg.slice(flag.length + 1);
    });
    return value;
}
/** Items seen once each, with every place that sets them: the injector copies annotations into the args. */
class Sources {
    items = new Map();
    add(key, source, value) {
        const known = this.items.get(key);
        if (known === undefined)
            this.items.set(key, { value: value(), sources: [source] });
        else if (!known.sources.includes(source))
            known.sources.push(source);
    }
    list() {
        return [...this.items.values()].map(({ value, sources }) => ({ ...value, sources }));
    }
}
function skippedPorts(pod, initArgs) {
    const found = new Sources();
    for (const { direction, annotation, flag } of BYPASS_SOURCES) {
        const lists = [
            [annotation, pod.annotations[annotation]],
            [`${PROXY_INIT_CONTAINER} ${flag}`, initArgs && argumentValue(initArgs, flag)],
        ];
        for (const [source, value] of lists) {
            for (const item of listItems(value)) {
                const parsed = (0,port/* parsePortRange */.mK)(item);
                const range = parsed.ok ? parsed.value : undefined;
                // The proxy's own ports skip the redirection to reach the proxy itself.
                const own = range !== undefined && range.from === range.to && PROXY_PORTS.has(range.from);
                if (direction === 'inbound' && own)
                    continue;
                const ports = range === undefined ? item : (0,port/* formatPortRange */.QM)(range);
                found.add(`${direction} ${ports}`, source, () => ({ direction, ports, range }));
            }
        }
    }
    return found.list();
}
function skippedSubnets(pod, initArgs) {
    const found = new Sources();
    const lists = [
        [SKIP_SUBNETS_ANNOTATION, pod.annotations[SKIP_SUBNETS_ANNOTATION]],
        [
            `${PROXY_INIT_CONTAINER} ${SKIP_SUBNETS_FLAG}`,
            initArgs && argumentValue(initArgs, SKIP_SUBNETS_FLAG),
        ],
    ];
    for (const [source, value] of lists) {
        for (const subnet of listItems(value))
            found.add(subnet, source, () => ({ subnet }));
    }
    return found.list();
}
function describePod(pod) {
    const workload = workloadOf(pod);
    const initArgs = pod.initContainers.find(c => c.name === PROXY_INIT_CONTAINER)?.args;
    const probePaths = new Map();
    for (const probe of pod.httpProbes) {
        if (probe.port === undefined)
            continue;
        const paths = probePaths.get(probe.port) ?? [];
        if (!paths.includes(probe.path))
            paths.push(probe.path);
        probePaths.set(probe.port, paths);
    }
    return {
        namespace: pod.namespace,
        name: pod.name,
        workload: workload.name,
        workloadKind: workload.kind,
        proxy: proxyPlacement(pod),
        phase: pod.phase,
        hostNetwork: pod.hostNetwork,
        skipped: skippedPorts(pod, initArgs),
        skippedSubnets: skippedSubnets(pod, initArgs),
        probePaths,
    };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/judge.ts
/**
 * The verdict, from what was observed: pure. Fails on plaintext that no rule allows, on meshed
 * pods whose proxies could not be read, on unmeshed pods (with `require-meshed`), on traffic that
 * bypasses the proxies, on expired certificates, and when nothing at all was proven.
 */





const DAY_MS = 86_400_000;
/** What to do about a failed scrape (mesh.md 6). */
function scrapeFix(problem, pod, spec) {
    switch (problem) {
        case 'forbidden-by-rbac':
            return `Grant the identity 'get' on 'pods/proxy' (apiGroups [''], a Role and RoleBinding in namespace '${pod.namespace}'); the built-in 'view' role lacks it. Check with 'kubectl auth can-i get pods --subresource=proxy -n ${pod.namespace}'.`;
        case 'forbidden-by-pod':
            return "The pod's Linkerd proxy refused the API server: its admin server enforces the pod's inbound policy (all-authenticated, cluster-authenticated or deny). Add a Server for port 'linkerd-admin' with an AuthorizationPolicy that admits the API server through a NetworkAuthentication (README: 'When a scrape gets 403').";
        case 'timeout':
            return `The proxy did not answer within '${spec.inputNames['scrape-timeout'] ?? 'scrape-timeout'}': check that the pod is ready and that the API server reaches pods (on AKS through the konnectivity agent), or raise the timeout.`;
        case 'unreachable':
            return "The API server could not reach the proxy's admin port 4191: check that the linkerd-proxy container is running and ready.";
        case 'not-found':
            return 'The pod was deleted during verification (or its saved scrape is missing); run the verification again.';
        case 'not-served':
            return "Check that the pod's linkerd-proxy container is the one serving port 4191 (no other container of the pod may listen on it) and that it is a Linkerd proxy; then verify again.";
        case 'failed':
            return 'Run the verification again; if it fails again, read the message above.';
        case 'unreadable-metrics':
            return 'A Linkerd proxy writes every line readably: check what wrote or changed this scrape (a saved file edited or cut short, a proxy in front of the admin port), then verify again.';
        case 'not-a-proxy-scrape':
            return "Check that the linkerd-proxy container serves its admin port 4191. For saved scrapes, save again: a failed 'kubectl get --raw' (a 403, a timeout) leaves an empty file behind a plain redirection, so write to a temporary file and move it into place only when kubectl succeeds (README: air-gapped audits).";
    }
}
/** Why kubelet probes do, or do not, explain an inbound plaintext edge. */
function probeRule(edge, pod, snapshot) {
    if (edge.direction !== 'inbound' || edge.port === undefined)
        return { allowed: false };
    if (edge.noTlsReason !== 'no_tls_from_remote')
        return { allowed: false };
    const paths = pod.probePaths.get(edge.port);
    if (paths === undefined)
        return { allowed: false };
    const evidence = probeEvidence(snapshot, edge.port);
    const listed = paths.map(p => `'${p}'`).join(', ');
    const not = (hint) => ({
        allowed: false,
        hint: `the pod has HTTP probes on this port (${listed}), but ${hint}`,
    });
    if (paths.includes('/')) {
        return not("a probe path is '/', the application's own main route, so probes cannot be told apart from other plaintext requests; give the probe its own path or allow the port explicitly");
    }
    if (!evidence.hasRouteLabels) {
        return not('the proxy does not label its authorizations with routes (Linkerd before 2.12?), so the requests cannot be attributed to probes; allow the port explicitly');
    }
    if (evidence.plaintextTcpConnections > 0) {
        return not(`${evidence.plaintextTcpConnections} plaintext connection(s) on it were not HTTP`);
    }
    const refused = Object.entries(evidence.plaintextRefused).sort(([a], [b]) => (0,json/* compareCodeUnits */.UF)(a, b));
    if (refused.length > 0) {
        const total = refused.reduce((sum, [, n]) => sum + (n ?? 0), 0);
        return not(`${total} plaintext request(s) or connection(s) on it were refused (${refused.map(([counter]) => counter).join(', ')}): refused or not, their payload crossed the network in plaintext`);
    }
    if (evidence.probeRouteRequests === 0 ||
        evidence.probeRouteRequests < evidence.plaintextRequests) {
        return not(`${evidence.plaintextRequests - evidence.probeRouteRequests} of ${evidence.plaintextRequests} plaintext request(s) went to other routes than the synthesized 'probe' route`);
    }
    if (edge.connections > evidence.probeRouteRequests) {
        return not(`${edge.connections} plaintext connection(s) on this port but only ${evidence.probeRouteRequests} request(s) on the 'probe' route: the kubelet opens one connection per probe (it disables keep-alive), so the other connections carried something else`);
    }
    return {
        allowed: true,
        why: `kubelet probes: all ${evidence.probeRouteRequests} plaintext request(s) on this port matched the policy controller's 'probe' route (probe paths ${listed}), on no more connections, none refused`,
    };
}
function judgeEdges(scrape, allow) {
    const { pod } = scrape;
    return edgesOf(pod, scrape.outcome.snapshot).map((edge) => {
        if (edge.verdict !== 'plaintext')
            return edge;
        // An edge without a port is allowed only by an entry for every port.
        const ports = edge.port === undefined ? { from: 1, to: 65535 } : { from: edge.port, to: edge.port };
        const entry = (0,allow_list/* allowingTraffic */.z0)(allow, { ...pod, direction: edge.direction, ports });
        if (entry !== undefined)
            return { ...edge, verdict: 'allowed', allowedBy: (0,allow_list/* describeEntry */.OY)(entry) };
        const probe = probeRule(edge, pod, scrape.outcome.snapshot);
        if (probe.allowed)
            return { ...edge, verdict: 'allowed', allowedBy: probe.why };
        return probe.hint === undefined ? edge : { ...edge, reason: `${edge.reason}; ${probe.hint}` };
    });
}
function edgeSubject(edge) {
    const port = edge.port === undefined ? '' : ` port ${edge.port}`;
    return `${edge.namespace}/${edge.pod} ${edge.direction}${port} ${edge.direction === 'inbound' ? 'from' : 'to'} ${edge.peer}`;
}
function isRunningOrPending(pod) {
    return pod.phase !== 'Succeeded' && pod.phase !== 'Failed';
}
function judgeVerifyEncryption(spec, state) {
    const findings = [];
    const warnings = [];
    const allowName = spec.inputNames['allow-plaintext'] ?? 'allow-plaintext';
    const error = (subject, message) => {
        findings.push({ severity: 'error', subject, message });
    };
    const warning = (subject, message) => {
        findings.push({ severity: 'warning', subject, message });
        warnings.push(`${subject}: ${message}`);
    };
    const namespacesName = spec.inputNames['namespaces'] ?? 'namespaces';
    for (const ns of state.emptyNamespaces) {
        error(ns, `named in '${namespacesName}' but has no pods, or does not exist (a typo?): nothing in it was verified. Check the name, or remove it from '${namespacesName}'.`);
    }
    // Edges from every proxy that answered.
    const edges = [];
    const unverified = [];
    const proxyCertificates = [];
    const missingCertificates = [];
    const restarted = [];
    let scrapedPods = 0;
    for (const scrape of state.scrapes) {
        const { pod, outcome } = scrape;
        if (!outcome.ok) {
            const entry = (0,allow_list/* allowingUnverified */.RY)(spec.allow, pod);
            const fix = scrapeFix(outcome.problem, pod, spec);
            const failedScrape = outcome.scrape === 1 ? 'the scrape' : `scrape ${outcome.scrape} of the window`;
            unverified.push({
                pod,
                problem: outcome.problem,
                message: outcome.message,
                fix,
                ...(entry ? { allowedBy: (0,allow_list/* describeEntry */.OY)(entry) } : {}),
            });
            if (entry === undefined) {
                // A 403's own message says what the fix says.
                const said = outcome.problem.startsWith('forbidden') ? '.' : `: ${outcome.message}`;
                error(podKey(pod), `unverified: ${failedScrape} failed (${outcome.problem})${said} ${fix}`);
            }
            continue;
        }
        scrapedPods++;
        if (outcome.restarts.length > 0 || outcome.resets > 0)
            restarted.push(podKey(pod));
        for (const restart of outcome.restarts) {
            warning(podKey(pod), `its proxy restarted${restart.startedAt === undefined ? '' : ` at ${restart.startedAt}`}, between the scrapes at ${restart.after} and ${restart.before}: the traffic it carried from ${restart.after} until the restart was not observed (its counters started again from zero). Verify again to cover that span.`);
        }
        edges.push(...judgeEdges({ ...scrape, outcome }, spec.allow));
        const cert = outcome.snapshot.certExpiry;
        const at = Date.parse(scrape.scrapedAt[scrape.scrapedAt.length - 1] ?? state.finishedAt);
        if (cert === undefined) {
            missingCertificates.push(podKey(pod));
        }
        else {
            const expired = cert.seconds * 1000 <= at;
            const expiresAt = new Date(cert.seconds * 1000).toISOString();
            proxyCertificates.push({
                namespace: pod.namespace,
                pod: pod.name,
                metric: cert.metric,
                expiresAt,
                expired,
            });
            if (expired) {
                error(podKey(pod), `the proxy's identity certificate expired at ${expiresAt}: mutual TLS with this pod fails. Check the identity controller and the issuer certificate, then restart the pod.`);
            }
        }
    }
    edges.sort(compareEdges);
    for (const edge of edges.filter(e => e.verdict === 'plaintext')) {
        error(edgeSubject(edge), `not mutual TLS (${edge.tls === '' ? 'no tls label' : `tls=${edge.tls}`}): ${edge.reason}. Mesh the peer, or list it in '${allowName}' with the reason it is accepted.`);
    }
    if (missingCertificates.length > 0) {
        const [only] = missingCertificates;
        warning(missingCertificates.length === 1 && only !== undefined
            ? only
            : `${missingCertificates.length} proxies`, `${missingCertificates.length === 1 ? 'its proxy exposes' : 'expose'} no identity certificate expiry (a metric ending in '${CERT_EXPIRY_SUFFIX}'), so ${missingCertificates.length === 1 ? 'its certificate was' : 'their certificates were'} not checked.`);
    }
    // Pods.
    const meshed = state.pods.filter(p => p.proxy !== undefined);
    const notRunning = meshed.filter(p => p.phase !== 'Running');
    for (const pod of notRunning) {
        warning(podKey(pod), `meshed but ${pod.phase}, so its proxy was not scraped; its traffic (if any) is not in this verification.`);
    }
    const unmeshed = state.pods
        .filter(p => p.proxy === undefined && isRunningOrPending(p))
        .map((pod) => {
        const entry = (0,allow_list/* allowingUnmeshed */.Jc)(spec.allow, pod);
        return entry ? { pod, allowedBy: (0,allow_list/* describeEntry */.OY)(entry) } : { pod };
    });
    const meshedName = spec.inputNames['require-meshed'] ?? 'require-meshed';
    for (const { pod, allowedBy } of unmeshed) {
        if (allowedBy !== undefined)
            continue;
        const why = pod.hostNetwork
            ? 'it uses the host network, which Linkerd cannot mesh'
            : "annotate its namespace or workload with 'linkerd.io/inject: enabled' and restart it";
        const message = `no Linkerd proxy: its traffic is not encrypted by the mesh (${why}), or list it in '${allowName}' (namespace and workload, no port) with the reason.`;
        if (spec.requireMeshed)
            error(podKey(pod), message);
        else
            warning(podKey(pod), `${message} Not failing: '${meshedName}' is false.`);
    }
    // Traffic that bypasses the proxy.
    const skipped = [];
    const skippedSubnets = [];
    const where = (sources) => sources.map(s => `'${s}'`).join(' and ');
    for (const pod of meshed.filter(isRunningOrPending)) {
        for (const { direction, ports, range, sources } of pod.skipped) {
            const entry = range === undefined
                ? undefined
                : (0,allow_list/* allowingTraffic */.z0)(spec.allow, { ...pod, direction, ports: range });
            skipped.push({
                pod,
                direction,
                ports,
                sources,
                ...(entry ? { allowedBy: (0,allow_list/* describeEntry */.OY)(entry) } : {}),
            });
            if (entry === undefined) {
                error(podKey(pod), `${direction} port(s) ${ports} skip the proxy (${where(sources)}): that traffic is neither encrypted by the mesh nor visible to this check, so it is unverifiable. Remove the port from the annotation (or the proxy-init configuration), or list it in '${allowName}' with the reason.`);
            }
        }
        for (const { subnet, sources } of pod.skippedSubnets) {
            // Inbound traffic from the subnet skips the proxy on every port.
            const entry = (0,allow_list/* allowingTraffic */.z0)(spec.allow, {
                ...pod,
                direction: 'inbound',
                ports: { from: 1, to: 65535 },
            });
            skippedSubnets.push({
                pod,
                subnet,
                sources,
                ...(entry ? { allowedBy: (0,allow_list/* describeEntry */.OY)(entry) } : {}),
            });
            if (entry === undefined) {
                error(podKey(pod), `inbound traffic from ${subnet} skips the proxy on every port (${where(sources)}): it is neither encrypted by the mesh nor visible to this check, so it is unverifiable. Remove the subnet, or list the workload in '${allowName}' with 'direction: inbound' (every port) and the reason.`);
            }
        }
    }
    // The issuer certificate: from the input (the primary path), else read from its Secret.
    const expiresAtName = spec.inputNames['issuer-expires-at'] ?? 'issuer-expires-at';
    const readName = spec.inputNames['read-issuer-secret'] ?? 'read-issuer-secret';
    const read = state.issuer?.read;
    const issuerExpiry = spec.issuerExpiresAt !== undefined
        ? { expiresAt: spec.issuerExpiresAt, source: `input '${expiresAtName}'` }
        : read?.ok === true
            ? { expiresAt: read.notAfter.toISOString(), source: read.source }
            : undefined;
    let issuer;
    if (issuerExpiry !== undefined) {
        const { expiresAt, source } = issuerExpiry;
        const daysLeft = (Date.parse(expiresAt) - Date.parse(state.finishedAt)) / DAY_MS;
        const status = daysLeft <= 0 ? 'expired' : daysLeft < spec.minValidityDays ? 'below-minimum' : 'ok';
        issuer = { expiresAt, daysLeft: Math.floor(daysLeft * 10) / 10, status, source };
        if (status === 'expired') {
            error('issuer certificate', `expired at ${expiresAt} (${source}): proxies can no longer renew their certificates. Replace the issuer (Linkerd's "Replacing Expired Certificates" procedure).`);
        }
        else if (status === 'below-minimum') {
            error('issuer certificate', `expires at ${expiresAt} (${source}), in ${issuer.daysLeft} day(s), fewer than '${spec.inputNames['min-validity-days'] ?? 'min-validity-days'}' (${spec.minValidityDays}). Rotate the issuer certificate.`);
        }
    }
    else if (read !== undefined && !read.ok) {
        error('issuer certificate', `'${readName}' is true, but the certificate could not be read from namespace '${state.issuer?.namespace ?? ''}': ${read.message} Grant 'get' on that one Secret (README: reading the issuer certificate), or give '${expiresAtName}' instead.`);
    }
    else {
        warnings.push(`'${expiresAtName}' is not set (and '${readName}' is false), so the issuer certificate's expiry was not checked.`);
    }
    // A run that proved nothing does not pass.
    const encrypted = edges.filter(e => e.verdict === 'encrypted').length;
    if (meshed.length === 0) {
        error('cluster', `no meshed pod in ${state.scope === 'meshed-namespaces' ? 'the cluster' : `namespace(s) ${[...state.namespaces, ...state.emptyNamespaces].sort().join(', ')}`}: nothing proves that traffic is encrypted.`);
    }
    else if (scrapedPods === 0) {
        error('cluster', 'no proxy could be scraped: nothing proves that traffic is encrypted.');
    }
    else if (encrypted === 0) {
        error('cluster', `no mutual-TLS traffic was observed${spec.windowSeconds > 0 ? ' in the window' : ''}: nothing proves that traffic is encrypted. Verify while the workloads serve traffic${spec.windowSeconds > 0 ? `, or lengthen '${spec.inputNames['window-seconds'] ?? 'window-seconds'}'` : ''}.`);
    }
    return {
        passed: !findings.some(f => f.severity === 'error'),
        edges,
        unverified,
        unmeshed,
        notRunning,
        skipped,
        skippedSubnets,
        proxyCertificates,
        missingCertificates,
        issuer,
        restarted,
        scrapedPods,
        findings,
        warnings,
    };
}

// EXTERNAL MODULE: ./src/core/common-inputs.ts
var common_inputs = __webpack_require__(47202);
;// CONCATENATED MODULE: ./src/steps/verify-encryption/manifest.ts

const DEFAULTS = {
    windowSeconds: '0',
    minValidityDays: '30',
    readIssuerSecret: 'false',
    requireMeshed: 'true',
    reportFile: 'encryption-report.json',
    scrapeTimeout: '10s',
};
const verifyEncryptionManifest = {
    name: 'verify-encryption',
    taskName: 'VerifyEncryption',
    taskIds: {
        prod: 'ca96f231-d27f-49b5-b1fa-d25f5ccf62f1',
        test: 'd25047a8-855c-4d75-a645-98f4aed05160',
    },
    friendlyName: 'AKS: verify encryption in transit',
    summary: 'Proves from the Linkerd proxies’ metrics that service-to-service traffic is mutual TLS, and writes audit evidence.',
    description: 'Scrapes every meshed pod’s Linkerd proxy through the Kubernetes API, judges each traffic edge (mutual TLS only with a TLS state of true and a peer identity), and fails on plaintext that is not allowed, unmeshed or unverified pods and expired certificates. Writes a Markdown summary and a JSON evidence file. Reads only.',
    inputs: [
        ...common_inputs/* CLUSTER_INPUTS */.PS,
        {
            id: 'namespaces',
            required: false,
            description: 'Namespaces to verify (comma or newline separated). Default: every namespace with a meshed pod.',
        },
        {
            id: 'window-seconds',
            required: false,
            default: DEFAULTS.windowSeconds,
            description: '0 judges the series the proxies hold (traffic since they started, except series idle for more than their 10-minute retention); a number of seconds (up to 3600) judges exactly the traffic of that window, scraping at least every 5 minutes until it ends.',
        },
        {
            id: 'allow-plaintext',
            required: false,
            structured: true,
            adoType: 'multiLine',
            description: 'Plaintext accepted on purpose, YAML or JSON: a list of `{namespace, workload, port, direction, reason}` (`namespace` and `reason` required; `port` a number or a range like 8000-8100; `direction` inbound or outbound). Allowed findings still appear in the report.',
        },
        {
            id: 'require-meshed',
            required: false,
            default: DEFAULTS.requireMeshed,
            adoType: 'boolean',
            description: 'Fail on running pods without a Linkerd proxy in the verified namespaces, unless `allow-plaintext` allows them.',
        },
        {
            id: 'min-validity-days',
            required: false,
            default: DEFAULTS.minValidityDays,
            description: 'Fail when the issuer certificate (`issuer-expires-at`, or the one `read-issuer-secret` reads) expires in fewer days than this. Proxy certificates (24 h, renewed by the proxies) fail only when expired.',
        },
        {
            id: 'issuer-expires-at',
            required: false,
            description: 'Expiry of the Linkerd identity issuer certificate, ISO 8601 (the `issuer-expires-at` output of install-mesh). When empty, see `read-issuer-secret`; with neither, the issuer is not checked.',
        },
        {
            id: 'read-issuer-secret',
            required: false,
            default: DEFAULTS.readIssuerSecret,
            adoType: 'boolean',
            description: 'When `issuer-expires-at` is empty: read the issuer certificate from the Secret `linkerd-identity-issuer` in the namespace of the control plane. Needs `get` on that one Secret, which also holds the private key of the issuer (the step decodes only the certificate); see the README before granting it.',
        },
        {
            id: 'report-file',
            required: false,
            default: DEFAULTS.reportFile,
            description: 'Path of the JSON evidence file (every edge with its verdict and reason, the scrape times, the cluster, the tool version), for the audit archive.',
        },
        {
            id: 'scrape-timeout',
            required: false,
            default: DEFAULTS.scrapeTimeout,
            description: 'How long one proxy scrape may take, from the request to the last byte of the answer (Go-style duration, e.g. 10s).',
        },
    ],
    outputs: [
        {
            id: 'verdict',
            description: '`pass` or `fail`. The step fails with `fail`; use `if: always()` (GitHub) or `condition: always()` (Azure Pipelines) to read it after a failure.',
        },
        {
            id: 'encrypted-edges',
            description: 'Number of traffic edges observed as mutual TLS.',
        },
        {
            id: 'plaintext-edges',
            description: 'Number of traffic edges observed without mutual TLS, allowed ones included (the report marks which).',
        },
        {
            id: 'unmeshed-pods',
            description: 'Number of running or pending pods without a Linkerd proxy in the verified namespaces, allowed ones included.',
        },
        {
            id: 'report-file',
            description: 'Full path of the JSON evidence file.',
        },
    ],
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/steps/verify-encryption/window.ts
/**
 * How long a proxy keeps a series nobody updates: `LINKERD2_PROXY_METRICS_RETAIN_IDLE`, 10
 * minutes by default (linkerd2-proxy `DEFAULT_METRICS_RETAIN_IDLE`; mesh.md 4.5).
 */
const PROXY_RETAIN_IDLE_SECONDS = 600;
/**
 * The longest time between two scrapes of a window: half the retention. A series that carried
 * traffic after one scrape is then still there at the next, so no traffic expires unseen; and a
 * series that vanishes between two scrapes was idle since before the first of them.
 */
const MAX_SCRAPE_INTERVAL_SECONDS = PROXY_RETAIN_IDLE_SECONDS / 2;
/** How a window is scraped: `intervals + 1` scrapes, `intervalMs` apart. */
function scrapeSchedule(windowSeconds) {
    const intervals = Math.max(1, Math.ceil(windowSeconds / MAX_SCRAPE_INTERVAL_SECONDS));
    return { intervals, intervalMs: (windowSeconds * 1000) / intervals };
}
/**
 * The traffic a proxy carried over the window, from its scrapes in order, summing the increase
 * between each two the way Prometheus' `increase()` treats counter resets: after a restart every
 * counter started again from zero, so its new value is the increase; a series that went down
 * without a restart was dropped as idle and recreated, so again its new value is the increase.
 * Never negative. A series that vanished between two scrapes expired: with scrapes at most half
 * the retention apart it carried nothing in between, and it is counted, not dropped silently.
 */
function windowTraffic(scrapes) {
    const series = new Map();
    const restarts = [];
    let resets = 0;
    let expiredSeries = 0;
    for (let i = 1; i < scrapes.length; i++) {
        const before = scrapes[i - 1];
        const after = scrapes[i];
        if (before === undefined || after === undefined)
            continue;
        const first = before.snapshot;
        const second = after.snapshot;
        const restarted = first.processStartSeconds !== undefined &&
            second.processStartSeconds !== undefined &&
            first.processStartSeconds !== second.processStartSeconds;
        if (restarted) {
            const start = second.processStartSeconds ?? NaN;
            restarts.push({
                after: before.at,
                before: after.at,
                startedAt: Number.isFinite(start) ? new Date(start * 1000).toISOString() : undefined,
            });
        }
        for (const [key, now] of second.series) {
            const was = restarted ? undefined : first.series.get(key);
            let increase = now.value;
            if (was !== undefined) {
                if (now.value >= was.value)
                    increase = now.value - was.value;
                else
                    resets++;
            }
            if (increase <= 0)
                continue;
            const sum = series.get(key);
            series.set(key, { ...now, value: (sum?.value ?? 0) + increase });
        }
        if (!restarted) {
            for (const [key, was] of first.series) {
                if (was.value > 0 && !second.series.has(key))
                    expiredSeries++;
            }
        }
    }
    const last = scrapes[scrapes.length - 1]?.snapshot;
    if (last === undefined)
        throw new Error('windowTraffic needs at least one scrape');
    const counters = new Set(scrapes.flatMap(s => [...s.snapshot.counters]));
    return { snapshot: { ...last, series, counters }, restarts, resets, expiredSeries };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/observe.ts






/** The label Linkerd puts on meshed pods, naming the control plane's namespace (mesh.md 3.1). */
const CONTROL_PLANE_NS_LABEL = 'linkerd.io/control-plane-ns';
/** The control plane's namespace: the one most meshed pods name, else `linkerd`. */
function controlPlaneNamespace(views) {
    const counts = new Map();
    for (const view of views) {
        const ns = view.labels[CONTROL_PLANE_NS_LABEL];
        if (ns !== undefined && ns !== '')
            counts.set(ns, (counts.get(ns) ?? 0) + 1);
    }
    const [best] = [...counts].sort(([a, x], [b, y]) => y - x || (0,json/* compareCodeUnits */.UF)(a, b));
    return best?.[0] ?? 'linkerd';
}
/** The pods in scope, and (default scope) the namespaces left out for having no meshed pod. */
async function listPods(kube, namespaces) {
    if (namespaces === undefined) {
        const all = await kube.listPods();
        const meshed = new Set(all.filter(p => proxyPlacement(p) !== undefined).map(p => p.namespace));
        const outOfScope = [...new Set(all.map(p => p.namespace))].filter(ns => !meshed.has(ns));
        return { views: all.filter(p => meshed.has(p.namespace)), outOfScope: outOfScope.sort() };
    }
    // One list call per named namespace, issued together.
    const lists = await Promise.all(namespaces.map(ns => kube.listPods(ns)));
    return { views: lists.flat(), outOfScope: undefined };
}
/** One answer, parsed; an answer that is not a proxy's metrics is a failure, never a clean pod. */
function read(at, text) {
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
    const snapshot = readProxySnapshot(text);
    const why = notAProxyScrape(snapshot, text);
    if (why !== undefined) {
        return { at, sha256, failure: { problem: 'not-a-proxy-scrape', message: why } };
    }
    const { count, example } = snapshot.unreadable;
    if (count === 0)
        return { at, sha256, snapshot };
    return {
        at,
        sha256,
        failure: {
            unreadableLines: count,
            problem: 'unreadable-metrics',
            message: `${count} line(s) of the counters this check reads could not be read (malformed, a label given twice, a value that is no count, or no direction), so they might hide plaintext; the first: '${example ?? ''}'`,
        },
    };
}
/** Scrapes every target once; parses each answer as it arrives and keeps only the parse. */
async function scrapeAll(ctx, spec, targets) {
    const taken = new Map();
    await ctx.kube.scrapeProxies(targets, { timeoutMs: spec.scrapeTimeoutMs }, (target, scrape) => {
        const at = (scrape.ok && scrape.scrapedAt !== undefined ? scrape.scrapedAt : ctx.clock.now()).toISOString();
        taken.set(podKey(target), scrape.ok ? read(at, scrape.text) : { at, failure: scrape });
    });
    return taken;
}
function failed(taken, scrape) {
    return {
        ok: false,
        problem: taken?.failure?.problem ?? 'failed',
        message: taken?.failure?.message ?? 'no answer was recorded for this pod',
        scrape,
        unreadableLines: taken?.failure?.unreadableLines ?? 0,
    };
}
/**
 * Lists the pods of the chosen namespaces (default: every namespace with a meshed pod), then
 * scrapes every meshed, running pod's proxy. In window mode it scrapes again every few minutes
 * until `window-seconds` have passed (never further apart than half the proxies' retention of
 * idle series, so nothing expires unseen) and keeps only the increase. Reads only.
 */
async function observeVerifyEncryption(ctx, spec) {
    const startedAt = ctx.clock.now().toISOString();
    const source = await ctx.kube.describeSource();
    const { views, outOfScope } = await listPods(ctx.kube, spec.namespaces);
    const pods = views.map(describePod).sort((a, b) => (0,json/* compareCodeUnits */.UF)(podKey(a), podKey(b)));
    const namespaces = [...new Set(pods.map(p => p.namespace))].sort();
    const emptyNamespaces = (spec.namespaces ?? []).filter(ns => !namespaces.includes(ns)).sort();
    const targets = pods.filter(p => p.proxy !== undefined && p.phase === 'Running');
    ctx.log.info(`verify-encryption: ${pods.length} pod(s) in ${namespaces.length} namespace(s); scraping ${targets.length} meshed, running pod(s).`);
    const began = ctx.clock.now().getTime();
    // Per pod: its scrapes so far, or the first failure and which scrape it was.
    const history = new Map();
    const failures = new Map();
    const times = new Map();
    const digests = new Map();
    const record = (taken, scrape) => {
        for (const [key, t] of taken) {
            times.set(key, [...(times.get(key) ?? []), t.at]);
            digests.set(key, [...(digests.get(key) ?? []), t.sha256 ?? null]);
            if (t.snapshot === undefined) {
                failures.set(key, { taken: t, scrape });
                history.delete(key);
            }
            else {
                history.set(key, [...(history.get(key) ?? []), { at: t.at, snapshot: t.snapshot }]);
            }
        }
    };
    record(await scrapeAll(ctx, spec, targets), 1);
    if (spec.windowSeconds > 0) {
        const { intervals, intervalMs } = scrapeSchedule(spec.windowSeconds);
        ctx.log.info(`verify-encryption: window mode: ${intervals + 1} scrapes, ${(intervalMs / 1000).toFixed(0)} s apart, over ${spec.windowSeconds} s.`);
        for (let i = 1; i <= intervals; i++) {
            await ctx.clock.sleep(intervalMs);
            record(await scrapeAll(ctx, spec, targets.filter(t => history.has(podKey(t)))), i + 1);
        }
    }
    // Every scrape is read: the texts kept to share between them are no longer needed.
    forgetKeptText();
    const scrapes = targets.map((pod) => {
        const key = podKey(pod);
        const scrapedAt = times.get(key) ?? [];
        const sha256 = digests.get(key) ?? [];
        const failure = failures.get(key);
        const taken = history.get(key);
        if (failure !== undefined || taken === undefined) {
            return { pod, scrapedAt, sha256, outcome: failed(failure?.taken, failure?.scrape ?? 1) };
        }
        const window = windowTraffic(taken);
        return {
            pod,
            scrapedAt,
            sha256,
            outcome: {
                ok: true,
                // One scrape: its counters as they are; several: the increase over the window.
                snapshot: taken.length === 1 ? (taken[0]?.snapshot ?? window.snapshot) : window.snapshot,
                restarts: window.restarts,
                resets: window.resets,
                expiredSeries: window.expiredSeries,
            },
        };
    });
    const issuer = spec.readIssuerSecret
        ? await readIssuer(ctx.kube, controlPlaneNamespace(views))
        : undefined;
    const unverified = scrapes.filter(s => !s.outcome.ok).length;
    ctx.log.info(`verify-encryption: scraped ${scrapes.length - unverified} of ${scrapes.length} proxies in ${((ctx.clock.now().getTime() - began) / 1000).toFixed(1)} s${unverified > 0 ? ` (${unverified} failed)` : ''}.`);
    return {
        source,
        scope: spec.namespaces === undefined ? 'meshed-namespaces' : 'named',
        namespaces,
        emptyNamespaces,
        outOfScopeNamespaces: outOfScope,
        pods,
        scrapes,
        ...(issuer !== undefined ? { issuer } : {}),
        startedAt,
        finishedAt: ctx.clock.now().toISOString(),
    };
}
async function readIssuer(kube, namespace) {
    return { namespace, read: await kube.readIdentityIssuer(namespace) };
}

;// CONCATENATED MODULE: ./src/steps/verify-encryption/report.ts
/**
 * The two renderings of a judgement: the Markdown summary (non-encrypted traffic first) and the
 * JSON evidence file for the audit archive. Both deterministic for the same input; neither holds
 * a secret (the proxies' metrics and the pod list carry none).
 */




const EVIDENCE_SCHEMA_VERSION = 1;
/** Rows per Markdown table; the evidence file holds all. */
const MAX_ROWS = 50;
function countJudgement(judgement, state) {
    const count = (verdict) => judgement.edges.filter(e => e.verdict === verdict).length;
    return {
        encryptedEdges: count('encrypted'),
        plaintextEdges: count('plaintext'),
        allowedEdges: count('allowed'),
        excludedSeries: count('excluded'),
        meshedPods: state.pods.filter(p => p.proxy !== undefined).length,
        scrapedPods: judgement.scrapedPods,
        unverifiedPods: judgement.unverified.length,
        unmeshedPods: judgement.unmeshed.length,
        allowedUnmeshedPods: judgement.unmeshed.filter(u => u.allowedBy !== undefined).length,
    };
}
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function table(header, rows) {
    const shown = rows.slice(0, MAX_ROWS);
    const lines = [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...shown.map(r => `| ${r.map(cell).join(' | ')} |`),
    ];
    if (rows.length > shown.length) {
        lines.push('', `…and ${rows.length - shown.length} more in the evidence file.`);
    }
    return lines;
}
/** A list for one table cell, cut at MAX_ROWS items (the evidence file holds all). */
function listed(items) {
    const shown = items.slice(0, MAX_ROWS).join(', ');
    return items.length > MAX_ROWS ? `${shown}, …and ${items.length - MAX_ROWS} more` : shown;
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function headline(spec, judgement, counts) {
    if (judgement.passed) {
        return counts.plaintextEdges + counts.allowedEdges === 0
            ? '**Pass**: all observed service-to-service traffic is mutual TLS.'
            : `**Pass**: all observed service-to-service traffic is mutual TLS, except ${plural(counts.allowedEdges, 'allowed edge')} listed below.`;
    }
    const parts = [
        counts.plaintextEdges > 0 ? plural(counts.plaintextEdges, 'plaintext edge') : undefined,
        judgement.unverified.some(u => u.allowedBy === undefined)
            ? plural(judgement.unverified.filter(u => u.allowedBy === undefined).length, 'unverified pod')
            : undefined,
        spec.requireMeshed && counts.unmeshedPods > counts.allowedUnmeshedPods
            ? plural(counts.unmeshedPods - counts.allowedUnmeshedPods, 'unmeshed pod')
            : undefined,
        [...judgement.skipped, ...judgement.skippedSubnets].some(s => s.allowedBy === undefined)
            ? 'traffic that bypasses the proxy'
            : undefined,
    ].filter((p) => p !== undefined);
    const errors = judgement.findings.filter(f => f.severity === 'error').length;
    return `**Fail**: ${parts.length > 0 ? `${parts.join(', ')} not allowed` : plural(errors, 'problem')}; see below.`;
}
function edgeRow(edge) {
    return [
        edge.verdict === 'allowed' ? `allowed: ${edge.allowedBy ?? ''}` : '**not allowed**',
        `${edge.namespace}/${edge.pod}`,
        edge.direction,
        edge.port === undefined ? '' : String(edge.port),
        edge.peer,
        edge.tls === ''
            ? '(none)'
            : `\`${edge.tls}\`${edge.noTlsReason ? ` \`${edge.noTlsReason}\`` : ''}`,
        String(edge.connections),
        String(edge.requests),
        edge.reason,
    ];
}
/**
 * What the counters cover. The proxies drop a series nobody updated for their retention time
 * (10 minutes by default), so without a window only series active lately (or still kept) count.
 */
function measured(spec) {
    const retention = `${PROXY_RETAIN_IDLE_SECONDS / 60} min`;
    if (spec.windowSeconds === 0) {
        return `the series the proxies hold: traffic since each proxy started, except series idle for more than the proxies' retention (${retention} by default), which they drop; use a window to cover a span completely`;
    }
    const { intervals, intervalMs } = scrapeSchedule(spec.windowSeconds);
    return `the traffic of a ${spec.windowSeconds} s window: ${intervals + 1} scrapes, ${Math.round(intervalMs / 1000)} s apart (at most half the proxies' ${retention} retention of idle series, so no traffic expires unseen)`;
}
/** The Markdown summary: counts, then the non-encrypted edges, then the other findings. */
function renderSummary(spec, state, judgement) {
    const counts = countJudgement(judgement, state);
    const window = measured(spec);
    const lines = [
        `### verify-encryption: ${judgement.passed ? 'pass' : 'fail'}`,
        '',
        headline(spec, judgement, counts),
        '',
        '| | |',
        '| --- | --- |',
        `| mutual TLS edges | ${counts.encryptedEdges} |`,
        `| plaintext edges, not allowed | ${counts.plaintextEdges} |`,
        `| plaintext edges, allowed | ${counts.allowedEdges} |`,
        `| proxies scraped | ${counts.scrapedPods} of ${state.scrapes.length} meshed, running pods (${counts.meshedPods} meshed) |`,
        `| unverified pods | ${counts.unverifiedPods} |`,
        `| unmeshed pods | ${counts.unmeshedPods} (${counts.allowedUnmeshedPods} allowed) |`,
        `| excluded series (loopback, local legs, the proxies' own ports) | ${counts.excludedSeries} |`,
        `| measured | ${window} |`,
        `| namespaces verified | ${cell(state.namespaces.join(', ') || '(none)')}${state.scope === 'meshed-namespaces' ? ' (every namespace with a meshed pod)' : ''} |`,
        ...(state.emptyNamespaces.length > 0
            ? [`| namespaces named, without pods | ${cell(state.emptyNamespaces.join(', '))} |`]
            : []),
        ...(state.outOfScopeNamespaces !== undefined && state.outOfScopeNamespaces.length > 0
            ? [
                `| namespaces out of scope (pods, none meshed) | ${cell(listed(state.outOfScopeNamespaces))} |`,
            ]
            : []),
        `| source | ${cell(state.source.kind === 'api-server' ? `API server ${state.source.location}${state.source.context ? ` (context ${state.source.context})` : ''}` : `saved scrapes in ${state.source.location}`)} |`,
    ];
    const notEncrypted = judgement.edges
        .filter(e => e.verdict === 'plaintext' || e.verdict === 'allowed')
        .sort((a, b) => Number(a.verdict === 'allowed') - Number(b.verdict === 'allowed'));
    if (notEncrypted.length > 0) {
        lines.push('', '#### Traffic without mutual TLS', '', ...table(['status', 'pod', 'direction', 'port', 'peer', 'TLS', 'connections', 'requests', 'reason'], notEncrypted.map(edgeRow)));
    }
    if (judgement.unverified.length > 0) {
        lines.push('', '#### Unverified pods (their proxies could not be read; never counted as encrypted)', '', ...table(['pod', 'problem', 'message', 'fix'], judgement.unverified.map(u => [
            podKey(u.pod),
            u.allowedBy ? `${u.problem} (allowed: ${u.allowedBy})` : u.problem,
            u.message,
            u.fix,
        ])));
    }
    if (judgement.unmeshed.length > 0) {
        lines.push('', '#### Pods without a Linkerd proxy', '', ...table(['pod', 'workload', 'phase', 'status'], judgement.unmeshed.map(u => [
            podKey(u.pod),
            `${u.pod.workloadKind} ${u.pod.workload}`,
            u.pod.phase,
            u.allowedBy
                ? `allowed: ${u.allowedBy}`
                : spec.requireMeshed
                    ? '**not allowed**'
                    : 'reported',
        ])));
    }
    if (judgement.skipped.length + judgement.skippedSubnets.length > 0) {
        const status = (allowedBy) => allowedBy ? `allowed: ${allowedBy}` : '**not allowed**';
        lines.push('', '#### Traffic that bypasses the proxy (unverifiable)', '', ...table(['pod', 'direction', 'ports or source subnet', 'set by', 'status'], [
            ...judgement.skipped.map(s => [
                podKey(s.pod),
                s.direction,
                s.ports,
                s.sources.join(', '),
                status(s.allowedBy),
            ]),
            ...judgement.skippedSubnets.map(s => [
                podKey(s.pod),
                'inbound',
                `from ${s.subnet}, every port`,
                s.sources.join(', '),
                status(s.allowedBy),
            ]),
        ]));
    }
    if (judgement.notRunning.length > 0) {
        lines.push('', '#### Meshed pods not running (not scraped)', '', ...table(['pod', 'phase'], judgement.notRunning.map(p => [podKey(p), p.phase])));
    }
    lines.push('', '#### Certificates', '');
    const earliest = [...judgement.proxyCertificates].sort((a, b) => (0,json/* compareCodeUnits */.UF)(a.expiresAt, b.expiresAt))[0];
    const expired = judgement.proxyCertificates.filter(c => c.expired).length;
    lines.push(earliest === undefined
        ? '- Proxy identity certificates: none reported.'
        : `- Proxy identity certificates: ${judgement.proxyCertificates.length} checked, ${expired} expired; earliest expiry ${earliest.expiresAt} (${earliest.namespace}/${earliest.pod}).`);
    if (judgement.missingCertificates.length > 0) {
        lines.push(`- ${plural(judgement.missingCertificates.length, 'proxy', 'proxies')} report no certificate expiry.`);
    }
    lines.push(judgement.issuer === undefined
        ? `- Issuer certificate: not checked (neither '${spec.inputNames['issuer-expires-at'] ?? 'issuer-expires-at'}' nor a readable '${spec.inputNames['read-issuer-secret'] ?? 'read-issuer-secret'}').`
        : `- Issuer certificate: expires ${judgement.issuer.expiresAt} (${judgement.issuer.source}), in ${judgement.issuer.daysLeft} day(s) (minimum ${spec.minValidityDays}): ${judgement.issuer.status}.`);
    if (judgement.restarted.length > 0) {
        lines.push('', `Proxies restarted or reset their counters during the window (their counts since the restart were used; a restart's unobserved span is a warning above): ${judgement.restarted.join(', ')}.`);
    }
    lines.push('', `Evidence: \`${spec.reportFile}\` (every edge with its verdict and reason).`);
    return `${lines.join('\n')}\n`;
}
/** The failure message: what failed, the first findings, where the rest is. */
function renderFailure(spec, judgement) {
    const errors = judgement.findings.filter(f => f.severity === 'error');
    const shown = errors.slice(0, 5).map(f => `  - ${f.subject}: ${f.message}`);
    const more = errors.length > shown.length ? [`  - …and ${errors.length - shown.length} more`] : [];
    return [
        `verify-encryption: the traffic is not proven encrypted (${plural(errors.length, 'problem')}); details in the summary and in '${spec.reportFile}'.`,
        ...shown,
        ...more,
    ].join('\n');
}
/** The JSON evidence file (schemaVersion 1), for the audit archive. */
function renderEvidence(spec, state, judgement, tool) {
    const counts = countJudgement(judgement, state);
    const evidence = {
        schemaVersion: EVIDENCE_SCHEMA_VERSION,
        tool: { name: tool.name, version: tool.version },
        step: 'verify-encryption',
        verdict: judgement.passed ? 'pass' : 'fail',
        cluster: state.source,
        observation: {
            startedAt: state.startedAt,
            finishedAt: state.finishedAt,
            windowSeconds: spec.windowSeconds,
            measured: measured(spec),
            proxyRetainIdleSecondsAssumed: PROXY_RETAIN_IDLE_SECONDS,
            scope: state.scope,
            namespaces: state.namespaces,
            namespacesWithoutPods: state.emptyNamespaces,
            namespacesOutOfScope: state.outOfScopeNamespaces ?? null,
        },
        rules: {
            encrypted: "tls label 'true' and a non-empty peer identity (client_id inbound, server_id outbound)",
            requireMeshed: spec.requireMeshed,
            minValidityDays: spec.minValidityDays,
            allowPlaintext: spec.allow.map(e => ({ entry: e.index, rule: (0,allow_list/* describeEntry */.OY)(e) })),
        },
        counts,
        scrapes: state.scrapes.map(s => ({
            namespace: s.pod.namespace,
            pod: s.pod.name,
            workload: s.pod.workload,
            proxy: s.pod.proxy,
            scrapedAt: s.scrapedAt,
            sha256: s.sha256,
            ...(s.outcome.ok
                ? {
                    ok: true,
                    proxyVersion: s.outcome.snapshot.proxyVersion ?? null,
                    restarted: s.outcome.restarts.length > 0,
                    restarts: s.outcome.restarts,
                    resets: s.outcome.resets,
                    expiredSeries: s.outcome.expiredSeries,
                }
                : {
                    ok: false,
                    problem: s.outcome.problem,
                    message: s.outcome.message,
                    scrape: s.outcome.scrape,
                    unreadableLines: s.outcome.unreadableLines,
                }),
        })),
        edges: judgement.edges.map(e => ({
            namespace: e.namespace,
            pod: e.pod,
            workload: e.workload,
            direction: e.direction,
            port: e.port ?? null,
            peer: e.peer,
            tls: e.tls,
            identity: e.identity ?? null,
            noTlsReason: e.noTlsReason ?? null,
            connections: e.connections,
            requests: e.requests,
            verdict: e.verdict,
            reason: e.reason,
            ...(e.allowedBy !== undefined ? { allowedBy: e.allowedBy } : {}),
        })),
        unverifiedPods: judgement.unverified.map(u => ({
            namespace: u.pod.namespace,
            pod: u.pod.name,
            problem: u.problem,
            message: u.message,
            fix: u.fix,
            allowedBy: u.allowedBy ?? null,
        })),
        unmeshedPods: judgement.unmeshed.map(u => ({
            namespace: u.pod.namespace,
            pod: u.pod.name,
            workload: u.pod.workload,
            phase: u.pod.phase,
            hostNetwork: u.pod.hostNetwork,
            allowedBy: u.allowedBy ?? null,
        })),
        notRunningPods: judgement.notRunning.map(p => ({
            namespace: p.namespace,
            pod: p.name,
            phase: p.phase,
        })),
        skippedPorts: judgement.skipped.map(s => ({
            namespace: s.pod.namespace,
            pod: s.pod.name,
            direction: s.direction,
            ports: s.ports,
            sources: s.sources,
            allowedBy: s.allowedBy ?? null,
        })),
        skippedSubnets: judgement.skippedSubnets.map(s => ({
            namespace: s.pod.namespace,
            pod: s.pod.name,
            direction: 'inbound',
            subnet: s.subnet,
            sources: s.sources,
            allowedBy: s.allowedBy ?? null,
        })),
        certificates: {
            proxies: judgement.proxyCertificates,
            missing: judgement.missingCertificates,
            issuer: judgement.issuer ?? null,
        },
        findings: judgement.findings,
        warnings: judgement.warnings,
    };
    return `${JSON.stringify(evidence, null, 2)}\n`;
}

// EXTERNAL MODULE: ./src/steps/verify-encryption/spec.ts
var spec = __webpack_require__(91682);
;// CONCATENATED MODULE: ./src/steps/verify-encryption/index.ts





const verifyEncryption = {
    kind: 'verify',
    manifest: verifyEncryptionManifest,
    parseSpec: spec/* parseVerifyEncryptionSpec */.l,
    observe: observeVerifyEncryption,
    judge: (spec, state, tool) => {
        const judgement = judgeVerifyEncryption(spec, state);
        const counts = countJudgement(judgement, state);
        return {
            passed: judgement.passed,
            outputs: {
                verdict: judgement.passed ? 'pass' : 'fail',
                'encrypted-edges': String(counts.encryptedEdges),
                'plaintext-edges': String(counts.plaintextEdges + counts.allowedEdges),
                'unmeshed-pods': String(counts.unmeshedPods),
            },
            summary: renderSummary(spec, state, judgement),
            ...(judgement.passed ? {} : { failure: renderFailure(spec, judgement) }),
            findings: judgement.findings,
            warnings: judgement.warnings,
            file: {
                path: spec.reportFile,
                content: renderEvidence(spec, state, judgement, tool),
                output: 'report-file',
            },
        };
    },
};


/***/ })

};
