export const id = 426;
export const ids = [426];
export const modules = {

/***/ 89323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ applyInPasses)
});

// UNUSED EXPORTS: runnableChanges

;// CONCATENATED MODULE: ./src/core/change-graph.ts
async function runGraph(tasks) {
    const keys = new Set(tasks.map(t => t.key.toLowerCase()));
    if (keys.size !== tasks.length)
        throw new Error('runGraph: two tasks have the same key');
    const pending = new Map(tasks.map(t => [t.key.toLowerCase(), t]));
    const done = new Set();
    const running = new Map();
    let failure;
    const ready = (task) => task.dependsOn.every(d => !keys.has(d.toLowerCase()) || done.has(d.toLowerCase()));
    while (pending.size > 0 || running.size > 0) {
        if (!failure) {
            for (const [key, task] of [...pending]) {
                if (!ready(task))
                    continue;
                pending.delete(key);
                running.set(key, Promise.resolve()
                    .then(() => task.run())
                    .then(() => {
                    done.add(key);
                    running.delete(key);
                }, (error) => {
                    failure ??= { error };
                    running.delete(key);
                }));
            }
        }
        if (running.size === 0) {
            if (failure)
                break;
            if (pending.size > 0) {
                throw new Error(`dependency cycle or missing dependency among: ${[...pending.keys()].join(', ')}`);
            }
            break;
        }
        await Promise.race(running.values());
    }
    if (failure)
        throw failure.error;
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/plan.ts
var plan = __webpack_require__(4620);
;// CONCATENATED MODULE: ./src/core/apply-passes.ts



/** The body of a change, where values known only after apply would appear. */
function payload(change) {
    switch (change.target) {
        case 'arm':
            return change.body ?? change.unknownBody;
        case 'helm':
            return change.values;
        case 'kubernetes':
            return change.manifest;
    }
}
/** Changes that can run now: known bodies, and nothing they depend on is waiting. */
function runnableChanges(changes) {
    const pending = changes.filter(c => c.action !== 'noop');
    const waiting = new Set(pending.filter(c => (0,plan/* hasUnknownValues */.nv)(payload(c))).map(c => (0,plan/* changeKey */.Cy)(c).toLowerCase()));
    let grew = true;
    while (grew) {
        grew = false;
        for (const c of pending) {
            const key = (0,plan/* changeKey */.Cy)(c).toLowerCase();
            if (!waiting.has(key) && (c.dependsOn ?? []).some(d => waiting.has(d.toLowerCase()))) {
                waiting.add(key);
                grew = true;
            }
        }
    }
    return pending.filter(c => !waiting.has((0,plan/* changeKey */.Cy)(c).toLowerCase()));
}
/**
 * Applies a plan as a dependency graph, independent changes at the same time. Changes whose
 * bodies need a value that only exists after an earlier change (an IP ARM or the cluster hands
 * out) wait for the next pass, which settles, re-reads and re-plans. Later passes re-check the
 * opt-ins, since a re-plan can show what the first plan could not know.
 */
async function applyInPasses(options) {
    const maxPasses = options.maxPasses ?? 4;
    let current = options.plan;
    for (let pass = 1; pass <= maxPasses; pass++) {
        const pending = current.changes.filter(c => c.action !== 'noop');
        if (pending.length === 0)
            return;
        if (pass > 1) {
            const blocked = (0,plan/* blockedChanges */.Q$)(current, options.allowed);
            if (blocked.length > 0) {
                throw new errors/* OptInRequiredError */.Uo(`${options.step}: after the first changes, the plan has ${blocked.map(b => `${(0,plan/* changeSubject */.Xg)(b.change)} (${b.flags.join(', ')})`).join('; ')}, which needs its opt-in input; nothing more was changed.`);
            }
        }
        const ready = runnableChanges(current.changes);
        if (ready.length === 0) {
            const unknown = pending
                .map(c => JSON.stringify(payload(c) ?? null).match(/<known after apply: [^>]*>/)?.[0])
                .filter((u) => u !== undefined);
            throw new errors/* ConvergenceError */.g7(`${options.step}: ${pending.map(plan/* changeSubject */.Xg).join(', ')} still need values that are not known (${[...new Set(unknown)].join(', ') || 'none'}); nothing more was changed.`);
        }
        await runGraph(ready.map(change => ({
            key: (0,plan/* changeKey */.Cy)(change),
            dependsOn: change.dependsOn ?? [],
            run: () => options.run(change),
        })));
        if (ready.length === pending.length && !options.replanAfterFullPass)
            return;
        await options.settle?.();
        current = await options.replan();
        if (current.changes.every(c => c.action === 'noop'))
            return;
    }
    throw new errors/* ConvergenceError */.g7(`${options.step}: the plan did not converge in ${maxPasses} passes; run the step again to see what is left.`);
}


/***/ }),

