export const id = 682;
export const ids = [682];
export const modules = {

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

/***/ 42502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QM: () => (/* binding */ formatPortRange),
/* harmony export */   mK: () => (/* binding */ parsePortRange)
/* harmony export */ });
/* unused harmony export parsePort */
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85772);

const MAX_PORT = 65535;
const PORT_ACCEPTED = 'use a whole number from 1 to 65535, like 443';
const RANGE_ACCEPTED = 'use a port like 443, a range like 1000-2000, or * for all ports';
/** Parses a TCP/UDP port: a whole number from 1 to 65535, without sign, decimals or leading zeros. */
function parsePort(raw) {
    const port = toPort(raw);
    return port === undefined ? fail(`not a port; ${PORT_ACCEPTED}`) : ok(port);
}
/** Parses `443`, `1000-2000` (from <= to) or `*` (1-65535). */
function parsePortRange(raw) {
    if (raw === '*')
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ from: 1, to: MAX_PORT });
    const parts = raw.split('-').map(part => part.trim());
    const [fromText = '', toText] = parts;
    if (parts.length > 2)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a port range; ${RANGE_ACCEPTED}`);
    const from = toPort(fromText);
    const to = toText === undefined ? from : toPort(toText);
    if (from === undefined || to === undefined) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a port range; ports are whole numbers from 1 to 65535, so ${RANGE_ACCEPTED}`);
    }
    if (from > to)
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`the range is reversed; put the lower port first, like ${to}-${from}`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)({ from, to });
}
/** `443` for one port, `*` for 1-65535, otherwise `from-to`. Round-trips through parsePortRange. */
function formatPortRange(range) {
    if (range.from === 1 && range.to === MAX_PORT)
        return '*';
    return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`;
}
function toPort(text) {
    if (!/^[1-9][0-9]{0,4}$/.test(text))
        return undefined;
    const port = Number(text);
    return port <= MAX_PORT ? port : undefined;
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


/***/ }),

/***/ 9109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ allowingUnmeshed),
/* harmony export */   OY: () => (/* binding */ describeEntry),
/* harmony export */   RY: () => (/* binding */ allowingUnverified),
/* harmony export */   YH: () => (/* binding */ parseNamespaceName),
/* harmony export */   jR: () => (/* binding */ parseAllowList),
/* harmony export */   z0: () => (/* binding */ allowingTraffic)
/* harmony export */ });
/* harmony import */ var _core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85772);
/* harmony import */ var _core_inputs_kubernetes_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78612);
/* harmony import */ var _core_inputs_port_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42502);
/* harmony import */ var _core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61792);
/* harmony import */ var _core_inputs_structured_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16126);





/** Parses a namespace name: a DNS-1123 label of at most 63 characters. */
function parseNamespaceName(raw) {
    return (0,_core_inputs_kubernetes_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isDnsLabel */ .C)(raw)
        ? (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_2__.ok)(raw)
        : (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)("not a namespace name; use a DNS-1123 label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit, like payments");
}
function parseNamespaceOrStar(raw) {
    return raw === '*' ? (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_2__.ok)(raw) : parseNamespaceName(raw);
}
function parseWorkloadName(raw) {
    return (0,_core_inputs_kubernetes_names_js__WEBPACK_IMPORTED_MODULE_1__/* .isDnsSubdomain */ .s)(raw)
        ? (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_2__.ok)(raw)
        : (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)("not a workload name; use the Deployment, StatefulSet, DaemonSet, CronJob, Job or pod name (lower-case letters, digits, '-' and '.')");
}
function parseReason(raw) {
    return raw.length <= 300 ? (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_2__.ok)(raw) : (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)('is longer than 300 characters; keep the reason short');
}
/** A port (`443`) or a range (`8000-8100`), as a YAML number or a string. */
function portOrRange() {
    const expected = 'a port from 1 to 65535 or a range like 8000-8100';
    return {
        expected,
        isOptional: false,
        check: (value, path, problems) => {
            const text = typeof value === 'number' ? String(value) : value;
            const parsed = typeof text === 'string' ? (0,_core_inputs_port_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePortRange */ .mK)(text.trim()) : undefined;
            if (parsed?.ok === true && text !== '*')
                return { ok: true, value: parsed.value };
            problems.push({ path, message: `expected ${expected}` });
            return { ok: false };
        },
    };
}
const AllowShape = (0,_core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YO)((0,_core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ik)({
    namespace: (0,_core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .string */ .Yj)({ parse: parseNamespaceOrStar }),
    workload: (0,_core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lq)((0,_core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .string */ .Yj)({ parse: parseWorkloadName })),
    port: (0,_core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lq)(portOrRange()),
    direction: (0,_core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .optional */ .lq)((0,_core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .oneOf */ .yL)(['inbound', 'outbound'])),
    reason: (0,_core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .string */ .Yj)({ parse: parseReason }),
}));
/** Parses the `allow-plaintext` document: a YAML or JSON list of entries; unknown keys are errors. */
function parseAllowList(raw) {
    const doc = (0,_core_inputs_structured_js__WEBPACK_IMPORTED_MODULE_0__/* .parseStructured */ .j)(raw);
    if (!doc.ok)
        return doc;
    const checked = (0,_core_inputs_shape_js__WEBPACK_IMPORTED_MODULE_4__/* .validateShape */ .Sq)(AllowShape, doc.value ?? []);
    if (!checked.ok)
        return checked;
    const problems = [];
    const entries = checked.value.map((e, i) => {
        if (e.namespace === '*' && e.workload === undefined && e.port === undefined) {
            problems.push(`[${i}]: namespace '*' needs a workload or a port; an entry that allows every plaintext connection proves nothing`);
        }
        return {
            index: i + 1,
            namespace: e.namespace,
            ...(e.workload !== undefined ? { workload: e.workload } : {}),
            ...(e.port !== undefined ? { ports: e.port } : {}),
            ...(e.direction !== undefined ? { direction: e.direction } : {}),
            reason: e.reason,
        };
    });
    return problems.length > 0 ? (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .f)(problems.join('; ')) : (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_2__.ok)(entries);
}
/** `#2 (payments/api, inbound port 8080: reason)`, how the report names an entry. */
function describeEntry(entry) {
    const scope = [
        entry.workload === undefined ? entry.namespace : `${entry.namespace}/${entry.workload}`,
        entry.direction,
        entry.ports === undefined ? undefined : `port ${(0,_core_inputs_port_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPortRange */ .QM)(entry.ports)}`,
    ]
        .filter((p) => p !== undefined)
        .join(' ');
    return `allow-plaintext #${entry.index} (${scope}): ${entry.reason}`;
}
function covers(entry, subject) {
    return ((entry.namespace === '*' || entry.namespace === subject.namespace) &&
        (entry.workload === undefined || entry.workload === subject.workload));
}
/** Whether an entry names traffic (a port or a direction); only those allow plaintext. */
function namesTraffic(entry) {
    return entry.ports !== undefined || entry.direction !== undefined;
}
/**
 * The first entry that allows a plaintext edge (or skipped ports) of this direction and port
 * range. Only entries with a port or a direction allow traffic: an entry without either is for
 * an unmeshed (or unverified) pod, and must not also excuse every plaintext edge in its scope.
 */
function allowingTraffic(entries, subject) {
    return entries.find(e => namesTraffic(e) &&
        covers(e, subject) &&
        (e.direction === undefined || e.direction === subject.direction) &&
        (e.ports === undefined ||
            (e.ports.from <= subject.ports.from && subject.ports.to <= e.ports.to)));
}
/**
 * The first entry that allows a whole pod to be unmeshed: one without a port or direction
 * (a namespace-wide entry may, since it names no traffic in particular).
 */
function allowingUnmeshed(entries, subject) {
    return entries.find(e => covers(e, subject) && !namesTraffic(e));
}
/**
 * The first entry that allows a pod to stay unverified: it must name the workload, and no port
 * or direction. A namespace-wide entry never excuses a pod whose traffic nobody saw.
 */
function allowingUnverified(entries, subject) {
    return entries.find(e => e.workload !== undefined && covers(e, subject) && !namesTraffic(e));
}


/***/ }),

