export const id = 159;
export const ids = [159];
export const modules = {

/***/ 69588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ chartSource),
/* harmony export */   S: () => (/* binding */ parseChartRepository)
/* harmony export */ });
/* harmony import */ var _inputs_parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85772);
/**
 * Where a Helm chart comes from: a chart repository (`https://…`, given to Helm as `--repo`) or
 * an OCI registry (`oci://…`), which Helm takes only as part of the chart reference
 * (`oci://registry/path/chart`, no `--repo`: helm/helm#12471).
 */

const ACCEPTED = 'must be an https:// repository or an oci:// registry URL';
/**
 * A chart repository or OCI registry URL, without trailing slashes. Credentials are refused: the
 * URL appears in the plan file and the log (log in with `helm registry login` or a Helm
 * repository configuration instead).
 */
function parseChartRepository(raw) {
    if (!/^(https|oci):\/\//i.test(raw))
        return (0,_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(ACCEPTED);
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return (0,_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`is not a URL; it ${ACCEPTED}`);
    }
    if (url.host === '')
        return (0,_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('names no host');
    if (url.username !== '' || url.password !== '') {
        return (0,_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('holds credentials, which would appear in the plan and the log; sign in with `helm registry login` or a Helm repository configuration instead');
    }
    if (url.search !== '' || url.hash !== '')
        return (0,_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('has a query or fragment; give the URL alone');
    return (0,_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(raw.replace(/\/+$/, ''));
}
/** What Helm is given for a chart of that repository: the chart reference and `--repo`, if any. */
function chartSource(repository, chart) {
    return /^oci:\/\//i.test(repository)
        ? { chart: `${repository}/${chart}`, repo: '' }
        : { chart, repo: repository };
}


/***/ }),

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

/***/ 67167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ parseCidr),
/* harmony export */   eX: () => (/* binding */ cidrContains)
/* harmony export */ });
/* unused harmony export cidrsOverlap */
/* harmony import */ var _ipv4_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5198);
/* harmony import */ var _ipv6_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67076);
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85772);



const ACCEPTED = 'use an address and prefix length like 10.0.0.0/16 or fd00::/64';
/** Parses an IPv4 or IPv6 CIDR range; the host bits must be zero. */
function parseCidr(raw) {
    const parts = raw.split('/');
    const [addressText = '', prefixText] = parts;
    if (prefixText === undefined) {
        if ((0,_ipv4_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIpv4 */ .ni)(raw).ok)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`missing the prefix length; write ${raw}/32 for one address, or ${ACCEPTED}`);
        const v6 = (0,_ipv6_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIpv6 */ .BE)(raw);
        if (v6.ok)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`missing the prefix length; write ${v6.value}/128 for one address, or ${ACCEPTED}`);
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`not a CIDR range; ${ACCEPTED}`);
    }
    if (parts.length > 2)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`not a CIDR range; ${ACCEPTED}`);
    const version = addressText.includes(':') ? 6 : 4;
    const parsedAddress = version === 4 ? (0,_ipv4_js__WEBPACK_IMPORTED_MODULE_1__/* .parseIpv4 */ .ni)(addressText) : (0,_ipv6_js__WEBPACK_IMPORTED_MODULE_0__/* .parseIpv6 */ .BE)(addressText);
    if (!parsedAddress.ok)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`not a CIDR range; ${ACCEPTED}`);
    const bits = version === 4 ? 32 : 128;
    if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText) || Number(prefixText) > bits) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`the prefix length must be a whole number from 0 to ${bits}; ${ACCEPTED}`);
    }
    const prefixLength = Number(prefixText);
    const value = toBigInt(parsedAddress.value, version);
    const network = value & mask(prefixLength, bits);
    const address = fromBigInt(network, version);
    const text = `${address}/${prefixLength}`;
    if (network !== value)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(`host bits are set; did you mean ${text}?`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ address, prefixLength, version, text });
}
/** True when every address of `inner` is inside `outer`. Ranges of different versions never nest. */
function cidrContains(outer, inner) {
    if (outer.version !== inner.version || outer.prefixLength > inner.prefixLength)
        return false;
    const bits = outer.version === 4 ? 32 : 128;
    const outerMask = mask(outer.prefixLength, bits);
    return ((toBigInt(inner.address, inner.version) & outerMask) === toBigInt(outer.address, outer.version));
}
/** True when the two ranges share at least one address. */
function cidrsOverlap(a, b) {
    return cidrContains(a, b) || cidrContains(b, a);
}
function mask(prefixLength, bits) {
    const all = (1n << BigInt(bits)) - 1n;
    return (all >> BigInt(bits - prefixLength)) << BigInt(bits - prefixLength);
}
function toBigInt(address, version) {
    return version === 4 ? BigInt((0,_ipv4_js__WEBPACK_IMPORTED_MODULE_1__/* .ipv4ToNumber */ .Cx)(address)) : (0,_ipv6_js__WEBPACK_IMPORTED_MODULE_0__/* .ipv6ToBigInt */ .cS)(address);
}
function fromBigInt(value, version) {
    return version === 4 ? (0,_ipv4_js__WEBPACK_IMPORTED_MODULE_1__/* .numberToIpv4 */ .gG)(Number(value)) : (0,_ipv6_js__WEBPACK_IMPORTED_MODULE_0__/* .bigIntToIpv6 */ .O9)(value);
}


/***/ }),

/***/ 16749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85772);

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const ACCEPTED = 'accepted units are h, m, s, ms, e.g. 8760h, 30m, 1h30m or 500ms';
const TERM = /([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ms|h|m|s)/y;
/**
 * Parses a Go-style duration (`87600h`, `30m`, `1h30m`, `90s`, `500ms`, `1.5h`) into whole
 * milliseconds. Bare numbers, negative and zero durations, and durations finer than a
 * millisecond are rejected.
 */
function parseDuration(raw) {
    if (raw.startsWith('-'))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`negative durations are not accepted; ${ACCEPTED}`);
    const text = raw.startsWith('+') ? raw.slice(1) : raw;
    if (/^[0-9.]+$/.test(text))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`has no unit; ${ACCEPTED}`);
    if (/^[0-9.]+d$/i.test(text)) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`days are not a unit; use hours (720h is 30 days), as ${ACCEPTED}`);
    }
    let total = 0;
    let position = 0;
    while (position < text.length) {
        TERM.lastIndex = position;
        const term = TERM.exec(text);
        if (term === null)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a duration; ${ACCEPTED}`);
        const [whole, amount = '', unit = 's'] = term;
        total += Number(amount) * UNIT_MS[unit];
        position += whole.length;
    }
    if (text === '')
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a duration; ${ACCEPTED}`);
    const rounded = Math.round(total);
    if (Math.abs(total - rounded) > 1e-6) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`finer than a millisecond; ${ACCEPTED}`);
    }
    if (rounded === 0)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`must be longer than zero; ${ACCEPTED}`);
    if (!Number.isSafeInteger(rounded))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`too long; ${ACCEPTED}`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(rounded);
}
/**
 * A compact Go-style string for whole milliseconds, leaving out zero parts: 5400000 is
 * `1h30m`, 90000 is `1m30s`, 1500 is `1s500ms`, 0 is `0s`. Negative values get a leading `-`;
 * fractions of a millisecond are rounded. The result parses back with parseDuration.
 */
function formatDuration(ms) {
    const rounded = Math.round(ms);
    if (rounded === 0)
        return '0s';
    if (rounded < 0)
        return `-${formatDuration(-rounded)}`;
    let rest = rounded;
    let text = '';
    for (const unit of ['h', 'm', 's', 'ms']) {
        const count = Math.floor(rest / UNIT_MS[unit]);
        rest -= count * UNIT_MS[unit];
        if (count > 0)
            text += `${count}${unit}`;
    }
    return text;
}


/***/ }),

/***/ 46727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ parseIntegerIn)
/* harmony export */ });
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85772);

/** A whole number from `min` to `max`, digits only (no sign, decimals or exponent). */
function parseIntegerIn(min, max) {
    return raw => /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max
        ? (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(Number(raw))
        : (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`must be a whole number from ${min} to ${max}`);
}


/***/ }),

/***/ 5198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ ipv4ToNumber),
/* harmony export */   gG: () => (/* binding */ numberToIpv4),
/* harmony export */   ni: () => (/* binding */ parseIpv4)
/* harmony export */ });
/* unused harmony export isPrivateIpv4 */
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85772);

const ACCEPTED = 'use four numbers from 0 to 255 separated by dots, like 10.0.0.1';
/**
 * Parses a dotted-quad IPv4 address. Octets with leading zeros (`010`) are rejected because
 * some tools read them as octal.
 */
function parseIpv4(raw) {
    if (raw.includes('/'))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`a CIDR range, not a single address; ${ACCEPTED}`);
    const octets = raw.split('.');
    if (octets.length !== 4 || !octets.every(octet => /^[0-9]{1,3}$/.test(octet))) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not an IPv4 address; ${ACCEPTED}`);
    }
    const leadingZero = octets.find(octet => octet.length > 1 && octet.startsWith('0'));
    if (leadingZero !== undefined) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`octet '${leadingZero}' has a leading zero, which some tools read as octal; ${ACCEPTED}`);
    }
    const tooLarge = octets.find(octet => Number(octet) > 255);
    if (tooLarge !== undefined)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`octet '${tooLarge}' is above 255; ${ACCEPTED}`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(raw);
}
/** The address as an unsigned 32-bit number. `ip` must be a valid dotted quad. */
function ipv4ToNumber(ip) {
    return ip.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
}
/** The dotted quad for an unsigned 32-bit number. */
function numberToIpv4(value) {
    return [24, 16, 8, 0].map(shift => Math.floor(value / 2 ** shift) % 256).join('.');
}
const PRIVATE_RANGES = (/* unused pure expression or super */ null && ([
    ['10.0.0.0', 8],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['100.64.0.0', 10],
]));
/**
 * True for RFC 1918 addresses (10/8, 172.16/12, 192.168/16) and the RFC 6598 shared address
 * space (100.64/10, carrier-grade NAT). False for anything that is not a valid IPv4 address.
 */
function isPrivateIpv4(ip) {
    if (!parseIpv4(ip).ok)
        return false;
    const value = ipv4ToNumber(ip);
    return PRIVATE_RANGES.some(([base, prefixLength]) => {
        const size = 2 ** (32 - prefixLength);
        const start = ipv4ToNumber(base);
        return value >= start && value < start + size;
    });
}


/***/ }),

/***/ 67076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ parseIpv6),
/* harmony export */   O9: () => (/* binding */ bigIntToIpv6),
/* harmony export */   cS: () => (/* binding */ ipv6ToBigInt)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85772);


const ACCEPTED = 'use an IPv6 address like fd00::1';
/** Parses an IPv6 address into its canonical RFC 5952 text (lower case, `::` compressed). */
function parseIpv6(raw) {
    if (raw.includes('/'))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`a CIDR range, not a single address; ${ACCEPTED}`);
    if (raw.includes('%'))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`zone indexes ('%') are not accepted; ${ACCEPTED}`);
    if (!(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(raw))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`not an IPv6 address; ${ACCEPTED}`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(bigIntToIpv6(ipv6ToBigInt(raw)));
}
/** The address as an unsigned 128-bit integer. `ip` must be a valid IPv6 address. */
function ipv6ToBigInt(ip) {
    return hextets(ip).reduce((sum, hextet) => (sum << 16n) + BigInt(hextet), 0n);
}
/** The canonical RFC 5952 text for an unsigned 128-bit integer. */
function bigIntToIpv6(value) {
    const groups = [];
    for (let shift = 112n; shift >= 0n; shift -= 16n)
        groups.push(Number((value >> shift) & 0xffffn));
    let bestStart = -1;
    let bestLength = 0;
    for (let start = 0; start < groups.length;) {
        if (groups[start] !== 0) {
            start += 1;
            continue;
        }
        let end = start;
        while (end < groups.length && groups[end] === 0)
            end += 1;
        if (end - start > bestLength) {
            bestStart = start;
            bestLength = end - start;
        }
        start = end;
    }
    const text = groups.map(group => group.toString(16));
    if (bestLength < 2)
        return text.join(':');
    const head = text.slice(0, bestStart).join(':');
    const tail = text.slice(bestStart + bestLength).join(':');
    return `${head}::${tail}`;
}
function hextets(ip) {
    const [headText = '', tailText] = ip.split('::');
    const head = splitGroups(headText);
    if (tailText === undefined)
        return head;
    const tail = splitGroups(tailText);
    const zeros = new Array(8 - head.length - tail.length).fill(0);
    return [...head, ...zeros, ...tail];
}
function splitGroups(text) {
    if (text === '')
        return [];
    return text.split(':').flatMap(group => {
        if (!group.includes('.'))
            return [parseInt(group, 16)];
        const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
        return [a * 256 + b, c * 256 + d];
    });
}


/***/ }),

/***/ 78612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ isDnsLabel),
/* harmony export */   s: () => (/* binding */ isDnsSubdomain)
/* harmony export */ });
/**
 * Kubernetes object names (apimachinery's validation): namespaces are DNS-1123 labels, pods and
 * workloads DNS-1123 subdomains. Neither can hold `/` or `..`, so a checked name is safe as a
 * path segment.
 */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** A DNS-1123 label: at most 63 lower-case letters, digits and '-', alphanumeric at both ends. */
function isDnsLabel(name) {
    return name.length <= 63 && DNS_LABEL.test(name);
}
/** A DNS-1123 subdomain: at most 253 characters, DNS labels joined by '.'. */
function isDnsSubdomain(name) {
    return name.length <= 253 && DNS_SUBDOMAIN.test(name);
}


/***/ }),

/***/ 461:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ parseListOf)
/* harmony export */ });
/* unused harmony export parseList */
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85772);

/** Splits on newlines and commas, trims every item and drops the empty ones. */
function parseList(raw) {
    return raw
        .split(/[\n,]/)
        .map(item => item.trim())
        .filter(item => item !== '');
}
/**
 * Parses every item of a list with `itemParser` and reports every bad item in one message.
 * Items are numbered from 1, as a person counts them; items with the same problem are grouped:
 * `item 1 'x' and item 3 'y': not a boolean; use one of: ...`. A list with no items is valid.
 */
function parseListOf(raw, itemParser) {
    const values = [];
    const badItemsByMessage = new Map();
    parseList(raw).forEach((item, index) => {
        const parsed = itemParser(item);
        if (parsed.ok) {
            values.push(parsed.value);
            return;
        }
        const items = badItemsByMessage.get(parsed.message) ?? [];
        items.push(`item ${index + 1} '${item}'`);
        badItemsByMessage.set(parsed.message, items);
    });
    if (badItemsByMessage.size === 0)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(values);
    const groups = [...badItemsByMessage].map(([message, items]) => `${joinWithAnd(items)}: ${message}`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(groups.join('; '));
}
function joinWithAnd(parts) {
    if (parts.length <= 2)
        return parts.join(' and ');
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}


/***/ }),

/***/ 71163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  installMesh: () => (/* binding */ installMesh)
});

// EXTERNAL MODULE: ./src/core/cluster.ts
var cluster = __webpack_require__(17113);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/plan.ts
var core_plan = __webpack_require__(4620);
// EXTERNAL MODULE: ./src/core/json.ts
var json = __webpack_require__(86153);
;// CONCATENATED MODULE: ./src/core/sealed-secrets.ts

const PRIVATE_KEY_MARKER = /^<private key: not shown[^>]*>$/;
/**
 * The marker a plan shows in place of a private key: it names the key by its public key's
 * SHA-256 fingerprint (of the DER SubjectPublicKeyInfo), which is not a secret.
 */
function privateKeyMarker(publicKeySha256) {
    return `<private key: not shown, public key sha256:${publicKeySha256}>`;
}
function isPrivateKeyMarker(text) {
    return PRIVATE_KEY_MARKER.test(text);
}
/**
 * Secret values a plan needs at apply time but never shows. The plan's changes hold markers
 * (`privateKeyMarker`); apply sends `unseal(values)`, so what is applied is exactly the plan
 * with the markers filled in. The values sit in a private field: JSON.stringify, util.inspect
 * and jest's equality see none of them.
 */
class SealedSecrets {
    #values = new Map();
    /** Registers a secret and returns the marker the plan shows instead. */
    seal(marker, secret) {
        this.#values.set(marker, secret);
        return marker;
    }
    has(marker) {
        return this.#values.has(marker);
    }
    /** The secret behind a marker; throws when the plan holds none for it. */
    reveal(marker) {
        const secret = this.#values.get(marker);
        if (secret === undefined) {
            throw new Error(`the plan holds no secret for the marker '${marker}' (internal error)`);
        }
        return secret;
    }
    /** A deep copy of `value` with every marker replaced by its secret. */
    unseal(value) {
        return (0,json/* mapStrings */.to)(value, text => this.#values.has(text) || isPrivateKeyMarker(text) ? this.reveal(text) : text);
    }
    get size() {
        return this.#values.size;
    }
    toJSON() {
        return `<${this.#values.size} sealed secret(s)>`;
    }
    [Symbol.for('nodejs.util.inspect.custom')]() {
        return `SealedSecrets <${this.#values.size} hidden>`;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/steps/install-mesh/injection.ts
/**
 * Injection (../shared/reference/mesh.md section 3): namespace annotations, which pods carry
 * the proxy, and which workloads a restart would mesh.
 */


const INJECT_ANNOTATION = 'linkerd.io/inject';
const POLICY_ANNOTATION = 'config.linkerd.io/default-inbound-policy';
const REQUIRED_POLICY = 'all-authenticated';
const PROXY_CONTAINER = 'linkerd-proxy';
/** The proxy's default inbound policy, fixed when the pod was injected. */
const POLICY_ENV = 'LINKERD2_PROXY_INBOUND_DEFAULT_POLICY';
/**
 * Set by the proxy injector on every pod it meshes: the SHA-256 of the trust anchor bundle the
 * pod was given, so pods injected before the anchors changed can be found.
 */
const TRUST_ROOT_ANNOTATION = 'linkerd.io/trust-root-sha256';
/** AKS's admissions enforcer keeps customer webhooks off namespaces with this label. */
const AKS_CONTROL_PLANE_LABEL = 'control-plane';
/** The annotations the step owns on an injected namespace. */
function desiredAnnotations(requireMtls) {
    return {
        [INJECT_ANNOTATION]: 'enabled',
        ...(requireMtls ? { [POLICY_ANNOTATION]: REQUIRED_POLICY } : {}),
    };
}
function namespaceManifest(name, requireMtls) {
    return {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name, annotations: desiredAnnotations(requireMtls) },
    };
}
/**
 * The namespace's change: a no-op when it carries the desired annotations and the step owns no
 * other annotation there (one it applied earlier, such as a policy no longer required).
 */