/***/ 85746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ applyArmChange)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4620);

/** Which port method writes a resource, by its type in the ID (most specific first). */
const PUTS = [
    [
        /\/providers\/microsoft\.authorization\/roleassignments\/[^/]+$/,
        (arm, id, b) => arm.putRoleAssignment(id, b),
    ],
    [
        /\/applicationgateways\/[^/]+\/privateendpointconnections\/[^/]+$/,
        (arm, id, b) => arm.putApplicationGatewayConnection(id, b),
    ],
    [
        /\/applicationgateways\/[^/]+$/,
        (arm, id, b, c) => arm.putApplicationGateway(id, b, ifMatchOf(c)),
    ],
    [
        /\/applicationgatewaywebapplicationfirewallpolicies\/[^/]+$/,
        (arm, id, b) => arm.putWafPolicy(id, b),
    ],
    [/\/managedclusters\/[^/]+$/, (arm, id, b, c) => arm.putManagedCluster(id, b, ifMatchOf(c))],
    [/\/privatednszones\/[^/]+\/a\/[^/]+$/, (arm, id, b) => arm.putARecordSet(id, b)],
    [
        /\/privatelinkservices\/[^/]+\/privateendpointconnections\/[^/]+$/,
        (arm, id, b) => arm.putPrivateLinkServiceConnection(id, b),
    ],
    [/\/privatelinkservices\/[^/]+$/, (arm, id, b) => arm.putPrivateLinkService(id, b)],
    [/\/privateendpoints\/[^/]+$/, (arm, id, b) => arm.putPrivateEndpoint(id, b)],
    [/\/virtualnetworks\/[^/]+\/subnets\/[^/]+$/, (arm, id, b) => arm.putSubnet(id, b)],
    [/\/routetables\/[^/]+$/, (arm, id, b) => arm.putRouteTable(id, b)],
    [/\/publicipaddresses\/[^/]+$/, (arm, id, b) => arm.putPublicIpAddress(id, b)],
    [/\/rulecollectiongroups\/[^/]+$/, (arm, id, b) => arm.putRuleCollectionGroup(id, b)],
    [/\/firewallpolicies\/[^/]+$/, (arm, id, b) => arm.putFirewallPolicy(id, b)],
    [/\/azurefirewalls\/[^/]+$/, (arm, id, b) => arm.putAzureFirewall(id, b)],
];
function ifMatchOf(change) {
    return change.ifMatch === undefined ? {} : { ifMatch: change.ifMatch };
}
/** The resources a step may delete (only ones it created; the planner decides that). */
const DELETES = [
    [/\/privatednszones\/[^/]+\/a\/[^/]+$/, (arm, id) => arm.deleteARecordSet(id)],
    [/\/privateendpoints\/[^/]+$/, (arm, id) => arm.deletePrivateEndpoint(id)],
];
/** Applies one planned ARM change through the port method for its resource type. */
async function applyArmChange(arm, change) {
    const type = change.resourceId.toLowerCase();
    if (change.action === 'delete') {
        const del = DELETES.find(([pattern]) => pattern.test(type));
        if (!del)
            throw new Error(`cannot delete ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSubject */ .Xg)(change)}: not a resource type steps delete`);
        return del[1](arm, change.resourceId);
    }
    const put = PUTS.find(([pattern]) => pattern.test(type));
    if (!put || change.body === undefined || change.action === 'noop') {
        throw new Error(`cannot apply ${change.action} of ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSubject */ .Xg)(change)}`);
    }
    await put[1](arm, change.resourceId, change.body, change);
}


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