/***/ 91682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ parseVerifyEncryptionSpec),
/* harmony export */   parseWindowSeconds: () => (/* binding */ parseWindowSeconds)
/* harmony export */ });
/* unused harmony export parseTimestamp */
/* harmony import */ var _core_inputs_boolean_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39281);
/* harmony import */ var _core_inputs_duration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16749);
/* harmony import */ var _core_inputs_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(461);
/* harmony import */ var _core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85772);
/* harmony import */ var _allow_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9109);





const MAX_WINDOW_SECONDS = 3600;
const MAX_VALIDITY_DAYS = 3650;
const MAX_SCRAPE_TIMEOUT_MS = 5 * 60_000;
function wholeNumber(max, what) {
    return raw => {
        if (/^-\d+$/.test(raw))
            return (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__/* .fail */ .f)(`must not be negative; use a whole number from 0 to ${max} (${what})`);
        return /^\d+$/.test(raw) && Number(raw) <= max
            ? (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__.ok)(Number(raw))
            : (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__/* .fail */ .f)(`must be a whole number from 0 to ${max} (${what})`);
    };
}
/** `window-seconds`: 0 (the series the proxies hold) or a window of up to an hour. */
const parseWindowSeconds = wholeNumber(MAX_WINDOW_SECONDS, '0 judges the series the proxies hold');
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** An ISO 8601 date or date-time, returned normalised (UTC, `toISOString`). */
function parseTimestamp(raw) {
    const [year = 0, month = 0, day = 0] = raw.slice(0, 10).split('-').map(Number);
    // Date.parse rolls 2027-02-30 over into March; a real calendar day round-trips.
    const calendarDay = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
    const time = ISO_8601.test(raw) && calendarDay ? Date.parse(raw) : NaN;
    return Number.isNaN(time)
        ? (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__/* .fail */ .f)('not an ISO 8601 date-time; use a form like 2027-03-01T12:00:00Z')
        : (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__.ok)(new Date(time).toISOString());
}
function parseReportPath(raw) {
    return /[\0\n]/.test(raw) ? (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__/* .fail */ .f)('must be a file path on one line') : (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__.ok)(raw);
}
/** Every input checked before any cluster call; every problem reported together. */
function parseVerifyEncryptionSpec(reader) {
    const namespaces = reader.optional('namespaces', raw => (0,_core_inputs_list_js__WEBPACK_IMPORTED_MODULE_4__/* .parseListOf */ .R)(raw, _allow_list_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNamespaceName */ .YH));
    const windowSeconds = reader.withDefault('window-seconds', parseWindowSeconds);
    const allow = reader.optional('allow-plaintext', _allow_list_js__WEBPACK_IMPORTED_MODULE_2__/* .parseAllowList */ .jR);
    const requireMeshed = reader.withDefault('require-meshed', _core_inputs_boolean_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .y);
    const minValidityDays = reader.withDefault('min-validity-days', wholeNumber(MAX_VALIDITY_DAYS, 'days the issuer certificate must stay valid'));
    const issuerExpiresAt = reader.optional('issuer-expires-at', parseTimestamp);
    const readIssuerSecret = reader.withDefault('read-issuer-secret', _core_inputs_boolean_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBoolean */ .y);
    if (issuerExpiresAt !== undefined && readIssuerSecret === true) {
        reader.warn(`'${reader.name('issuer-expires-at')}' is set, so '${reader.name('read-issuer-secret')}' is ignored: the issuer Secret is not read.`);
    }
    const reportFile = reader.withDefault('report-file', parseReportPath);
    const scrapeTimeoutMs = reader.withDefault('scrape-timeout', (raw) => {
        const parsed = (0,_core_inputs_duration_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(raw);
        if (parsed.ok && parsed.value > MAX_SCRAPE_TIMEOUT_MS) {
            return (0,_core_inputs_parsed_js__WEBPACK_IMPORTED_MODULE_3__/* .fail */ .f)('must be at most 5m; a proxy answers its metrics in well under a second');
        }
        return parsed;
    });
    return reader.finish(() => ({
        namespaces: namespaces !== undefined && namespaces.length > 0 ? [...new Set(namespaces)] : undefined,
        windowSeconds: windowSeconds ?? 0,
        allow: allow ?? [],
        requireMeshed: requireMeshed ?? true,
        minValidityDays: minValidityDays ?? 30,
        issuerExpiresAt,
        readIssuerSecret: issuerExpiresAt === undefined && readIssuerSecret === true,
        reportFile: reportFile ?? 'encryption-report.json',
        scrapeTimeoutMs: scrapeTimeoutMs ?? 10_000,
        inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
    }));
}


/***/ })

};