function namespaceChange(name, current, requireMtls, dependsOn) {
    const desired = desiredAnnotations(requireMtls);
    const manifest = namespaceManifest(name, requireMtls);
    const base = { target: 'kubernetes', manifest, flags: [], dependsOn };
    if (current === undefined) {
        return { ...base, action: 'apply', reason: 'create the namespace, annotated for injection' };
    }
    const missing = Object.entries(desired).filter(([k, v]) => current.annotations[k] !== v);
    const stale = current.appliedAnnotations.filter(k => !(k in desired));
    if (missing.length === 0 && stale.length === 0) {
        return {
            ...base,
            action: 'noop',
            reason: requireMtls ? 'injection enabled, mTLS required' : 'injection enabled',
        };
    }
    const what = [
        ...missing.map(([k, v]) => `set ${k}: ${v}`),
        ...stale.map(k => `remove ${k} (applied earlier, no longer wanted)`),
    ];
    return { ...base, action: 'apply', reason: what.join('; ') };
}
function containers(pod) {
    return [...pod.initContainers, ...pod.containers];
}
/** The proxy as a native sidecar (init container, Linkerd 2.20+) or a regular container. */
function isMeshed(pod) {
    return containers(pod).some(c => c.name === PROXY_CONTAINER);
}
function proxyInboundPolicy(pod) {
    return containers(pod).find(c => c.name === PROXY_CONTAINER)?.env[POLICY_ENV];
}
/** Pods that count: running or starting, not being deleted. */
function activePods(pods) {
    return pods.filter(p => !p.terminating && (p.phase === 'Running' || p.phase === 'Pending'));
}
const HOST_NETWORK = 'uses the host network, which Linkerd does not mesh';
const OPTED_OUT = `is annotated ${INJECT_ANNOTATION}: disabled`;
/** Why the workload's pods never get a proxy, whatever restarts them. */
function templateOptOut(workload) {
    if (workload.templateHostNetwork)
        return HOST_NETWORK;
    if (workload.templateAnnotations[INJECT_ANNOTATION] === 'disabled')
        return OPTED_OUT;
    return undefined;
}
/** Why a pod will never get a proxy from a restart; undefined when a restart would mesh it. */
function unmeshable(pod, workload) {
    if (pod.hostNetwork)
        return HOST_NETWORK;
    if (pod.annotations[INJECT_ANNOTATION] === 'disabled')
        return OPTED_OUT;
    if (workload === undefined)
        return 'belongs to no Deployment, StatefulSet or DaemonSet to restart';
    return templateOptOut(workload);
}
function workloadKey(ref) {
    return `${ref.kind}/${ref.namespace}/${ref.name}`;
}
function sameWorkload(a, b) {
    return a !== undefined && workloadKey(a) === workloadKey(b);
}
/**
 * The `linkerd.io/trust-root-sha256` of pods injected with this trust anchor bundle (the
 * `identityTrustAnchorsPEM` value): the proxy injector hashes its `ca-bundle.crt`, which the chart
 * renders as the value trimmed, with one final newline (a YAML literal block).
 */