/***/ 23838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseFqdn)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85772);


const MAX_LENGTH = 253;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/**
 * A parser for fully qualified domain names: RFC 1123 labels (1 to 63 letters, digits or
 * hyphens, no hyphen first or last), at most 253 characters, at least two labels, and a last
 * label that is not all digits. The result is lower case. With `allowWildcard`, one leading
 * `*.` label is accepted and the rest must still be a name of at least two labels.
 */
function parseFqdn(options = {}) {
    const accepted = describeAccepted(options);
    return raw => {
        const name = raw.toLowerCase();
        if (name === '*') {
            return options.allowStar === true ? (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(name) : (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`'*' is not accepted here; ${accepted}`);
        }
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(name);
        if (scheme !== null) {
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`a URL, not a host name; drop '${scheme[0]}' and any path, and ${accepted}`);
        }
        if (name.includes('/'))
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`contains a path; drop it and ${accepted}`);
        if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(name) !== 0 || (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(name.replace(/^\[|\]$/g, '')) !== 0) {
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`an IP address, not a host name; ${accepted}`);
        }
        if (/:[0-9]*$/.test(name))
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`contains a port; drop it and ${accepted}`);
        if (name.endsWith('.'))
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`ends with a dot; drop it and ${accepted}`);
        if (/[^\x20-\x7e]/.test(name)) {
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`contains non-ASCII characters; use the punycode (xn--) form and ${accepted}`);
        }
        const isWildcard = name.startsWith('*.');
        const base = isWildcard ? name.slice(2) : name;
        if (base.includes('*')) {
            const rule = options.allowWildcard === true
                ? 'only one leading *. label is allowed'
                : 'wildcards are not accepted here';
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${rule}; ${accepted}`);
        }
        if (isWildcard && options.allowWildcard !== true) {
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`wildcards are not accepted here; ${accepted}`);
        }
        if (name.length > MAX_LENGTH)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`longer than ${MAX_LENGTH} characters; ${accepted}`);
        const labels = base.split('.');
        if (labels.length < 2)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`needs at least two labels, like example.com; ${accepted}`);
        const badLabel = labels.find(label => !LABEL.test(label));
        if (badLabel !== undefined)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${describeBadLabel(badLabel)}; ${accepted}`);
        if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) {
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`the last label is all digits; ${accepted}`);
        }
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(name);
    };
}
function describeAccepted(options) {
    const forms = ['a host name like example.com'];
    if (options.allowWildcard === true)
        forms.push('a wildcard like *.example.com');
    if (options.allowStar === true)
        forms.push('* for any host');
    const list = forms.length === 1 ? forms[0] : `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}`;
    return `use ${list}`;
}
function describeBadLabel(label) {
    if (label === '')
        return 'has an empty label';
    if (label.length > 63)
        return 'has a label longer than 63 characters';
    if (label.startsWith('-') || label.endsWith('-')) {
        return `label '${label}' starts or ends with a hyphen`;
    }
    return `label '${label}' may contain only letters, digits and hyphens`;
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

/***/ 34491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RQ: () => (/* binding */ parseResourceId),
/* harmony export */   bM: () => (/* binding */ formatResourceId),
/* harmony export */   v1: () => (/* binding */ resourceIdEquals)
/* harmony export */ });
/* harmony import */ var _azure_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6879);
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85772);