function trustRootSha256(anchorsPem) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${anchorsPem.trim()}\n`).digest('hex');
}
/** A meshed pod injected with another trust anchor bundle (pods without the annotation pass). */
function hasStaleTrustRoot(pod, trustRoot) {
    const injected = pod.annotations[TRUST_ROOT_ANNOTATION];
    return (trustRoot !== undefined && injected !== undefined && isMeshed(pod) && injected !== trustRoot);
}
/** Why the workload's pods need new proxies; undefined when they are as wanted. */
function restartReason(workload, pods, expected) {
    if (templateOptOut(workload) !== undefined)
        return undefined;
    const own = activePods(pods).filter(p => sameWorkload((0,cluster/* podWorkload */.Zs)(p), workload));
    const unmeshed = own.filter(p => !isMeshed(p));
    if (unmeshed.length > 0) {
        return `${unmeshed.length} of ${own.length} pod(s) have no Linkerd proxy`;
    }
    const stale = own.filter(p => hasStaleTrustRoot(p, expected.trustRoot));
    if (stale.length > 0) {
        return `${stale.length} of ${own.length} pod(s) were injected with another trust anchor bundle (${TRUST_ROOT_ANNOTATION})`;
    }
    if (expected.issuerMoves && own.length > 0) {
        return 'the identity issuer moved to another trust anchor: new pods get their certificates from it';
    }
    if (expected.requireMtls) {
        const open = own.filter(p => proxyInboundPolicy(p) !== REQUIRED_POLICY);
        if (open.length > 0) {
            const policy = proxyInboundPolicy(open[0]) ?? 'the cluster default';
            return `${open.length} of ${own.length} pod(s) run their proxy with inbound policy ${policy}, not ${REQUIRED_POLICY}`;
        }
    }
    return undefined;
}
/** The reference a restart change carries: which workload, nothing more. */
function workloadManifest(ref) {
    return {
        apiVersion: 'apps/v1',
        kind: ref.kind,
        metadata: { name: ref.name, namespace: ref.namespace },
    };
}
function workloadOfManifest(manifest) {
    const metadata = manifest['metadata'];
    return {
        kind: manifest['kind'],
        namespace: metadata.namespace,
        name: metadata.name,
    };
}

// EXTERNAL MODULE: ./src/core/common-inputs.ts
var common_inputs = __webpack_require__(47202);
// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var inputs_parsed = __webpack_require__(85772);
;// CONCATENATED MODULE: ./src/steps/install-mesh/linkerd-versions.ts
/**
 * What the step knows about Linkerd's releases (../shared/reference/mesh.md sections 1.1, 1.2
 * and 1.4): the channels, the edge chart versions of each labelled release, the Kubernetes
 * minimum and the Gateway API versions each supports.
 */

const CHANNELS = ['edge'];
/** The open-source channel: edge releases, chart version `YYYY.M.N` = tag `edge-YY.M.N`. */
const EDGE_REPO = 'https://helm.linkerd.io/edge';
/** edge-26.8.3 (2026-08-21), after Linkerd 2.20; re-check the releases page before moving it. */
const DEFAULT_EDGE_CHART_VERSION = '2026.8.3';
/** Frozen since February 2024 at Linkerd 2.14.10 (chart 1.16.11). */
const STABLE_REPO = 'https://helm.linkerd.io/stable';
const STABLE_REFUSAL = 'the open-source stable Helm repository (https://helm.linkerd.io/stable) stopped at Linkerd 2.14.10 in February 2024, so it would install a 2024 Linkerd; stable builds since come from vendors. Use the open-source edge channel (the default) with a pinned chart version';
function edge(text) {
    const [year = 0, month = 0, number = 0] = text.split('.').map(Number);
    return { year, month, number, text };
}
/**
 * Newest first. Edges between two labels get the older label's Gateway API range (so only a
 * bundle older than what that label supports stops a run); their Kubernetes floor comes from
 * KUBERNETES_FLOORS, edge by edge.
 */
const LINKERD_RELEASES = [
    {
        name: '2.20',
        firstEdge: edge('2026.6.3'),
        gatewayApi: { min: '1.2.1', max: '1.5.1' },
    },
    {
        name: '2.19',
        firstEdge: edge('2025.10.7'),
        gatewayApi: { min: '1.1.1', max: '1.2.1' },
    },
    {
        name: '2.18',
        firstEdge: edge('2025.4.4'),
        gatewayApi: { min: '1.1.1', max: '1.2.1' },
    },
];
/**
 * The Kubernetes each chart version needs (../shared/reference/mesh.md sections 1.3 and 1.4).
 * The highest floor that applies wins; among equal ones, the later entry. Helm refuses a chart
 * below its `kubeVersion`; native sidecar proxies need Kubernetes 1.29 (on by default there).
 * The edge at which the charts' floor went from 1.23 to 1.31 is not recorded in the reference,
 * so every edge after 2.19's label is held to 2.20's floor.
 */
const KUBERNETES_FLOORS = [
    {
        from: edge('2025.4.4'),
        after: false,
        minor: 23,
        why: "the charts' kubeVersion (>=1.23.0-0) of Linkerd 2.18 and 2.19",
    },
    {
        from: edge('2025.10.7'),
        after: true,
        minor: 31,
        why: 'an edge after Linkerd 2.19 is held to Linkerd 2.20’s chart floor (kubeVersion >=1.31.0-0), since the edge that raised it is not known here; pin a labelled chart version for an older cluster',
    },
    {
        from: edge('2026.5.2'),
        after: false,
        minor: 29,
        why: 'native sidecar proxies, the default since edge-26.5.2, need Kubernetes 1.29',
    },
    {
        from: edge('2026.6.3'),
        after: false,
        minor: 31,
        why: "the charts' kubeVersion (>=1.31.0-0) of Linkerd 2.20",
    },
];
const OLDEST = LINKERD_RELEASES[LINKERD_RELEASES.length - 1];
function compareEdge(a, b) {
    return a.year - b.year || a.month - b.month || a.number - b.number;
}
/** An edge chart version `YYYY.M.N`, Linkerd 2.18 (2025.4.4) or later. */
function parseEdgeChartVersion(raw) {
    const match = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(raw);
    if (match === null) {
        return (0,inputs_parsed/* fail */.f)(`must be an edge chart version YYYY.M.N (edge-26.8.3 is ${DEFAULT_EDGE_CHART_VERSION}); older '-edge' pre-release versions are not supported`);
    }
    const version = edge(raw);
    if (version.month < 1 || version.month > 12 || version.number < 1) {
        return (0,inputs_parsed/* fail */.f)('must be an edge chart version YYYY.M.N with a month from 1 to 12');
    }
    if (OLDEST && compareEdge(version, OLDEST.firstEdge) < 0) {
        return (0,inputs_parsed/* fail */.f)(`is older than Linkerd ${OLDEST.name} (${OLDEST.firstEdge.text}), the oldest release this step installs`);
    }
    return (0,inputs_parsed.ok)(version);
}
/** The oldest Kubernetes the chart version installs on, and why. */
function kubernetesMinimumOf(version) {
    let floor;
    for (const candidate of KUBERNETES_FLOORS) {
        const order = compareEdge(version, candidate.from);
        const applies = candidate.after ? order > 0 : order >= 0;
        if (applies && (floor === undefined || candidate.minor >= floor.minor))
            floor = candidate;
    }
    if (floor === undefined)
        throw new Error('no Kubernetes floor for the chart (internal error)');
    return { major: 1, minor: floor.minor, why: floor.why };
}
/** The labelled release an edge version belongs to (the newest label at or before it). */
function linkerdReleaseOf(version) {
    const release = LINKERD_RELEASES.find(r => compareEdge(version, r.firstEdge) >= 0) ?? OLDEST;
    if (release === undefined)
        throw new Error('no Linkerd releases are known (internal error)');
    return release;
}
/** `v1.2.1` or `1.2.1` as numbers; undefined when not a version. */
function versionNumbers(text) {
    const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim());
    return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}
function compareNumbers(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
function gatewayApiSupport(release, bundleVersion) {
    const version = versionNumbers(bundleVersion);
    const min = versionNumbers(release.gatewayApi.min);
    const max = versionNumbers(release.gatewayApi.max);
    if (version === undefined || min === undefined || max === undefined)
        return 'unknown';
    if (compareNumbers(version, min) < 0)
        return 'older';
    return compareNumbers(version, max) > 0 ? 'newer' : 'supported';
}
/** Whether a Gateway API bundle version lies in the release's supported range. */
function supportsGatewayApi(release, bundleVersion) {
    return gatewayApiSupport(release, bundleVersion) === 'supported';
}
function meetsKubernetesMinimum(minimum, version) {
    return compareNumbers([version.major, version.minor], [minimum.major, minimum.minor]) >= 0;
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/manifest.ts


const installMeshManifest = {
    name: 'install-mesh',
    taskName: 'InstallMesh',
    taskIds: {
        prod: 'a3f18f6e-cc54-4d32-9886-e31993be2816',
        test: '672f1b6d-aa6e-4933-92b7-127f6a42b2c7',
    },
    friendlyName: 'AKS: install Linkerd mesh (mTLS)',
    summary: 'Linkerd with its own ECDSA trust anchor and issuer, injected namespaces and mutual TLS that can be required.',
    description: 'Installs Linkerd (edge channel, pinned chart version) with a trust anchor and identity issuer it generates or takes from inputs, keeps the anchor key off the cluster, annotates namespaces for injection, optionally requires mTLS and restarts their workloads, and reports which pods are meshed.',
    inputs: [
        ...common_inputs/* RUN_INPUTS */.qT,
        ...common_inputs/* CLUSTER_INPUTS */.PS,
        {
            id: 'channel',
            required: false,
            default: 'edge',
            options: CHANNELS,
            adoType: 'pickList',
            description: 'Release channel: `edge`, the open-source channel. `stable` is refused: the open-source stable repository stopped at Linkerd 2.14 in February 2024.',
        },
        {
            id: 'chart-repo',
            required: false,
            default: EDGE_REPO,
            description: 'Where the Linkerd charts come from: a Helm repository (`https://…`, a mirror of the edge repository) or an OCI registry (`oci://…`, each chart taken as `<registry>/<chart>`).',
        },
        {
            id: 'chart-version',
            required: false,
            default: DEFAULT_EDGE_CHART_VERSION,
            description: 'Pinned edge chart version `YYYY.M.N` (edge-26.8.3 is 2026.8.3, after Linkerd 2.20), Linkerd 2.18 (2025.4.4) or later. The same version is used for every chart.',
        },
        {
            id: 'trust-anchor-certificate',
            required: false,
            adoType: 'multiLine',
            certificates: true,
            description: 'PEM trust anchor (root CA) certificate, or a bundle of several during an anchor rotation; ECDSA P-256. Default: the installed one, else a generated anchor.',
        },
        {
            id: 'trust-anchor-key',
            required: false,
            secret: true,
            adoType: 'multiLine',
            description: 'PEM private key of the trust anchor, used only on the runner to sign a new issuer; it never goes to the cluster.',
        },
        {
            id: 'trust-anchor-key-file',
            required: false,
            description: 'Where a generated trust anchor’s private key is written (mode 0600, never overwritten), and read back to sign later issuers. Without it a generated anchor key is discarded.',
        },
        {
            id: 'issuer-certificate',
            required: false,
            adoType: 'multiLine',
            certificates: true,
            description: 'PEM identity issuer (intermediate CA) certificate, ECDSA P-256, signed by the trust anchor; with `issuer-key`. Default: the installed one, else a generated issuer.',
        },
        {
            id: 'issuer-key',
            required: false,
            secret: true,
            adoType: 'multiLine',
            description: 'PEM private key of `issuer-certificate`.',
        },
        {
            id: 'trust-anchor-validity',
            required: false,
            default: '87600h',
            description: 'Validity of a generated trust anchor (Go-style duration; 87600h is 10 years).',
        },
        {
            id: 'issuer-validity',
            required: false,
            default: '8760h',
            description: 'Validity of a generated issuer (8760h is 1 year); never past the anchor’s end.',
        },
        {
            id: 'min-validity-days',
            required: false,
            default: '60',
            description: 'A generated issuer is replaced when it has fewer days left (unless it already ends with its anchor); warns when the anchor or a given issuer has fewer (Linkerd’s own check uses 60).',
        },
        {
            id: 'ha',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'High availability: 3 replicas of each controller with anti-affinity, disruption budgets and `webhookFailurePolicy: Fail` (the chart’s values-ha.yaml). Needs 3 ready, schedulable Linux nodes without NoSchedule taints.',
        },
        {
            id: 'cni',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Install the Linkerd CNI plugin (release `linkerd-cni`) first, so meshed pods need no NET_ADMIN capability.',
        },
        {
            id: 'inject-namespaces',
            required: false,
            adoType: 'multiLine',
            description: 'Namespaces to mesh (comma or newline separated): annotated `linkerd.io/inject: enabled` by server-side apply, created when missing.',
        },
        {
            id: 'require-mtls',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Also annotate those namespaces `config.linkerd.io/default-inbound-policy: all-authenticated`: meshed pods accept only mTLS-authenticated clients.',
        },
        {
            id: 'metrics-scrape-networks',
            required: false,
            adoType: 'multiLine',
            description: 'CIDRs (comma or newline separated) from which unauthenticated clients may GET /metrics on the proxies’ admin port (`linkerd-admin`, 4191) in those namespaces, such as verify-encryption’s scrapes through the API server’s pod proxy, which `require-mtls` otherwise refuses (403). Applies a Linkerd Server, HTTPRoutes and AuthorizationPolicies in each namespace; the kubelet’s probes and meshed clients stay allowed. Empty: none.',
        },
        {
            id: 'restart-workloads',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Restart the Deployments, StatefulSets and DaemonSets of those namespaces whose pods are not yet meshed, lack the required policy, were injected with other trust anchors, or need certificates from an issuer that moved to another anchor; and wait for them.',
        },
        {
            id: 'wait-timeout',
            required: false,
            default: '10m',
            description: 'How long apply may wait in all (Go-style duration): one deadline shared by the CNI plugin, the control plane and every restarted workload.',
        },
    ],
    outputs: [
        {
            id: 'trust-anchor-pem',
            description: 'PEM of the trust anchor certificate(s) in use; certificates only, no key.',
        },
        {
            id: 'issuer-expires-at',
            description: 'When the identity issuer certificate expires (ISO 8601, UTC).',
        },
        {
            id: 'meshed-pods',
            description: 'How many running or pending pods in `inject-namespaces` have the Linkerd proxy (after apply).',
        },
        {
            id: 'unmeshed-pods',
            description: 'How many running or pending pods in `inject-namespaces` have no Linkerd proxy (after apply); the summary names them.',
        },
        { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
    ],
};

// EXTERNAL MODULE: ./src/core/chart-repository.ts
var chart_repository = __webpack_require__(69588);
// EXTERNAL MODULE: ./src/core/x509.ts + 1 modules
var core_x509 = __webpack_require__(57385);
;// CONCATENATED MODULE: ./src/steps/install-mesh/certificates.ts
/**
 * X.509 for Linkerd's identity: reading and checking PEM certificates and keys with Node's
 * crypto (OpenSSL), and creating the trust anchor and the issuer with @peculiar/x509. No ASN.1
 * is written by hand here.
 */



const P256 = 'ECDSA P-256';
const ANCHOR_COMMON_NAME = 'root.linkerd.cluster.local';
const ISSUER_COMMON_NAME = 'identity.linkerd.cluster.local';
/** Certificates start a few minutes early so a runner clock ahead of the cluster's is harmless. */
const BACKDATE_MS = 5 * 60 * 1000;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
const KEY_LABELS = ['PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY'];
function pemBlocks(text) {
    return [...text.matchAll(PEM_BLOCK)].map(m => ({ label: m[1] ?? '', text: m[0] }));
}
function sha256Hex(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
function publicKeyFingerprint(key) {
    return sha256Hex(key.export({ type: 'spki', format: 'der' }));
}
function describeKey(key) {
    const details = key.asymmetricKeyDetails;
    if (key.asymmetricKeyType === 'ec') {
        return details?.namedCurve === 'prime256v1' ? P256 : `ECDSA ${details?.namedCurve ?? '?'}`;
    }
    if (key.asymmetricKeyType === 'rsa')
        return `RSA ${details?.modulusLength ?? '?'}`;
    return key.asymmetricKeyType ?? 'unknown';
}
function toCertificate(x509) {
    return {
        pem: x509.toString().trim() + '\n',
        fingerprint: sha256Hex(x509.raw),
        publicKeyFingerprint: publicKeyFingerprint(x509.publicKey),
        keyAlgorithm: describeKey(x509.publicKey),
        subject: x509.subject,
        notBefore: new Date(x509.validFrom),
        notAfter: new Date(x509.validTo),
        isCa: x509.ca,
        x509,
    };
}
/** One or more PEM certificates (a bundle). Fails on anything else in the text. */
function parseCertificates(text) {
    const blocks = pemBlocks(text);
    if (blocks.length === 0) {
        return (0,inputs_parsed/* fail */.f)("is not PEM: expected '-----BEGIN CERTIFICATE-----' blocks");
    }
    if (blocks.some(b => KEY_LABELS.includes(b.label) || b.label.endsWith('PRIVATE KEY'))) {
        return (0,inputs_parsed/* fail */.f)('holds a private key: give certificates only (private keys have their own inputs)');
    }
    const other = blocks.find(b => b.label !== 'CERTIFICATE');
    if (other)
        return (0,inputs_parsed/* fail */.f)(`holds a '${other.label}' block, not a certificate`);
    const certificates = [];
    for (const [index, block] of blocks.entries()) {
        try {
            certificates.push(toCertificate(new external_node_crypto_.X509Certificate(block.text)));
        }
        catch {
            return (0,inputs_parsed/* fail */.f)(`${blocks.length > 1 ? `certificate ${index + 1}` : 'the certificate'} is not valid X.509 DER inside its PEM armour`);
        }
    }
    return (0,inputs_parsed.ok)(certificates);
}
/** One unencrypted PEM private key (PKCS#8, SEC1 or PKCS#1). */
function parsePrivateKey(text) {
    const blocks = pemBlocks(text);
    const keys = blocks.filter(b => b.label.endsWith('PRIVATE KEY'));
    if (keys.length === 0) {
        return (0,inputs_parsed/* fail */.f)(blocks.some(b => b.label === 'CERTIFICATE')
            ? "is a certificate, not a private key: expected '-----BEGIN PRIVATE KEY-----' or '-----BEGIN EC PRIVATE KEY-----'"
            : "is not a PEM private key: expected '-----BEGIN PRIVATE KEY-----' or '-----BEGIN EC PRIVATE KEY-----'");
    }
    if (keys.length > 1)
        return (0,inputs_parsed/* fail */.f)('holds more than one private key; give exactly one');
    const [block] = keys;
    if (block === undefined || block.label === 'ENCRYPTED PRIVATE KEY') {
        return (0,inputs_parsed/* fail */.f)('is an encrypted private key; give it unencrypted (the input is masked)');
    }
    let keyObject;
    try {
        keyObject = (0,external_node_crypto_.createPrivateKey)({ key: block.text, format: 'pem' });
    }
    catch {
        return (0,inputs_parsed/* fail */.f)('is not a valid private key');
    }
    return (0,inputs_parsed.ok)({
        pem: block.text.trim() + '\n',
        publicKeyFingerprint: publicKeyFingerprint((0,external_node_crypto_.createPublicKey)(keyObject)),
        keyAlgorithm: describeKey(keyObject),
        keyObject,
    });
}
/** The certificate names `issuer` as its issuer and carries its valid signature. */
function isSignedBy(certificate, issuer) {
    return certificate.x509.checkIssued(issuer.x509) && certificate.x509.verify(issuer.x509.publicKey);
}
/** The first of `anchors` that signed the certificate. */
function signerOf(certificate, anchors) {
    return anchors.find(anchor => isSignedBy(certificate, anchor));
}
function keyMatches(certificate, key) {
    return certificate.publicKeyFingerprint === key.publicKeyFingerprint;
}
/** The certificates as one PEM bundle. */
function bundlePem(certificates) {
    return certificates.map(c => c.pem).join('');
}
const EC_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGNING_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' };
function randomSerial() {
    const bytes = external_node_crypto_.webcrypto.getRandomValues(new Uint8Array(16));
    // Positive, and 16 significant bytes.
    bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
    return Buffer.from(bytes).toString('hex');
}
async function importKeyPair(key) {
    const pkcs8 = key.keyObject.export({ type: 'pkcs8', format: 'der' });
    const spki = (0,external_node_crypto_.createPublicKey)(key.keyObject).export({ type: 'spki', format: 'der' });
    const [privateKey, publicKey] = await Promise.all([
        external_node_crypto_.webcrypto.subtle.importKey('pkcs8', pkcs8, EC_ALGORITHM, true, ['sign']),
        external_node_crypto_.webcrypto.subtle.importKey('spki', spki, EC_ALGORITHM, true, ['verify']),
    ]);
    return { privateKey, publicKey };
}
async function exportKey(x509, key) {
    const pem = x509.PemConverter.encode(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
    const parsed = parsePrivateKey(pem);
    if (!parsed.ok)
        throw new Error(`a generated key does not read back: ${parsed.message}`);
    return parsed.value;
}
function readBack(pem) {
    const parsed = parseCertificates(pem);
    if (!parsed.ok || parsed.value.length !== 1 || parsed.value[0] === undefined) {
        throw new Error('a generated certificate does not read back');
    }
    return parsed.value[0];
}
/**
 * A self-signed ECDSA P-256 root CA: basic constraints CA with path length 1, key usage
 * keyCertSign and cRLSign (both critical), subject key identifier; CN root.linkerd.cluster.local.
 */
async function generateTrustAnchor(options) {
    const x509 = await (0,core_x509/* loadX509 */.lc)();
    const keys = options.key
        ? await importKeyPair(options.key)
        : await external_node_crypto_.webcrypto.subtle.generateKey(EC_ALGORITHM, true, ['sign', 'verify']);
    const now = options.now.getTime();
    const certificate = await x509.X509CertificateGenerator.createSelfSigned({
        serialNumber: randomSerial(),
        name: `CN=${ANCHOR_COMMON_NAME}`,
        notBefore: new Date(now - BACKDATE_MS),
        notAfter: new Date(now + options.validityMs),
        keys,
        signingAlgorithm: SIGNING_ALGORITHM,
        extensions: await (0,core_x509/* certificateAuthorityExtensions */.PK)(x509, keys.publicKey, 1),
    });
    return {
        certificate: readBack(certificate.toString('pem')),
        key: options.key ?? (await exportKey(x509, keys.privateKey)),
    };
}
/**
 * An ECDSA P-256 intermediate CA signed by the anchor: CA with path length 0, keyCertSign and
 * cRLSign, never valid before or after the anchor; CN identity.linkerd.cluster.local.
 */
async function generateIssuer(options) {
    if (!keyMatches(options.anchor, options.anchorKey)) {
        throw new Error('the key given to sign the issuer is not the trust anchor’s (internal error)');
    }
    const x509 = await (0,core_x509/* loadX509 */.lc)();
    const anchor = new x509.X509Certificate(options.anchor.pem);
    const signer = await importKeyPair(options.anchorKey);
    const keys = await external_node_crypto_.webcrypto.subtle.generateKey(EC_ALGORITHM, true, ['sign', 'verify']);
    const now = options.now.getTime();
    // The issuer's authority key identifier is the anchor's subject key identifier, when it has one.
    const anchorKeyId = anchor.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId;
    const certificate = await x509.X509CertificateGenerator.create({
        serialNumber: randomSerial(),
        subject: `CN=${ISSUER_COMMON_NAME}`,
        issuer: anchor.subjectName,
        notBefore: new Date(Math.max(now - BACKDATE_MS, options.anchor.notBefore.getTime())),
        notAfter: new Date(Math.min(now + options.validityMs, options.anchor.notAfter.getTime())),
        publicKey: keys.publicKey,
        signingKey: signer.privateKey,
        signingAlgorithm: SIGNING_ALGORITHM,
        extensions: [
            ...(await (0,core_x509/* certificateAuthorityExtensions */.PK)(x509, keys.publicKey, 0)),
            anchorKeyId !== undefined
                ? new x509.AuthorityKeyIdentifierExtension(anchorKeyId)
                : await x509.AuthorityKeyIdentifierExtension.create(signer.publicKey),
        ],
    });
    return {
        certificate: readBack(certificate.toString('pem')),
        key: await exportKey(x509, keys.privateKey),
    };
}

// EXTERNAL MODULE: ./src/core/inputs/boolean.ts
var inputs_boolean = __webpack_require__(39281);
// EXTERNAL MODULE: ./src/core/inputs/cidr.ts
var cidr = __webpack_require__(67167);
// EXTERNAL MODULE: ./src/core/inputs/integer.ts
var integer = __webpack_require__(46727);
// EXTERNAL MODULE: ./src/core/inputs/kubernetes-names.ts
var kubernetes_names = __webpack_require__(78612);
// EXTERNAL MODULE: ./src/core/inputs/duration.ts
var duration = __webpack_require__(16749);
// EXTERNAL MODULE: ./src/core/inputs/list.ts
var list = __webpack_require__(461);
;// CONCATENATED MODULE: ./src/steps/install-mesh/releases.ts
/**
 * The Helm releases the step installs and the values it gives them
 * (../shared/reference/mesh.md sections 1.2, 1.3 and 1.5).
 */



const CNI = {
    release: 'linkerd-cni',
    chart: 'linkerd2-cni',
    namespace: 'linkerd-cni',
};
const CRDS = {
    release: 'linkerd-crds',
    chart: 'linkerd-crds',
    namespace: 'linkerd',
};
const CONTROL_PLANE = {
    release: 'linkerd-control-plane',
    chart: 'linkerd-control-plane',
    namespace: 'linkerd',
};
/** The Deployments of the control plane that must be ready before workloads are meshed. */
const CONTROL_PLANE_DEPLOYMENTS = [
    'linkerd-identity',
    'linkerd-destination',
    'linkerd-proxy-injector',
];
/** The CNI plugin's DaemonSet (chart linkerd2-cni). */
const CNI_DAEMONSET = 'linkerd-cni';
const CONTROLLER_RESOURCES = {
    cpu: { limit: '', request: '100m' },
    memory: { limit: '250Mi', request: '50Mi' },
};
/** The chart's values-ha.yaml. Its anti-affinity is required per node: 3 replicas, 3 nodes. */
const HA_VALUES = {
    highAvailability: true,
    controllerReplicas: 3,
    enablePodAntiAffinity: true,
    enablePodDisruptionBudget: true,
    controller: { podDisruptionBudget: { maxUnavailable: 1 } },
    deploymentStrategy: { rollingUpdate: { maxUnavailable: 1, maxSurge: '25%' } },
    webhookFailurePolicy: 'Fail',
    proxy: { resources: { cpu: { request: '100m' }, memory: { limit: '250Mi', request: '20Mi' } } },
    controllerResources: CONTROLLER_RESOURCES,
    destinationResources: CONTROLLER_RESOURCES,
    identityResources: {
        cpu: CONTROLLER_RESOURCES.cpu,
        memory: { limit: '250Mi', request: '10Mi' },
    },
    heartbeatResources: CONTROLLER_RESOURCES,
    proxyInjectorResources: CONTROLLER_RESOURCES,
    spValidatorResources: CONTROLLER_RESOURCES,
};
const HA_REPLICAS = 3;
/** `linkerd-control-plane` values: identity (chart-rendered issuer Secret), CNI, HA. */
function controlPlaneValues(options) {
    return {
        ...(options.ha ? HA_VALUES : {}),
        ...(options.cni ? { cniEnabled: true } : {}),
        identityTrustAnchorsPEM: options.trustAnchorsPem,
        identity: {
            issuer: {
                scheme: 'linkerd.io/tls',
                tls: { crtPEM: options.issuerCertificatePem, keyPEM: options.issuerKeyMarker },
            },
        },
    };
}
function crdsValues(installGatewayApi) {
    return { installGatewayAPI: installGatewayApi };
}
/**
 * Values as they compare: PEM certificates by fingerprint, private keys by their public key
 * (a key can be re-encoded, PKCS#8 or SEC1, without changing), everything else as is. Markers
 * already name a key by its public key, so desired and installed values compare directly.
 */
function comparableValues(values) {
    return (0,json/* mapStrings */.to)(values, text => {
        if (!text.includes('-----BEGIN'))
            return text;
        if (/PRIVATE KEY-----/.test(text)) {
            const key = parsePrivateKey(text);
            return key.ok ? privateKeyMarker(key.value.publicKeyFingerprint) : '<unreadable private key>';
        }
        const certificates = parseCertificates(text);
        return certificates.ok
            ? `<certificates sha256:${certificates.value.map(c => c.fingerprint).join(',')}>`
            : text;
    });
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/spec.ts












const DAY_MS = 24 * 60 * 60 * 1000;
/** Namespaces Linkerd's injector never acts on, or that the step's own releases own. */
const NOT_INJECTABLE = {
    'kube-system': 'Linkerd never injects kube-system',
    'cert-manager': 'Linkerd never injects cert-manager',
    [CONTROL_PLANE.namespace]: 'the control plane namespace is meshed by the chart itself',
    [CNI.namespace]: 'the CNI plugin runs on the host network and is never meshed',
};
function parseChannel(raw) {
    const wanted = raw.toLowerCase();
    if (wanted === 'stable')
        return (0,inputs_parsed/* fail */.f)(`is refused: ${STABLE_REFUSAL}`);
    const match = CHANNELS.find(c => c === wanted);
    return match ? (0,inputs_parsed.ok)(match) : (0,inputs_parsed/* fail */.f)(`is not a known channel; use one of: ${CHANNELS.join(', ')}`);
}
function parseChartRepo(raw) {
    const parsed = (0,chart_repository/* parseChartRepository */.S)(raw);
    if (parsed.ok && parsed.value.toLowerCase() === STABLE_REPO) {
        return (0,inputs_parsed/* fail */.f)(`is refused: ${STABLE_REFUSAL}`);
    }
    return parsed;
}
/** Longer names are refused by the file systems runners use (NAME_MAX). */
const MAX_NAME_LENGTH = 255;
/**
 * `trust-anchor-key-file`: a path, never key material. A key pasted here (as happens with
 * `trust-anchor-key-file: \${{ secrets.KEY }}`) must not be taken for a path, echoed or used to
 * name folders; its problems never quote the value.
 */
function parseKeyFilePath(raw) {
    if (raw.includes('-----BEGIN')) {
        return (0,inputs_parsed/* fail */.f)("holds PEM text, not a path; give the key in 'trust-anchor-key' (a secret input) and here the path of a file");
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(raw)) {
        return (0,inputs_parsed/* fail */.f)('is not a file path: it spans several lines or holds control characters');
    }
    if (raw.split(/[\\/]/).some(name => name.length > MAX_NAME_LENGTH)) {
        return (0,inputs_parsed/* fail */.f)(`is not a file path: a name in it is longer than ${MAX_NAME_LENGTH} characters`);
    }
    return (0,inputs_parsed.ok)(raw);
}
/** A namespace name: a DNS-1123 label. */
function parseNamespace(raw) {
    if (!(0,kubernetes_names/* isDnsLabel */.C)(raw)) {
        return (0,inputs_parsed/* fail */.f)("is not a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters");
    }
    const why = NOT_INJECTABLE[raw];
    return why ? (0,inputs_parsed/* fail */.f)(`cannot be meshed by this step: ${why}`) : (0,inputs_parsed.ok)(raw);
}
function describe(certificate) {
    return `${certificate.subject.replace(/\n/g, ', ')} (sha256:${certificate.fingerprint.slice(0, 16)}…)`;
}
const ANCHOR_ROLE = { name: 'trust anchor', signs: 'the identity issuer', casBelow: 1 };
const ISSUER_ROLE = {
    name: 'identity issuer',
    signs: "the proxies' certificates",
    casBelow: 0,
};
/** Problems of one certificate that no clock is needed for. */
function certificateProblems(certificate, role) {
    const problems = [];
    const constraints = (0,core_x509/* caConstraints */.lZ)(certificate.x509.raw);
    if (certificate.keyAlgorithm !== P256) {
        problems.push(`${describe(certificate)} has an ${certificate.keyAlgorithm} key; Linkerd's ${role.name} must be ${P256}`);
    }
    if (!certificate.isCa) {
        problems.push(`${describe(certificate)} is not a CA certificate (basic constraints CA:TRUE)`);
    }
    else if (constraints.pathLength !== undefined && constraints.pathLength < role.casBelow) {
        problems.push(`${describe(certificate)} has path length ${constraints.pathLength} (basic constraints pathlen:${constraints.pathLength}), but the identity issuer, itself a CA, comes between it and the proxies' certificates, which proxies would then reject ('path length constraint exceeded'); give a ${role.name} with pathlen:${role.casBelow} or more, or none`);
    }
    if (constraints.mayCertSign === false) {
        problems.push(`${describe(certificate)} has a key usage without keyCertSign (Certificate Sign), so it cannot sign ${role.signs}; give a ${role.name} whose key usage includes keyCertSign`);
    }
    if (certificate.notAfter.getTime() <= certificate.notBefore.getTime()) {
        problems.push(`${describe(certificate)} ends (${certificate.notAfter.toISOString()}) before it starts (${certificate.notBefore.toISOString()})`);
    }
    return problems;
}
/**
 * An input that may hold key material (PEM, or a key pasted where a path belongs): parsed like
 * any other, but a problem never echoes the value, so a private key never reaches the log.
 */
function unechoedInput(reader, id, parse) {
    const raw = reader.raw(id);
    if (raw === undefined)
        return undefined;
    const parsed = parse(raw);
    if (parsed.ok)
        return parsed.value;
    reader.problem(id, undefined, `${parsed.message}.`);
    return undefined;
}
/** Every input checked before any call; every problem reported together. */
function parseInstallMeshSpec(reader, common) {
    const channel = reader.withDefault('channel', parseChannel);
    const chartRepo = reader.withDefault('chart-repo', parseChartRepo);
    const chartVersion = reader.withDefault('chart-version', parseEdgeChartVersion);
    const anchors = unechoedInput(reader, 'trust-anchor-certificate', parseCertificates);
    const anchorKey = unechoedInput(reader, 'trust-anchor-key', parsePrivateKey);
    const anchorKeyFile = unechoedInput(reader, 'trust-anchor-key-file', parseKeyFilePath);
    const issuerCertificates = unechoedInput(reader, 'issuer-certificate', parseCertificates);
    const issuerKey = unechoedInput(reader, 'issuer-key', parsePrivateKey);
    const anchorValidityMs = reader.withDefault('trust-anchor-validity', duration/* parseDuration */.E);
    const issuerValidityMs = reader.withDefault('issuer-validity', duration/* parseDuration */.E);
    const minValidityDays = reader.withDefault('min-validity-days', (0,integer/* parseIntegerIn */.n)(1, 3650));
    const ha = reader.withDefault('ha', inputs_boolean/* parseBoolean */.y);
    const cni = reader.withDefault('cni', inputs_boolean/* parseBoolean */.y);
    const injectNamespaces = reader.optional('inject-namespaces', raw => (0,list/* parseListOf */.R)(raw, parseNamespace));
    const requireMtls = reader.withDefault('require-mtls', inputs_boolean/* parseBoolean */.y);
    const scrapeNetworks = reader.optional('metrics-scrape-networks', raw => (0,list/* parseListOf */.R)(raw, cidr/* parseCidr */.GN));
    const restartWorkloads = reader.withDefault('restart-workloads', inputs_boolean/* parseBoolean */.y);
    const waitTimeoutMs = reader.withDefault('wait-timeout', duration/* parseDuration */.E);
    for (const certificate of anchors ?? []) {
        for (const problem of certificateProblems(certificate, ANCHOR_ROLE)) {
            reader.problem('trust-anchor-certificate', undefined, problem);
        }
    }
    if (anchorKey && anchorKey.keyAlgorithm !== P256) {
        reader.problem('trust-anchor-key', undefined, `is an ${anchorKey.keyAlgorithm} key; the trust anchor's key must be ${P256}.`);
    }
    else if (anchorKey && anchors && !anchors.some(a => keyMatches(a, anchorKey))) {
        reader.problem('trust-anchor-key', undefined, `does not match the certificate in '${reader.name('trust-anchor-certificate')}' (its public key is sha256:${anchorKey.publicKeyFingerprint.slice(0, 16)}…); give the key of that anchor.`);
    }
    let issuer;
    if (issuerCertificates && issuerCertificates.length !== 1) {
        reader.problem('issuer-certificate', undefined, `holds ${issuerCertificates.length} certificates; give the issuer certificate alone.`);
    }
    const issuerCertificate = issuerCertificates?.length === 1 ? issuerCertificates[0] : undefined;
    if (issuerCertificate) {
        for (const problem of certificateProblems(issuerCertificate, ISSUER_ROLE)) {
            reader.problem('issuer-certificate', undefined, problem);
        }
        if (anchors && !signerOf(issuerCertificate, anchors)) {
            reader.problem('issuer-certificate', undefined, `${describe(issuerCertificate)} was not signed by the trust anchor in '${reader.name('trust-anchor-certificate')}'; give the issuer that anchor signed.`);
        }
    }
    if (reader.isSet('issuer-certificate') !== reader.isSet('issuer-key')) {
        const missing = reader.isSet('issuer-certificate') ? 'issuer-key' : 'issuer-certificate';
        const given = missing === 'issuer-key' ? 'issuer-certificate' : 'issuer-key';
        reader.problem(missing, undefined, `is required with '${reader.name(given)}'.`);
    }
    if (issuerKey && issuerCertificate) {
        if (!keyMatches(issuerCertificate, issuerKey)) {
            reader.problem('issuer-key', undefined, `does not match '${reader.name('issuer-certificate')}' (the key's public key is sha256:${issuerKey.publicKeyFingerprint.slice(0, 16)}…, the certificate's sha256:${issuerCertificate.publicKeyFingerprint.slice(0, 16)}…).`);
        }
        else {
            issuer = { certificate: issuerCertificate, key: issuerKey };
        }
    }
    const minValidityMs = (minValidityDays ?? 60) * DAY_MS;
    const generatesAnchor = !reader.isSet('trust-anchor-certificate');
    if (generatesAnchor &&
        anchorValidityMs !== undefined &&
        issuerValidityMs !== undefined &&
        issuerValidityMs > anchorValidityMs) {
        reader.problem('issuer-validity', reader.raw('issuer-validity'), `is longer than '${reader.name('trust-anchor-validity')}' (${(0,duration/* formatDuration */.a)(anchorValidityMs)}): an issuer never outlives the trust anchor that signed it.`);
    }
    for (const [id, validity] of [
        ['issuer-validity', issuerValidityMs],
        ['trust-anchor-validity', generatesAnchor ? anchorValidityMs : undefined],
    ]) {
        if (validity !== undefined && minValidityDays !== undefined && validity <= minValidityMs) {
            reader.problem(id, reader.raw(id), `is not longer than '${reader.name('min-validity-days')}' (${minValidityDays} days): a certificate this short would be due for replacement as soon as it is made.`);
        }
    }
    const namespaces = [...new Set(injectNamespaces ?? [])];
    const networks = [...new Map((scrapeNetworks ?? []).map(n => [n.text, n])).values()];
    if (namespaces.length === 0) {
        if (networks.length > 0) {
            reader.warn(`'${reader.name('metrics-scrape-networks')}' is ignored: '${reader.name('inject-namespaces')}' names no namespace.`);
        }
        for (const id of ['require-mtls', 'restart-workloads']) {
            if (reader.isSet(id) && reader.raw(id)?.toLowerCase() === 'true') {
                reader.warn(`'${reader.name(id)}' is ignored: '${reader.name('inject-namespaces')}' names no namespace.`);
            }
        }
    }
    if (namespaces.length > 0 && requireMtls === true && networks.length === 0) {
        reader.warn(`'${reader.name('require-mtls')}' makes the proxies refuse unauthenticated clients, including the API server's pod proxy on their admin port: verify-encryption will get 403s; set '${reader.name('metrics-scrape-networks')}' to the API server's source range, or run verify-encryption with its scrapes from a meshed client.`);
    }
    for (const network of namespaces.length > 0 ? networks.filter(n => n.prefixLength === 0) : []) {
        reader.warn(`'${reader.name('metrics-scrape-networks')}' holds ${network.text}: any address may read the proxies' metrics in ${namespaces.join(', ')}.`);
    }
    if (reader.isSet('trust-anchor-certificate') && reader.isSet('trust-anchor-validity')) {
        reader.warn(`'${reader.name('trust-anchor-validity')}' is ignored: the trust anchor comes from '${reader.name('trust-anchor-certificate')}'.`);
    }
    if (issuer && reader.isSet('issuer-validity')) {
        reader.warn(`'${reader.name('issuer-validity')}' is ignored: the issuer comes from '${reader.name('issuer-certificate')}'.`);
    }
    return reader.finish(() => {
        const version = chartVersion;
        return {
            offline: common.offline,
            planOnly: common.mode === 'plan',
            channel: channel ?? 'edge',
            chartRepo: chartRepo ?? '',
            chartVersion: version,
            linkerd: linkerdReleaseOf(version),
            minKubernetes: kubernetesMinimumOf(version),
            anchors,
            anchorKey,
            anchorKeyFile,
            issuer,
            anchorValidityMs: anchorValidityMs ?? 0,
            issuerValidityMs: issuerValidityMs ?? 0,
            minValidityDays: minValidityDays ?? 60,
            ha: ha ?? false,
            cni: cni ?? false,
            injectNamespaces: namespaces,
            requireMtls: requireMtls ?? false,
            scrapeNetworks: networks,
            restartWorkloads: restartWorkloads ?? false,
            waitTimeoutMs: waitTimeoutMs ?? 600_000,
            inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
        };
    });
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/identity.ts
/**
 * Which trust anchor and which issuer the control plane gets: pure decisions over the inputs,
 * the installed release's values and the key file. observe uses them to know what to generate,
 * plan to build the values, so both always agree.
 */


const NO_IDENTITY = {
    anchors: undefined,
    anchorsPem: undefined,
    issuer: undefined,
    external: undefined,
};
function at(values, ...path) {
    let node = values;
    for (const key of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return node;
}
/** The anchors and issuer in `linkerd-control-plane`'s user-supplied values. */
function readInstalledIdentity(values) {
    if (values === undefined)
        return NO_IDENTITY;
    const scheme = at(values, 'identity', 'issuer', 'scheme');
    const externalCA = at(values, 'identity', 'externalCA') === true;
    if (externalCA || scheme === 'kubernetes.io/tls') {
        return {
            ...NO_IDENTITY,
            external: `identity.externalCA is ${String(externalCA)} and identity.issuer.scheme is ${typeof scheme === 'string' ? scheme : 'unset'}`,
        };
    }
    const anchorsPem = at(values, 'identityTrustAnchorsPEM');
    const crtPem = at(values, 'identity', 'issuer', 'tls', 'crtPEM');
    const keyPem = at(values, 'identity', 'issuer', 'tls', 'keyPEM');
    const anchors = typeof anchorsPem === 'string' ? parseCertificates(anchorsPem) : undefined;
    const certificates = typeof crtPem === 'string' ? parseCertificates(crtPem) : undefined;
    const key = typeof keyPem === 'string' ? parsePrivateKey(keyPem) : undefined;
    const certificate = certificates?.ok ? certificates.value[0] : undefined;
    return {
        anchors: anchors?.ok ? anchors.value : undefined,
        anchorsPem: anchors?.ok && typeof anchorsPem === 'string' ? anchorsPem : undefined,
        issuer: certificate && key?.ok && keyMatches(certificate, key.value)
            ? { certificate, key: key.value }
            : undefined,
        external: undefined,
    };
}
/** Whether the control plane needs a trust anchor that neither the inputs nor the release has. */
function needsNewAnchor(spec, installed) {
    return spec.anchors === undefined && installed.anchors === undefined;
}
function signerAmong(anchors, keys) {
    for (const key of keys) {
        const certificate = key ? anchors.find(a => keyMatches(a, key)) : undefined;
        if (certificate && key)
            return { certificate, key };
    }
    return undefined;
}
/**
 * The anchors in use: the input, else the installed ones, else the candidate. Undefined only
 * when no candidate was made (offline).
 */
function chooseAnchors(spec, installed, keyFileKey, candidate) {
    const keys = [spec.anchorKey, keyFileKey];
    if (spec.anchors) {
        return { anchors: spec.anchors, source: 'input', signer: signerAmong(spec.anchors, keys) };
    }
    if (installed.anchors) {
        return {
            anchors: installed.anchors,
            source: 'installed',
            signer: signerAmong(installed.anchors, keys),
        };
    }
    if (candidate) {
        return {
            anchors: [candidate.certificate],
            source: candidate.keyFrom === 'new' ? 'generated' : 'existing-key',
            signer: candidate,
        };
    }
    return undefined;
}
/** The date part of an ISO timestamp, for messages. */
function day(date) {
    return date.toISOString().slice(0, 10);
}
/** A certificate's short fingerprint, for messages. */
function identity_short(certificate) {
    return `sha256:${certificate.fingerprint.slice(0, 16)}…`;
}
/**
 * The issuer: the input; else the installed one while it is signed by an anchor in use, valid,
 * signed by the anchor this run signs with (`signer`, when it has one's key), and more than
 * `min-validity-days` from its end or already ending with its anchor (a new one could not last
 * longer: the anchor's own expiry is warned about); else a new one, with the reason.
 */
function chooseIssuer(spec, installed, anchors, signer, now) {
    if (spec.issuer)
        return { kind: 'input', issuer: spec.issuer };
    const current = installed.issuer;
    if (current === undefined)
        return { kind: 'new', reason: 'no issuer is installed' };
    const certificate = current.certificate;
    const issuedBy = anchors ? signerOf(certificate, anchors) : undefined;
    if (anchors && !issuedBy) {
        return { kind: 'new', reason: 'the installed issuer was not signed by the trust anchor in use' };
    }
    const left = certificate.notAfter.getTime() - now.getTime();
    if (left <= 0) {
        return { kind: 'new', reason: `the installed issuer expired on ${day(certificate.notAfter)}` };
    }
    if (certificate.notBefore.getTime() > now.getTime()) {
        return { kind: 'new', reason: 'the installed issuer is not valid yet' };
    }
    if (signer && issuedBy && signer.fingerprint !== issuedBy.fingerprint) {
        return {
            kind: 'new',
            reason: `the issuer moves to the trust anchor whose key this run has (${identity_short(signer)}), away from the one that signed it (${identity_short(issuedBy)})`,
            movesTo: signer,
        };
    }
    const endsWithAnchor = issuedBy !== undefined && certificate.notAfter.getTime() >= issuedBy.notAfter.getTime();
    if (left <= spec.minValidityDays * DAY_MS && !endsWithAnchor) {
        return {
            kind: 'new',
            reason: `the installed issuer expires on ${day(certificate.notAfter)}, within ${spec.minValidityDays} days ('${spec.inputNames['min-validity-days'] ?? 'min-validity-days'}')`,
        };
    }
    return { kind: 'installed', issuer: current };
}

// EXTERNAL MODULE: ./src/core/network.ts
var network = __webpack_require__(13661);
;// CONCATENATED MODULE: ./src/steps/install-mesh/scrape-policy.ts


const POLICY_GROUP = 'policy.linkerd.io';
/** Labels on every policy object the step applies: nothing without them is changed. */
const POLICY_LABELS = {
    'app.kubernetes.io/managed-by': network/* MANAGED_BY_VALUE */.Q9,
    'aks-secure-networking/step': 'install-mesh',
};
/** The proxy's admin port (4191), by the container port name the injector gives it. */
const ADMIN_PORT = 'linkerd-admin';
/** The paths of the proxy's own liveness and readiness probes. */
const PROBE_PATHS = ['/live', '/ready'];
const METRICS_PATH = '/metrics';
const EVERYWHERE = ['0.0.0.0/0', '::/0'];
const NAMES = {
    server: 'install-mesh-proxy-admin',
    metricsRoute: 'install-mesh-proxy-metrics',
    probesRoute: 'install-mesh-proxy-probes',
    scrapers: 'install-mesh-metrics-scrapers',
    anywhere: 'install-mesh-probes-anywhere',
    meshed: 'install-mesh-meshed-clients',
};
const SERVER = { apiVersion: `${POLICY_GROUP}/v1beta3`, kind: 'Server', plural: 'servers' };
const HTTP_ROUTE = {
    apiVersion: `${POLICY_GROUP}/v1beta3`,
    kind: 'HTTPRoute',
    plural: 'httproutes',
};
const NETWORK_AUTHENTICATION = {
    apiVersion: `${POLICY_GROUP}/v1alpha1`,
    kind: 'NetworkAuthentication',
    plural: 'networkauthentications',
};
const MESH_TLS_AUTHENTICATION = {
    apiVersion: `${POLICY_GROUP}/v1alpha1`,
    kind: 'MeshTLSAuthentication',
    plural: 'meshtlsauthentications',
};
const AUTHORIZATION_POLICY = {
    apiVersion: `${POLICY_GROUP}/v1alpha1`,
    kind: 'AuthorizationPolicy',
    plural: 'authorizationpolicies',
};
const PLURALS = new Map([SERVER, HTTP_ROUTE, NETWORK_AUTHENTICATION, MESH_TLS_AUTHENTICATION, AUTHORIZATION_POLICY].map(k => [k.kind, k.plural]));
function object(kind, namespace, name, spec) {
    return {
        apiVersion: kind.apiVersion,
        kind: kind.kind,
        metadata: { name, namespace, labels: { ...POLICY_LABELS } },
        spec,
    };
}
function route(namespace, name, paths) {
    return object(HTTP_ROUTE, namespace, name, {
        parentRefs: [{ group: POLICY_GROUP, kind: SERVER.kind, name: NAMES.server }],
        rules: [{ matches: paths.map(value => ({ path: { type: 'Exact', value }, method: 'GET' })) }],
    });
}
function authorization(namespace, name, routeName, auth) {
    return object(AUTHORIZATION_POLICY, namespace, name, {
        targetRef: { group: POLICY_GROUP, kind: HTTP_ROUTE.kind, name: routeName },
        requiredAuthenticationRefs: [{ group: POLICY_GROUP, kind: auth.kind, name }],
    });
}
/** The objects, in the order they are applied (targets before the policies naming them). */
function scrapePolicyManifests(namespace, networks) {
    return [
        object(SERVER, namespace, NAMES.server, {
            podSelector: {},
            port: ADMIN_PORT,
            proxyProtocol: 'HTTP/1',
            accessPolicy: 'deny',
        }),
        route(namespace, NAMES.metricsRoute, [METRICS_PATH]),
        route(namespace, NAMES.probesRoute, PROBE_PATHS),
        object(NETWORK_AUTHENTICATION, namespace, NAMES.scrapers, {
            networks: networks.map(n => ({ cidr: n.text })),
        }),
        object(NETWORK_AUTHENTICATION, namespace, NAMES.anywhere, {
            networks: EVERYWHERE.map(cidr => ({ cidr })),
        }),
        object(MESH_TLS_AUTHENTICATION, namespace, NAMES.meshed, { identities: ['*'] }),
        authorization(namespace, NAMES.scrapers, NAMES.metricsRoute, NETWORK_AUTHENTICATION),
        authorization(namespace, NAMES.anywhere, NAMES.probesRoute, NETWORK_AUTHENTICATION),
        authorization(namespace, NAMES.meshed, NAMES.metricsRoute, MESH_TLS_AUTHENTICATION),
    ];
}
/** Where an object of the scrape policy is read from. */
function scrapePolicyRef(manifest) {
    const metadata = manifest['metadata'];
    const kind = String(manifest['kind']);
    return {
        apiVersion: String(manifest['apiVersion']),
        plural: PLURALS.get(kind) ?? `${kind.toLowerCase()}s`,
        namespace: metadata.namespace,
        name: metadata.name,
    };
}
/** Every object of the scrape policy in the namespace, to observe (same names as applied). */
function scrapePolicyRefs(namespace) {
    return scrapePolicyManifests(namespace, []).map(scrapePolicyRef);
}
function refKey(ref) {
    return `${ref.plural}/${ref.namespace}/${ref.name}`;
}
/**
 * How the object found compares with the one wanted: `foreign` when it exists without the step's
 * labels (the step never changes it), `same` when it holds every wanted field (the API server's
 * additions, such as defaults and metadata, are ignored).
 */
function policyObjectStatus(found, wanted) {
    if (found === undefined)
        return 'absent';
    const labels = found['metadata']?.labels;
    if (!Object.entries(POLICY_LABELS).every(([k, v]) => labels?.[k] === v))
        return 'foreign';
    return (0,json/* containsJson */.SB)(found['spec'], wanted['spec']) &&
        (0,json/* containsJson */.SB)(found['metadata'], { labels: POLICY_LABELS })
        ? 'same'
        : 'differs';
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/observe.ts






const STEP = installMeshManifest.name;
/** The Gateway API CRD whose annotation tells the installed bundle version. */
const GATEWAY_API_CRD = 'httproutes.gateway.networking.k8s.io';
/** The Gateway API types Linkerd is configured with (HTTPRoute and GRPCRoute, both v1 since 2.18). */
const GATEWAY_API_CRDS = [GATEWAY_API_CRD, 'grpcroutes.gateway.networking.k8s.io'];
async function readKeyFile(ctx, spec) {
    if (spec.anchorKeyFile === undefined)
        return undefined;
    const path = ctx.files.resolve(spec.anchorKeyFile);
    const text = await ctx.files.read(spec.anchorKeyFile);
    if (text === undefined)
        return { path, key: undefined };
    ctx.secrets.mask(text);
    const input = spec.inputNames['trust-anchor-key-file'] ?? 'trust-anchor-key-file';
    const key = parsePrivateKey(text);
    if (!key.ok) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: the file '${path}' ('${input}') ${key.message}. Point the input at the trust anchor's key file, or at a path where no file exists yet to have a new anchor's key written there.`);
    }
    if (key.value.keyAlgorithm !== P256) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: the file '${path}' ('${input}') holds an ${key.value.keyAlgorithm} key; a trust anchor's key must be ${P256}, as Linkerd requires. Point the input at the key of the anchor in use, or at a path where no file exists yet.`);
    }
    return { path, key: key.value };
}
async function readScrapePolicy(kube, spec) {
    if (spec.scrapeNetworks.length === 0)
        return new Map();
    const refs = spec.injectNamespaces.flatMap(scrapePolicyRefs);
    const found = await Promise.all(refs.map(ref => kube.getCustomObject(ref)));
    return new Map(refs.map((ref, i) => [refKey(ref), found[i]]));
}
async function readNamespaces(kube, spec) {
    const read = await Promise.all(spec.injectNamespaces.map(async (name) => {
        const [namespace, pods, workloads] = await Promise.all([
            kube.getNamespace(name),
            kube.listPods(name),
            spec.restartWorkloads ? kube.listWorkloads(name) : Promise.resolve([]),
        ]);
        return { name, namespace, pods, workloads };
    }));
    return {
        namespaces: new Map(read.map(r => [r.name, r.namespace])),
        pods: read.flatMap(r => r.pods),
        workloads: read.flatMap(r => r.workloads),
    };
}
/**
 * Reads the cluster (version, Gateway API CRDs, nodes with HA, the three releases, the injected
 * namespaces' pods) and the key file, then makes what the plan may need and nothing else has:
 * a trust anchor when none is given or installed, and an issuer when the installed one cannot
 * stay and the anchor's key is at hand. Nothing is written.
 */
async function observeInstallMesh(ctx, spec) {
    const now = ctx.clock.now();
    const kube = ctx.kube;
    // The key file is local: a wrong one stops the run before any cluster call (and before the
    // cluster reads below are in flight, which a failure among them would leave running).
    const keyFile = await readKeyFile(ctx, spec);
    const [kubernetes, gatewayApiCrds, nodes, cniRelease, crdsRelease, controlPlaneRelease, injected, scrapePolicy,] = await Promise.all([
        kube.kubernetesVersion(),
        Promise.all(GATEWAY_API_CRDS.map(name => kube.getCustomResourceDefinition(name))),
        spec.ha ? kube.listNodes() : Promise.resolve(undefined),
        spec.cni ? kube.helmRelease(CNI.release, CNI.namespace) : Promise.resolve(undefined),
        kube.helmRelease(CRDS.release, CRDS.namespace),
        kube.helmRelease(CONTROL_PLANE.release, CONTROL_PLANE.namespace),
        readNamespaces(kube, spec),
        readScrapePolicy(kube, spec),
    ]);
    const installed = readInstalledIdentity(controlPlaneRelease?.values);
    if (installed.issuer)
        ctx.secrets.mask(installed.issuer.key.pem);
    let candidateAnchor;
    if (installed.external === undefined && needsNewAnchor(spec, installed)) {
        // A key the run was given (the input, else the key file) keeps its anchor's identity.
        const key = spec.anchorKey ?? keyFile?.key;
        const made = await generateTrustAnchor({
            now,
            validityMs: spec.anchorValidityMs,
            ...(key ? { key } : {}),
        });
        ctx.secrets.mask(made.key.pem);
        candidateAnchor = {
            ...made,
            keyFrom: spec.anchorKey ? 'input' : keyFile?.key ? 'key-file' : 'new',
        };
    }
    const anchors = chooseAnchors(spec, installed, keyFile?.key, candidateAnchor);
    const issuer = chooseIssuer(spec, installed, anchors?.anchors, anchors?.signer?.certificate, now);
    let candidateIssuer;
    const signer = anchors?.signer;
    if (installed.external === undefined &&
        issuer.kind === 'new' &&
        signer &&
        signer.certificate.notAfter.getTime() > now.getTime()) {
        candidateIssuer = await generateIssuer({
            now,
            validityMs: spec.issuerValidityMs,
            anchor: signer.certificate,
            anchorKey: signer.key,
        });
        ctx.secrets.mask(candidateIssuer.key.pem);
    }
    return {
        now,
        kubernetes,
        gatewayApiCrds: new Map(GATEWAY_API_CRDS.map((name, i) => [name, gatewayApiCrds[i]])),
        schedulableNodes: nodes?.filter(n => n.schedulable && n.ready && (n.os ?? 'linux') === 'linux' && n.blockingTaints.length === 0).length,
        cniRelease,
        crdsRelease,
        controlPlaneRelease,
        installed,
        keyFile,
        candidateAnchor,
        candidateIssuer,
        ...injected,
        scrapePolicy,
    };
}
/** Offline: nothing is read, nothing is installed, nothing is generated. */
function offlineInstallMeshState() {
    return {
        now: new Date(),
        kubernetes: undefined,
        gatewayApiCrds: new Map(),
        schedulableNodes: undefined,
        cniRelease: undefined,
        crdsRelease: undefined,
        controlPlaneRelease: undefined,
        installed: NO_IDENTITY,
        keyFile: undefined,
        candidateAnchor: undefined,
        candidateIssuer: undefined,
        namespaces: new Map(),
        pods: [],
        workloads: [],
        scrapePolicy: new Map(),
    };
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/plan.ts















const plan_STEP = installMeshManifest.name;
const ROTATION_DOCS = 'https://linkerd.io/2-edge/tasks/manually-rotating-control-plane-tls-credentials/';
const EXPIRED_DOCS = 'https://linkerd.io/2-edge/tasks/replacing_expired_certificates/';
const BUNDLE_VERSION_ANNOTATION = 'gateway.networking.k8s.io/bundle-version';
function isInstallMeshPlan(plan) {
    return 'anchorKey' in plan;
}
function plan_name(spec, id) {
    return spec.inputNames[id] ?? id;
}
function helmChange(spec, release, values, current, purpose, dependsOn) {
    const version = spec.chartVersion.text;
    const base = {
        target: 'helm',
        release: release.release,
        namespace: release.namespace,
        ...(0,chart_repository/* chartSource */.I)(spec.chartRepo, release.chart),
        version,
        values,
        flags: [],
        dependsOn,
    };
    if (current === undefined) {
        return {
            ...base,
            action: 'install',
            reason: `install ${purpose} (Linkerd ${spec.linkerd.name})`,
        };
    }
    if (current.chartVersion === version &&
        current.status === 'deployed' &&
        (0,json/* sameJson */.Vk)(comparableValues(current.values), comparableValues(values))) {
        return { ...base, action: 'noop', reason: `chart ${version} with the desired values` };
    }
    const why = current.chartVersion !== version
        ? `chart ${current.chartVersion ?? '?'} → ${version}`
        : current.status !== 'deployed'
            ? `the release is '${current.status}'`
            : 'values changed';
    return { ...base, action: 'upgrade', reason: `upgrade ${purpose} (${why})` };
}
function checkKubernetes(spec, state) {
    const version = state.kubernetes;
    if (version === undefined || meetsKubernetesMinimum(spec.minKubernetes, version))
        return;
    const min = spec.minKubernetes;
    throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the cluster runs Kubernetes ${version.gitVersion}, but Linkerd ${spec.linkerd.name} (chart ${spec.chartVersion.text}) needs ${min.major}.${min.minor} or later (${min.why}). Upgrade the cluster ('az aks upgrade'), or pin an older '${plan_name(spec, 'chart-version')}' whose Linkerd supports ${version.major}.${version.minor}.`);
}
/** Checks the anchors in use against the clock; warns when one ends within min-validity-days. */
function checkAnchors(spec, anchors, now, warnings) {
    for (const anchor of anchors) {
        if (anchor.notAfter.getTime() <= now.getTime()) {
            throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the trust anchor ${identity_short(anchor)} expired on ${day(anchor.notAfter)}; proxies no longer trust each other's certificates. An expired anchor cannot be rotated in place: follow Linkerd's "Replacing expired certificates" (${EXPIRED_DOCS}), then give the new anchor in '${plan_name(spec, 'trust-anchor-certificate')}'.`);
        }
        if (anchor.notBefore.getTime() > now.getTime()) {
            throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the trust anchor ${identity_short(anchor)} is not valid before ${anchor.notBefore.toISOString()}; check the clock of whatever made it.`);
        }
        if (anchor.notAfter.getTime() - now.getTime() <= spec.minValidityDays * DAY_MS) {
            warnings.push(`the trust anchor ${identity_short(anchor)} expires on ${day(anchor.notAfter)}, within ${spec.minValidityDays} days. This step does not rotate anchors: follow Linkerd's manual rotation (${ROTATION_DOCS}), giving the old and new anchor together in '${plan_name(spec, 'trust-anchor-certificate')}' first.`);
        }
    }
}
function offlineIdentity(spec, secrets) {
    const anchorsPem = spec.anchors
        ? bundlePem(spec.anchors)
        : (0,core_plan/* knownAfterApply */.C1)('a generated ECDSA P-256 trust anchor certificate');
    const issuer = spec.issuer;
    return {
        anchorsPem,
        runningAnchorsPem: undefined,
        issuerCertificatePem: issuer
            ? issuer.certificate.pem
            : (0,core_plan/* knownAfterApply */.C1)('a generated ECDSA P-256 issuer certificate'),
        issuerKeyMarker: issuer
            ? secrets.seal(privateKeyMarker(issuer.key.publicKeyFingerprint), issuer.key.pem)
            : (0,core_plan/* knownAfterApply */.C1)('the generated issuer private key, not shown'),
        anchorKey: undefined,
        issuerMoves: false,
        outputs: {
            'trust-anchor-pem': anchorsPem,
            'issuer-expires-at': issuer
                ? issuer.certificate.notAfter.toISOString()
                : (0,core_plan/* knownAfterApply */.C1)('the generated issuer’s expiry'),
        },
    };
}
function anchorKeyHandling(spec, state, choice, secrets, warnings) {
    const signer = choice.signer;
    if (choice.source === 'existing-key') {
        const where = state.candidateAnchor?.keyFrom === 'input' || state.keyFile === undefined
            ? `'${plan_name(spec, 'trust-anchor-key')}'`
            : `'${state.keyFile.path}' (left as it is), as after an install that did not finish`;
        warnings.push(`no trust anchor certificate is installed or given: a new one is made for the key in ${where}.`);
        return undefined;
    }
    if (choice.source !== 'generated' || signer === undefined)
        return undefined;
    const marker = secrets.seal(privateKeyMarker(signer.key.publicKeyFingerprint), signer.key.pem);
    const anchor = signer.certificate;
    const where = state.keyFile
        ? `apply writes it to '${state.keyFile.path}' (mode 0600) and nowhere else`
        : `apply discards it, so the step cannot sign a new issuer for this anchor later; set '${plan_name(spec, 'trust-anchor-key-file')}' to keep it`;
    warnings.push(`a new trust anchor is generated (ECDSA P-256, ${identity_short(anchor)}, valid until ${day(anchor.notAfter)}); its private key never goes to the cluster: ${where}.`);
    return {
        action: state.keyFile ? 'write' : 'discard',
        marker,
        path: spec.anchorKeyFile,
        anchor,
    };
}
/** Where the key this run signs with came from, in the host's spelling. */
function signingKeySource(spec, state, anchor) {
    return spec.anchorKey?.publicKeyFingerprint === anchor.publicKeyFingerprint
        ? `the key in '${plan_name(spec, 'trust-anchor-key')}'`
        : `the key in '${state.keyFile?.path ?? plan_name(spec, 'trust-anchor-key-file')}'`;
}
function chooseIssuerPair(spec, state, anchors, warnings) {
    const choice = chooseIssuer(spec, state.installed, anchors.anchors, anchors.signer?.certificate, state.now);
    switch (choice.kind) {
        case 'installed':
            return { issuer: choice.issuer, isNew: false, moves: false };
        case 'input': {
            const certificate = choice.issuer.certificate;
            const issuedBy = signerOf(certificate, anchors.anchors);
            if (!issuedBy) {
                throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the issuer in '${plan_name(spec, 'issuer-certificate')}' (${identity_short(certificate)}) was not signed by the installed trust anchor; give the anchor that signed it in '${plan_name(spec, 'trust-anchor-certificate')}', or an issuer the installed anchor signed.`);
            }
            if (certificate.notBefore.getTime() > state.now.getTime()) {
                throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the issuer in '${plan_name(spec, 'issuer-certificate')}' is not valid before ${certificate.notBefore.toISOString()}; proxies would reject the certificates it signs until then. Check the clock of whatever made it, or give an issuer valid now.`);
            }
            if (certificate.notAfter.getTime() > issuedBy.notAfter.getTime()) {
                warnings.push(`the issuer in '${plan_name(spec, 'issuer-certificate')}' ends on ${day(certificate.notAfter)}, after the trust anchor that signed it (${day(issuedBy.notAfter)}): from then on proxies reject the certificates it signs, so replace it before the anchor ends.`);
            }
            if (certificate.notAfter.getTime() <= state.now.getTime()) {
                throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the issuer in '${plan_name(spec, 'issuer-certificate')}' expired on ${day(certificate.notAfter)}; give a valid one (see ${EXPIRED_DOCS}).`);
            }
            if (certificate.notAfter.getTime() - state.now.getTime() <= spec.minValidityDays * DAY_MS) {
                warnings.push(`the issuer in '${plan_name(spec, 'issuer-certificate')}' expires on ${day(certificate.notAfter)}, within ${spec.minValidityDays} days; replace it soon (${ROTATION_DOCS}).`);
            }
            return { issuer: choice.issuer, isNew: false, moves: false };
        }
        case 'new': {
            const target = choice.movesTo;
            const trusted = state.installed.anchors ?? [];
            if (target && !trusted.some(a => a.fingerprint === target.fingerprint)) {
                throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the trust anchor ${identity_short(target)} that ${signingKeySource(spec, state, target)} belongs to is new in this run. Moving the identity issuer to it now would give restarted and new pods certificates that the pods started before this run do not trust yet. First run with the bundle of new and old anchors in '${plan_name(spec, 'trust-anchor-certificate')}' and the old anchor's key (or no key), with '${plan_name(spec, 'restart-workloads')}: true', so that every meshed pod trusts both; then give the new anchor's key (${ROTATION_DOCS}).`);
            }
            if (state.candidateIssuer === undefined) {
                const given = spec.anchorKey
                    ? ` (the key in '${plan_name(spec, 'trust-anchor-key')}' belongs to another anchor)`
                    : '';
                throw new errors/* PreconditionError */.Rb(`${plan_STEP}: a new identity issuer is needed (${choice.reason}), and signing it needs the trust anchor's private key, which this run does not have${given}. Give it in '${plan_name(spec, 'trust-anchor-key')}', or set '${plan_name(spec, 'trust-anchor-key-file')}' to the file written when the anchor was generated; or give a new issuer in '${plan_name(spec, 'issuer-certificate')}' and '${plan_name(spec, 'issuer-key')}'.`);
            }
            if (state.installed.issuer)
                warnings.push(`the identity issuer is replaced: ${choice.reason}.`);
            return { issuer: state.candidateIssuer, isNew: true, moves: target !== undefined };
        }
    }
}
function onlineIdentity(spec, state, secrets, warnings) {
    const choice = chooseAnchors(spec, state.installed, state.keyFile?.key, state.candidateAnchor);
    if (choice === undefined) {
        throw new Error(`${plan_STEP}: no trust anchor was prepared for the plan (internal error)`);
    }
    checkAnchors(spec, choice.anchors, state.now, warnings);
    const unused = (key) => key !== undefined &&
        !choice.anchors.some(a => a.publicKeyFingerprint === key.publicKeyFingerprint);
    if (unused(spec.anchorKey)) {
        warnings.push(`the key in '${plan_name(spec, 'trust-anchor-key')}' belongs to none of the trust anchors in use; it is not used.`);
    }
    if (state.keyFile && unused(state.keyFile.key)) {
        warnings.push(`the key in '${state.keyFile.path}' belongs to none of the trust anchors in use; it is not used.`);
    }
    const anchorKey = anchorKeyHandling(spec, state, choice, secrets, warnings);
    const { issuer, isNew, moves } = chooseIssuerPair(spec, state, choice, warnings);
    const installedAnchors = state.installed.anchors;
    if (installedAnchors &&
        choice.source === 'input' &&
        installedAnchors.map(a => a.fingerprint).join() !==
            choice.anchors.map(a => a.fingerprint).join()) {
        const issuedBy = signerOf(issuer.certificate, choice.anchors);
        const untrustedIssuer = issuedBy !== undefined && !installedAnchors.some(a => a.fingerprint === issuedBy.fingerprint);
        warnings.push(`the trust anchors change: each meshed pod trusts the new set only once restarted (with '${plan_name(spec, 'restart-workloads')}: true' the step restarts those in '${plan_name(spec, 'inject-namespaces')}'; restart the others yourself).${untrustedIssuer ? ` The issuer changes to an anchor the running pods do not trust yet, so restarted and not yet restarted pods reject each other's certificates until all are restarted; without downtime, add the new anchor in a bundle with the old one first (${ROTATION_DOCS}).` : ''}`);
    }
    if (moves) {
        warnings.push(`the identity issuer moves to another trust anchor: meshed pods keep certificates from the old issuer until they renew them (within 24 hours) or restart; drop the old anchor only after that (the step restarts the pods in '${plan_name(spec, 'inject-namespaces')}' with '${plan_name(spec, 'restart-workloads')}: true'; restart the others yourself).`);
    }
    const fresh = choice.source === 'generated' || choice.source === 'existing-key';
    const anchorsPem = bundlePem(choice.anchors);
    // A plan-only run shows what apply would generate as unknown: apply makes its own.
    const showAnchors = !(fresh && spec.planOnly);
    const showIssuer = !(isNew && spec.planOnly);
    return {
        anchorsPem: showAnchors
            ? anchorsPem
            : (0,core_plan/* knownAfterApply */.C1)('the generated trust anchor certificate'),
        runningAnchorsPem: anchorsPem,
        issuerCertificatePem: showIssuer
            ? issuer.certificate.pem
            : (0,core_plan/* knownAfterApply */.C1)('a new ECDSA P-256 issuer certificate'),
        issuerKeyMarker: showIssuer
            ? secrets.seal(privateKeyMarker(issuer.key.publicKeyFingerprint), issuer.key.pem)
            : (0,core_plan/* knownAfterApply */.C1)('the new issuer private key, not shown'),
        anchorKey,
        issuerMoves: moves,
        outputs: {
            'trust-anchor-pem': fresh
                ? (0,core_plan/* knownAfterApply */.C1)('the generated trust anchor certificate')
                : anchorsPem,
            'issuer-expires-at': isNew
                ? (0,core_plan/* knownAfterApply */.C1)('the new issuer’s expiry')
                : issuer.certificate.notAfter.toISOString(),
        },
    };
}
function installedByCrdsChart(crd) {
    return (crd.annotations['meta.helm.sh/release-name'] === CRDS.release &&
        crd.annotations['meta.helm.sh/release-namespace'] === CRDS.namespace);
}
/**
 * Whether linkerd-crds installs the Gateway API CRDs: only where none are, or it owns them.
 * Someone else's must include GRPCRoute and be no older than the release supports (else the
 * run stops before any change); a newer or unlabelled bundle is warned about.
 */
function gatewayApi(spec, state, warnings) {
    if (spec.offline)
        return { install: true, why: 'with the Gateway API CRDs (offline: assumed absent)' };
    const present = GATEWAY_API_CRDS.flatMap(name => {
        const crd = state.gatewayApiCrds.get(name);
        return crd ? [crd] : [];
    });
    if (present.length === 0) {
        return { install: true, why: 'with the Gateway API CRDs (absent so far)' };
    }
    if (present.every(installedByCrdsChart)) {
        return { install: true, why: 'with the Gateway API CRDs it installed before' };
    }
    const range = `${spec.linkerd.gatewayApi.min} to ${spec.linkerd.gatewayApi.max}`;
    const missing = GATEWAY_API_CRDS.filter(name => state.gatewayApiCrds.get(name) === undefined);
    if (missing.length > 0) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the cluster has Gateway API CRDs that ${CRDS.release} did not install, but not ${missing.join(', ')}: Linkerd ${spec.linkerd.name} is configured with both HTTPRoute and GRPCRoute. Install the whole Gateway API standard channel (${range}) yourself, or remove the partial install so that ${CRDS.release} installs them.`);
    }
    const version = state.gatewayApiCrds.get(GATEWAY_API_CRD)?.annotations[BUNDLE_VERSION_ANNOTATION];
    const support = version === undefined ? 'unknown' : gatewayApiSupport(spec.linkerd, version);
    if (support === 'older') {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the cluster has Gateway API ${version ?? '?'} (the ${BUNDLE_VERSION_ANNOTATION} of ${GATEWAY_API_CRD}), older than ${spec.linkerd.gatewayApi.min}, the oldest Linkerd ${spec.linkerd.name} supports (${range}). Upgrade the Gateway API CRDs to a version in that range before installing Linkerd, or pin an older '${plan_name(spec, 'chart-version')}'.`);
    }
    if (support === 'unknown') {
        warnings.push(`the Gateway API CRD ${GATEWAY_API_CRD} has no readable ${BUNDLE_VERSION_ANNOTATION} annotation; Linkerd ${spec.linkerd.name} supports Gateway API ${range}.`);
    }
    else if (support === 'newer') {
        warnings.push(`the cluster has Gateway API ${version ?? '?'}, but Linkerd ${spec.linkerd.name} supports ${range}; routes using newer fields are ignored. The step leaves the CRDs to whoever installed them.`);
    }
    return {
        install: false,
        why: `without Gateway API CRDs (the cluster has its own, ${version ?? 'version unknown'})`,
    };
}
/**
 * With `metrics-scrape-networks`: the policy objects that let those networks GET /metrics on the
 * proxies' admin port, applied after the namespace and the CRDs; unchanged objects are no-ops.
 * An object of the same name the step did not create stops the run before any change.
 */