const GENERIC_EXAMPLE = '/subscriptions/<id>/resourceGroups/<rg>/providers/<Namespace>/<type>/<name>';
const NAMESPACE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;
const TYPE = /^[A-Za-z][A-Za-z0-9]*$/;
const PLACEHOLDERS = { virtualnetworks: 'vnet' };
/**
 * A parser for ARM resource IDs of the form
 * `/subscriptions/{guid}/resourceGroups/{rg}/providers/{Namespace}/{type}/{name}[/{type}/{name}...]`.
 * Keywords match in any case. With `expectedType` (`Microsoft.Network/virtualNetworks/subnets`),
 * the type must match it, ignoring case.
 */
function parseResourceId(expectedType) {
    const accepted = expectedType === undefined
        ? `use ${GENERIC_EXAMPLE}`
        : `expected a ${expectedType} resource ID, like ${exampleFor(expectedType)}`;
    return raw => {
        const parsed = parseParts(raw);
        if (!parsed.ok)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${parsed.message}; ${accepted}`);
        const resourceId = build(parsed.value);
        if (expectedType !== undefined && !sameText(resourceId.type, expectedType)) {
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`${accepted}; got a ${resourceId.type} ID`);
        }
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)(resourceId);
    };
}
/** The canonical ID text for `parts`. Throws when `types` and `names` differ in length. */
function formatResourceId(parts) {
    if (parts.types.length !== parts.names.length || parts.types.length === 0) {
        throw new RangeError('formatResourceId: types and names must be non-empty and of equal length');
    }
    const pairs = parts.types.map((type, index) => `${type}/${parts.names[index] ?? ''}`);
    return [
        `/subscriptions/${parts.subscriptionId}`,
        `resourceGroups/${parts.resourceGroup}`,
        `providers/${parts.provider}`,
        ...pairs,
    ].join('/');
}
/** Compares two resource IDs ignoring case (ARM IDs are case-insensitive). */
function resourceIdEquals(a, b) {
    return sameText(canonical(a), canonical(b));
}
function canonical(id) {
    if (typeof id !== 'string')
        return id.id;
    const parsed = parseParts(id);
    return parsed.ok ? formatResourceId(parsed.value) : id;
}
function sameText(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function parseParts(raw) {
    if (!raw.startsWith('/'))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)('not a resource ID, which starts with /subscriptions/');
    if (raw.length > 1 && raw.endsWith('/'))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)("ends with '/'; drop it");
    const segments = raw.slice(1).split('/');
    if (segments.includes(''))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)("has an empty segment ('//')");
    const [subKeyword, subscription, rgKeyword, resourceGroup, providersKeyword, provider, ...rest] = segments;
    if (!sameText(subKeyword ?? '', 'subscriptions') || subscription === undefined) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)('does not start with /subscriptions/<id>');
    }
    if (!(0,_azure_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSubscriptionId */ .mU)(subscription).ok)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)('the subscription is not a GUID');
    if (!sameText(rgKeyword ?? '', 'resourceGroups') || resourceGroup === undefined) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)('missing the resourceGroups/<rg> segment');
    }
    if (!(0,_azure_names_js__WEBPACK_IMPORTED_MODULE_0__/* .parseResourceGroupName */ .O4)(resourceGroup).ok) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`resource group '${resourceGroup}' is not a valid resource group name`);
    }
    if (!sameText(providersKeyword ?? '', 'providers') || provider === undefined) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)('a resource group ID, not a resource ID; it lacks providers/<Namespace>/<type>/<name>');
    }
    if (!NAMESPACE.test(provider)) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`'${provider}' is not a provider namespace like Microsoft.Network`);
    }
    if (rest.some(segment => sameText(segment, 'providers'))) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)("extension resources (a second 'providers' segment) are not supported");
    }
    if (rest.length === 0)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`missing the resource type and name after '${provider}'`);
    const types = rest.filter((_, index) => index % 2 === 0);
    const names = rest.filter((_, index) => index % 2 === 1);
    const badType = types.find(type => !TYPE.test(type));
    if (badType !== undefined)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`'${badType}' is not a resource type`);
    if (types.length !== names.length) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`missing the name after '${types[types.length - 1] ?? ''}'`);
    }
    const badName = names.find(name => /[\s?#]/.test(name));
    if (badName !== undefined)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .f)(`name '${badName}' contains whitespace, '?' or '#'`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_1__.ok)({
        subscriptionId: subscription.toLowerCase(),
        resourceGroup,
        provider,
        types,
        names,
    });
}
function build(parts) {
    const { types, names } = parts;
    const parent = types.length > 1
        ? build({ ...parts, types: types.slice(0, -1), names: names.slice(0, -1) })
        : undefined;
    const resourceId = {
        ...parts,
        id: formatResourceId(parts),
        type: [parts.provider, ...types].join('/'),
        name: names[names.length - 1] ?? '',
    };
    return parent === undefined ? resourceId : { ...resourceId, parent };
}
function exampleFor(expectedType) {
    const [provider = '<Namespace>', ...types] = expectedType.split('/');
    const pairs = types.map(type => `${type}/<${placeholderFor(type)}>`);
    return [`/subscriptions/<id>/resourceGroups/<rg>/providers/${provider}`, ...pairs].join('/');
}
function placeholderFor(type) {
    const known = PLACEHOLDERS[type.toLowerCase()];
    if (known !== undefined)
        return known;
    if (type.endsWith('ies'))
        return `${type.slice(0, -3)}y`;
    if (/(ss|x|ch|sh)es$/.test(type))
        return type.slice(0, -2);
    if (type.endsWith('s'))
        return type.slice(0, -1);
    return type;
}


/***/ }),

/***/ 61792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ object),
/* harmony export */   Sq: () => (/* binding */ validateShape),
/* harmony export */   YO: () => (/* binding */ array),
/* harmony export */   Yj: () => (/* binding */ string),
/* harmony export */   lq: () => (/* binding */ optional),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   yL: () => (/* binding */ oneOf),
/* harmony export */   zM: () => (/* binding */ boolean)
/* harmony export */ });
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85772);

/** Validates `value` against `shape`; the failure lists every problem, joined by '; '. */
function validateShape(shape, value) {
    const problems = [];
    const checked = shape.check(value, '', problems);
    if (checked.ok && problems.length === 0)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(checked.value);
    const messages = problems.map(p => (p.path === '' ? p.message : `${p.path}: ${p.message}`));
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(messages.join('; '));
}
function string(options = {}) {
    const expected = options.pattern === undefined ? 'a string' : `a string of ${options.pattern.description}`;
    return leaf(expected, (value, path, problems) => {
        if (typeof value !== 'string')
            return problem(path, problems, `expected ${expected}`);
        if (options.parse !== undefined) {
            const text = value.trim();
            if (text === '')
                return problem(path, problems, 'expected a non-empty string');
            const parsed = options.parse(text);
            return parsed.ok ? { ok: true, value: parsed.value } : problem(path, problems, parsed.message);
        }
        if (options.pattern !== undefined && !options.pattern.regex.test(value)) {
            return problem(path, problems, `expected ${expected}`);
        }
        return { ok: true, value };
    });
}
/** A whole number, optionally within `min`..`max` (inclusive). */
function integer(range = {}) {
    const { min, max } = range;
    const bounds = min !== undefined && max !== undefined
        ? ` from ${min} to ${max}`
        : min !== undefined
            ? ` of at least ${min}`
            : max !== undefined
                ? ` of at most ${max}`
                : '';
    const expected = `an integer${bounds}`;
    return leaf(expected, (value, path, problems) => {
        const valid = typeof value === 'number' &&
            Number.isInteger(value) &&
            (min === undefined || value >= min) &&
            (max === undefined || value <= max);
        return valid ? { ok: true, value } : problem(path, problems, `expected ${expected}`);
    });
}
/** A YAML/JSON boolean (`true`/`false`, not the string "true"). */
function boolean() {
    return leaf('a boolean', (value, path, problems) => typeof value === 'boolean'
        ? { ok: true, value }
        : problem(path, problems, 'expected a boolean'));
}
/** One of the given literals. Strings match ignoring case and return the canonical spelling. */
function oneOf(literals) {
    const expected = `one of: ${literals.map(String).join(', ')}`;
    return leaf(expected, (value, path, problems) => {
        const match = literals.find(literal => literal === value ||
            (typeof literal === 'string' &&
                typeof value === 'string' &&
                literal.toLowerCase() === value.toLowerCase()));
        return match !== undefined
            ? { ok: true, value: match }
            : problem(path, problems, `expected ${expected}`);
    });
}
/** An array whose every item matches `item`. */
function array(item, size = {}) {
    const expected = `an array of ${item.expected}`;
    return leaf(expected, (value, path, problems) => {
        if (!Array.isArray(value))
            return problem(path, problems, `expected ${expected}`);
        const items = value;
        const before = problems.length;
        if (size.minItems !== undefined && items.length < size.minItems) {
            problem(path, problems, `expected at least ${size.minItems} item(s)`);
        }
        if (size.maxItems !== undefined && items.length > size.maxItems) {
            problem(path, problems, `expected at most ${size.maxItems} item(s)`);
        }
        const values = [];
        items.forEach((element, index) => {
            const checked = item.check(element, `${path}[${index}]`, problems);
            if (checked.ok)
                values.push(checked.value);
        });
        return problems.length === before ? { ok: true, value: values } : { ok: false };
    });
}
/**
 * Marks an object field as optional. A missing key, `undefined` or `null` (YAML's empty value)
 * counts as absent and is left out of the result.
 */
function optional(shape) {
    return {
        expected: shape.expected,
        isOptional: true,
        check: (value, path, problems) => value === undefined || value === null
            ? { ok: true, value: undefined }
            : shape.check(value, path, problems),
    };
}
/** A plain object with exactly these fields. Unknown keys are problems that name the allowed keys. */
function object(fields) {
    const keys = Object.keys(fields);
    const expected = `an object with keys ${keys.join(', ')}`;
    return leaf(expected, (value, path, problems) => {
        if (!isPlainObject(value))
            return problem(path, problems, `expected ${expected}`);
        const before = problems.length;
        const result = {};
        for (const key of Object.keys(value)) {
            if (!Object.hasOwn(fields, key)) {
                problem(join(path, key), problems, `unknown key; allowed keys are ${keys.join(', ')}`);
            }
        }
        for (const [key, field] of Object.entries(fields)) {
            const fieldValue = Object.hasOwn(value, key) ? value[key] : undefined;
            if (fieldValue === undefined && !field.isOptional) {
                problem(join(path, key), problems, `required; expected ${field.expected}`);
                continue;
            }
            const checked = field.check(fieldValue, join(path, key), problems);
            if (checked.ok && checked.value !== undefined)
                result[key] = checked.value;
        }
        // The fields' checks have validated every key of InferObject<F>.
        return problems.length === before
            ? { ok: true, value: result }
            : { ok: false };
    });
}
function leaf(expected, check) {
    return { expected, isOptional: false, check };
}
function problem(path, problems, message) {
    problems.push({ path, message });
    return { ok: false };
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function join(path, key) {
    const segment = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? key : JSON.stringify(key);
    if (segment !== key)
        return `${path}[${segment}]`;
    return path === '' ? key : `${path}.${key}`;
}


/***/ })

};