function scrapePolicyChanges(spec, state, namespace, dependsOn) {
    if (spec.scrapeNetworks.length === 0)
        return [];
    const networks = spec.scrapeNetworks.map(n => n.text).join(', ');
    return scrapePolicyManifests(namespace, spec.scrapeNetworks).map(manifest => {
        const ref = scrapePolicyRef(manifest);
        const status = policyObjectStatus(state.scrapePolicy.get(refKey(ref)), manifest);
        if (status === 'foreign') {
            throw new errors/* PreconditionError */.Rb(`${plan_STEP}: ${String(manifest['kind'])} ${namespace}/${ref.name} exists but was not created by this step (no labels ${Object.entries(POLICY_LABELS)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')}); the step does not change it. Delete or rename it, or leave '${plan_name(spec, 'metrics-scrape-networks')}' empty.`);
        }
        const purpose = `let ${networks} GET ${METRICS_PATH} on ${ADMIN_PORT} without mTLS`;
        return {
            target: 'kubernetes',
            action: status === 'same' ? 'noop' : 'apply',
            manifest,
            reason: status === 'same'
                ? `as wanted (${purpose})`
                : `${status === 'absent' ? 'create' : 'update'}: ${purpose}`,
            flags: [],
            dependsOn,
        };
    });
}
function injectionChanges(spec, state, controlPlaneKey, expected, warnings) {
    const changes = [];
    const namespaceKeys = new Map();
    // Namespaces the injector never reaches on AKS: restarting their workloads meshes nothing.
    const shielded = new Set();
    for (const ns of spec.injectNamespaces) {
        const current = state.namespaces.get(ns);
        const change = namespaceChange(ns, current, spec.requireMtls, [controlPlaneKey]);
        namespaceKeys.set(ns, (0,core_plan/* changeKey */.Cy)(change));
        changes.push(change);
        changes.push(...scrapePolicyChanges(spec, state, ns, [controlPlaneKey, (0,core_plan/* changeKey */.Cy)(change)]));
        if (current?.labels[AKS_CONTROL_PLANE_LABEL] !== undefined) {
            shielded.add(ns);
            warnings.push(`namespace ${ns} has a '${AKS_CONTROL_PLANE_LABEL}' label: AKS's admissions enforcer keeps webhooks such as Linkerd's proxy injector away from it, so its pods will not be meshed and the step does not restart them. Move the workloads to a namespace without that label to mesh them.`);
        }
    }
    if (spec.offline)
        return changes;
    const pods = activePods(state.pods);
    const restarts = [];
    if (spec.restartWorkloads) {
        const key = (w) => workloadKey(w);
        const workloads = [...state.workloads]
            .filter(w => !shielded.has(w.namespace))
            .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        for (const workload of workloads) {
            const reason = restartReason(workload, pods, expected);
            if (reason === undefined)
                continue;
            restarts.push({
                target: 'kubernetes',
                action: 'restart',
                manifest: workloadManifest(workload),
                reason: `${reason}; new pods get the proxy the namespace asks for`,
                flags: [],
                dependsOn: [controlPlaneKey, namespaceKeys.get(workload.namespace) ?? ''],
            });
        }
    }
    const left = pods.filter(p => !isMeshed(p));
    const never = left.flatMap(p => {
        const workload = state.workloads.find(w => sameWorkload((0,cluster/* podWorkload */.Zs)(p), w));
        const why = !spec.restartWorkloads
            ? undefined
            : shielded.has(p.namespace)
                ? `is in a namespace AKS keeps webhooks away from (label '${AKS_CONTROL_PLANE_LABEL}')`
                : unmeshable(p, workload);
        return why ? [`${p.namespace}/${p.name} ${why}`] : [];
    });
    if (never.length > 0) {
        warnings.push(`${never.length} pod(s) stay unmeshed: ${never.join('; ')}.`);
    }
    const restartable = left.filter(p => !shielded.has(p.namespace));
    if (!spec.restartWorkloads && restartable.length > 0) {
        warnings.push(`${restartable.length} running pod(s) in the injected namespaces have no proxy yet; they get one when restarted (set '${plan_name(spec, 'restart-workloads')}: true' to have the step do it).`);
    }
    const stale = pods.filter(p => hasStaleTrustRoot(p, expected.trustRoot));
    if (!spec.restartWorkloads && stale.length > 0) {
        warnings.push(`${stale.length} meshed pod(s) in the injected namespaces were injected with another trust anchor bundle than the control plane's: ${stale.map(p => `${p.namespace}/${p.name}`).join(', ')}. They trust the anchors in use only once restarted (set '${plan_name(spec, 'restart-workloads')}: true' to have the step do it).`);
    }
    return [...changes, ...restarts];
}
function podCounts(state) {
    const pods = activePods(state.pods);
    const meshed = pods.filter(isMeshed).length;
    return { 'meshed-pods': String(meshed), 'unmeshed-pods': String(pods.length - meshed) };
}
/** Unmeshed pods named in a note, at most; the rest are counted. */
const NAMED_PODS = 20;
/** Per injected namespace: how many of its active (running or pending) pods are meshed, and which are not. */
function podNotes(spec, state) {
    const pods = activePods(state.pods);
    return spec.injectNamespaces.map(ns => {
        const own = pods.filter(p => p.namespace === ns);
        const unmeshed = own.filter(p => !isMeshed(p)).map(p => `${p.namespace}/${p.name}`);
        const named = unmeshed.slice(0, NAMED_PODS).join(', ');
        const more = unmeshed.length > NAMED_PODS ? ` and ${unmeshed.length - NAMED_PODS} more` : '';
        return `namespace ${ns}: ${own.length - unmeshed.length} of ${own.length} running or pending pod(s) meshed${unmeshed.length > 0 ? `; unmeshed: ${named}${more}` : ''}.`;
    });
}
/**
 * Pure: the CNI plugin (optional) and the CRDs, then the control plane with its identity, then
 * the injected namespaces and the restarts. Private keys appear as markers; `secrets` holds them.
 */
function planInstallMesh(spec, state) {
    checkKubernetes(spec, state);
    if (state.installed.external !== undefined) {
        throw new errors/* PreconditionError */.Rb(`${plan_STEP}: the installed '${CONTROL_PLANE.release}' takes its identity from an external CA (${state.installed.external}), such as cert-manager; this step does not take over. Keep managing it there, or uninstall that setup first.`);
    }
    const warnings = [];
    const secrets = new SealedSecrets();
    const identity = spec.offline
        ? offlineIdentity(spec, secrets)
        : onlineIdentity(spec, state, secrets, warnings);
    const changes = [];
    const cni = spec.cni
        ? helmChange(spec, CNI, {}, state.cniRelease, 'the Linkerd CNI plugin', [])
        : undefined;
    if (cni)
        changes.push(cni);
    const gateway = gatewayApi(spec, state, warnings);
    const crds = helmChange(spec, CRDS, crdsValues(gateway.install), state.crdsRelease, `the Linkerd CRDs ${gateway.why}`, []);
    changes.push(crds);
    const controlPlane = helmChange(spec, CONTROL_PLANE, controlPlaneValues({
        trustAnchorsPem: identity.anchorsPem,
        issuerCertificatePem: identity.issuerCertificatePem,
        issuerKeyMarker: identity.issuerKeyMarker,
        ha: spec.ha,
        cni: spec.cni,
    }), state.controlPlaneRelease, `the control plane${spec.ha ? ' (HA)' : ''}`, [(0,core_plan/* changeKey */.Cy)(crds), ...(cni ? [(0,core_plan/* changeKey */.Cy)(cni)] : [])]);
    changes.push(controlPlane);
    // The bundle the control plane runs with after this run, as the injector will hash it.
    const runningAnchors = controlPlane.action === 'noop'
        ? (state.installed.anchorsPem ?? identity.runningAnchorsPem)
        : identity.runningAnchorsPem;
    const expected = {
        requireMtls: spec.requireMtls,
        trustRoot: runningAnchors === undefined ? undefined : trustRootSha256(runningAnchors),
        issuerMoves: identity.issuerMoves,
    };
    changes.push(...injectionChanges(spec, state, (0,core_plan/* changeKey */.Cy)(controlPlane), expected, warnings));
    if (spec.ha && state.schedulableNodes !== undefined && state.schedulableNodes < HA_REPLICAS) {
        warnings.push(`'${plan_name(spec, 'ha')}' runs ${HA_REPLICAS} replicas of each controller with required anti-affinity per node, but the cluster has ${state.schedulableNodes} node(s) they can run on (ready, not cordoned, Linux, without NoSchedule or NoExecute taints): some replicas stay Pending.`);
    }
    return {
        step: plan_STEP,
        changes,
        outputs: {
            ...identity.outputs,
            ...(spec.offline
                ? {
                    'meshed-pods': (0,core_plan/* knownAfterApply */.C1)('meshed pods'),
                    'unmeshed-pods': (0,core_plan/* knownAfterApply */.C1)('unmeshed pods'),
                }
                : podCounts(state)),
        },
        warnings,
        ...(spec.offline ? {} : { notes: podNotes(spec, state) }),
        secrets,
        anchorKey: identity.anchorKey,
    };
}
/** Outputs from what is installed (after apply, or when nothing had to change). */
function installMeshOutputs(spec, state) {
    const anchors = state.installed.anchors ?? spec.anchors;
    const issuer = state.installed.issuer ?? spec.issuer;
    return {
        'trust-anchor-pem': anchors ? bundlePem(anchors) : '',
        'issuer-expires-at': issuer ? issuer.certificate.notAfter.toISOString() : '',
        ...podCounts(state),
    };
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/apply.ts








const apply_STEP = installMeshManifest.name;
const POLL_MS = 5000;
function secondsLeft(ctx, deadline) {
    return Math.max(0, Math.ceil((deadline - ctx.clock.now().getTime()) / 1000));
}
/**
 * Writes or discards the key of a trust anchor generated in this run, before anything is
 * installed: a failed install leaves the key where a re-run finds it.
 */
async function handleAnchorKey(ctx, spec, handling, secrets) {
    const anchor = `sha256:${handling.anchor.fingerprint.slice(0, 16)}…, valid until ${handling.anchor.notAfter.toISOString()}`;
    if (handling.action === 'discard' || handling.path === undefined) {
        ctx.log.warn(`${apply_STEP}: generated trust anchor ${anchor}; its private key is discarded and never left this run. Without it the step cannot sign a new issuer for this anchor: set '${spec.inputNames['trust-anchor-key-file'] ?? 'trust-anchor-key-file'}' on the first run to keep it.`);
        return;
    }
    const path = ctx.files.resolve(handling.path);
    const created = await ctx.files.create(handling.path, secrets.reveal(handling.marker));
    if (!created) {
        throw new errors/* PreconditionError */.Rb(`${apply_STEP}: '${path}' appeared while the step ran and was not overwritten; run the step again to use the key in it.`);
    }
    ctx.log.info(`${apply_STEP}: generated trust anchor ${anchor}; its private key was written to '${path}' (mode 0600) and nowhere else. Keep that file in a secret store: it signs the next issuers.`);
}
/** Polls the workloads until each exists and is rolled out, bounded by the deadline. */
async function waitForWorkloads(ctx, spec, namespace, kind, names, what, deadline) {
    for (;;) {
        const workloads = (await ctx.kube.listWorkloads(namespace)).filter(w => w.kind === kind);
        const status = names.map(n => {
            const w = workloads.find(x => x.name === n);
            return {
                name: n,
                ready: w?.rolledOut === true,
                text: w ? `${w.ready}/${w.desired}` : 'absent',
            };
        });
        const progress = status.map(s => `${s.name} ${s.text}`).join(', ');
        if (status.every(s => s.ready)) {
            ctx.log.info(`${apply_STEP}: ${what} is ready (${progress}).`);
            return;
        }
        const left = secondsLeft(ctx, deadline);
        if (left <= 0) {
            throw new errors/* PreconditionError */.Rb(`${apply_STEP}: ${what} was not ready within ${Math.round(spec.waitTimeoutMs / 1000)} s (${progress}). Look at 'kubectl get pods -n ${namespace}' and their events${spec.ha ? ' (HA needs 3 schedulable nodes)' : ''}, or raise '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}'.`);
        }
        ctx.log.info(`${apply_STEP}: waiting for ${what}: ${progress} ready (${left} s left)`);
        await ctx.clock.sleep(Math.min(POLL_MS, left * 1000));
    }
}
function waitForControlPlane(ctx, spec, deadline) {
    return waitForWorkloads(ctx, spec, CONTROL_PLANE.namespace, 'Deployment', CONTROL_PLANE_DEPLOYMENTS, 'the Linkerd control plane', deadline);
}
async function installRelease(ctx, spec, change, secrets, deadline) {
    ctx.log.info(`${apply_STEP}: ${change.action} ${(0,core_plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
    // The plan's values with the markers filled in: what is installed is what was planned.
    await ctx.kube.helmUpgradeInstall((0,cluster/* helmInstallOf */.d_)(change, secrets.unseal(change.values)));
    if (change.release === CNI.release) {
        await waitForWorkloads(ctx, spec, CNI.namespace, 'DaemonSet', [CNI_DAEMONSET], 'the Linkerd CNI plugin', deadline);
    }
    if (change.release === CONTROL_PLANE.release)
        await waitForControlPlane(ctx, spec, deadline);
}
async function restartWorkloads(ctx, spec, changes, deadline, controlPlaneAwaited) {
    // New pods are only meshed while the injector runs.
    if (!controlPlaneAwaited)
        await waitForControlPlane(ctx, spec, deadline);
    const workloads = changes.map(c => workloadOfManifest(c.manifest));
    for (const [i, change] of changes.entries()) {
        ctx.log.info(`${apply_STEP}: restart ${(0,core_plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
        await ctx.kube.restartWorkload(workloads[i]);
    }
    for (const workload of workloads) {
        const subject = `${workload.kind} ${workload.namespace}/${workload.name}`;
        const left = secondsLeft(ctx, deadline);
        try {
            if (left <= 0)
                throw new Error('no time left');
            await ctx.kube.waitForRollout(workload, left);
        }
        catch (error) {
            throw new errors/* PreconditionError */.Rb(`${apply_STEP}: ${subject} did not finish its restart within '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}' (${error instanceof Error ? error.message : String(error)}). Check 'kubectl rollout status ${workload.kind.toLowerCase()}/${workload.name} -n ${workload.namespace}' and the pods' events.`);
        }
        ctx.log.info(`${apply_STEP}: ${subject} restarted (${secondsLeft(ctx, deadline)} s left).`);
    }
    const namespaces = [...new Set(workloads.map(w => w.namespace))];
    const pods = activePods((await Promise.all(namespaces.map(ns => ctx.kube.listPods(ns)))).flat());
    const still = workloads.flatMap(w => pods
        .filter(p => sameWorkload((0,cluster/* podWorkload */.Zs)(p), w) && !isMeshed(p))
        .map(p => `${p.namespace}/${p.name}`));
    if (still.length > 0) {
        throw new errors/* PreconditionError */.Rb(`${apply_STEP}: after the restart, ${still.length} pod(s) still have no Linkerd proxy: ${still.join(', ')}. The proxy injector did not act on them: check that their namespace has no 'control-plane' label (AKS keeps webhooks away from such namespaces) and the injector's logs ('kubectl logs -n ${CONTROL_PLANE.namespace} deploy/linkerd-proxy-injector').`);
    }
}
/**
 * Runs the plan in its order (CNI, CRDs, control plane, namespaces, restarts), waiting for the
 * CNI plugin and the control plane after each install and for every restart, all within one
 * `wait-timeout`.
 */
async function applyInstallMesh(ctx, spec, plan) {
    if (!isInstallMeshPlan(plan))
        throw new Error(`${apply_STEP}: not an install-mesh plan (internal error)`);
    const secrets = plan.secrets ?? new SealedSecrets();
    const deadline = ctx.clock.now().getTime() + spec.waitTimeoutMs;
    if (plan.anchorKey)
        await handleAnchorKey(ctx, spec, plan.anchorKey, secrets);
    const pending = plan.changes.filter(c => c.action !== 'noop');
    for (const change of pending) {
        if (change.target === 'helm')
            await installRelease(ctx, spec, change, secrets, deadline);
    }
    const namespaces = pending.filter((c) => c.target === 'kubernetes' && c.action === 'apply');
    if (namespaces.length > 0) {
        for (const change of namespaces) {
            ctx.log.info(`${apply_STEP}: apply ${(0,core_plan/* changeSubject */.Xg)(change)}: ${change.reason}`);
        }
        await ctx.kube.applyManifests(namespaces.map(c => c.manifest));
    }
    const restarts = pending.filter((c) => c.target === 'kubernetes' && c.action === 'restart');
    if (restarts.length > 0) {
        const awaited = pending.some(c => c.target === 'helm' && c.release === CONTROL_PLANE.release);
        await restartWorkloads(ctx, spec, restarts, deadline, awaited);
    }
}

;// CONCATENATED MODULE: ./src/steps/install-mesh/index.ts





const installMesh = {
    manifest: installMeshManifest,
    parseSpec: parseInstallMeshSpec,
    azureTarget: () => undefined,
    needsCluster: () => true,
    observe: observeInstallMesh,
    offlineState: offlineInstallMeshState,
    plan: planInstallMesh,
    allowedFlags: () => new Set(),
    optInInput: () => undefined,
    apply: applyInstallMesh,
    outputs: installMeshOutputs,
};


/***/ })

};
