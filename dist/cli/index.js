import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rz: () => (/* binding */ armScope),
/* harmony export */   fF: () => (/* binding */ knownCloud),
/* harmony export */   gL: () => (/* binding */ cloudForEndpoint)
/* harmony export */ });
const KNOWN = {
    AzureCloud: {
        name: 'AzureCloud',
        armEndpoint: 'https://management.azure.com',
        authorityHost: 'https://login.microsoftonline.com',
        tokenExchangeAudience: 'api://AzureADTokenExchange',
        isCustom: false,
    },
    AzureUSGovernment: {
        name: 'AzureUSGovernment',
        armEndpoint: 'https://management.usgovcloudapi.net',
        authorityHost: 'https://login.microsoftonline.us',
        tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov',
        isCustom: false,
    },
    AzureChinaCloud: {
        name: 'AzureChinaCloud',
        armEndpoint: 'https://management.chinacloudapi.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
        tokenExchangeAudience: 'api://AzureADTokenExchangeChina',
        isCustom: false,
    },
};
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function knownCloud(name) {
    return KNOWN[name];
}
/** Finds the known cloud whose ARM endpoint this is, or describes a custom one. */
function cloudForEndpoint(armEndpoint, authorityHost) {
    const arm = trimSlash(armEndpoint);
    const known = Object.values(KNOWN).find(c => c.armEndpoint.toLowerCase() === arm.toLowerCase());
    if (known && (authorityHost === undefined || trimSlash(authorityHost) === known.authorityHost)) {
        return known;
    }
    return {
        name: 'Custom',
        armEndpoint: arm,
        authorityHost: trimSlash(authorityHost ?? KNOWN.AzureCloud.authorityHost),
        tokenExchangeAudience: KNOWN.AzureCloud.tokenExchangeAudience,
        isCustom: true,
    };
}
/** The token scope for ARM in this cloud. Passed explicitly: the SDK defaults to public ARM. */
function armScope(cloud) {
    return `${cloud.armEndpoint}/.default`;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rb: () => (/* binding */ PreconditionError),
/* harmony export */   Uo: () => (/* binding */ OptInRequiredError),
/* harmony export */   ZQ: () => (/* binding */ AzureRequestError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   g7: () => (/* binding */ ConvergenceError),
/* harmony export */   zg: () => (/* binding */ StepError)
/* harmony export */ });
/* unused harmony export VerificationError */
/**
 * The error hierarchy. Messages follow one shape: what failed, for which resource, why,
 * and how to fix it. They never carry secrets or raw SDK dumps.
 */
class StepError extends Error {
}
class InputError extends StepError {
    kind = 'input';
    problems;
    constructor(step, problems) {
        super(InputError.format(step, problems));
        this.name = 'InputError';
        this.problems = problems;
    }
    static format(step, problems) {
        const lines = problems.map(p => {
            const shown = p.value === undefined ? '' : ` = '${p.value}'`;
            return `  - '${p.input}'${shown}: ${p.message}`;
        });
        const count = problems.length === 1 ? '1 input is invalid' : `${problems.length} inputs are invalid`;
        return `${step}: ${count}; nothing was changed.\n${lines.join('\n')}`;
    }
}
/** A precondition outside the inputs is not met (a tool missing, a cluster not private, ...). */
class PreconditionError extends StepError {
    kind = 'failure';
    constructor(message) {
        super(message);
        this.name = 'PreconditionError';
    }
}
/** An ARM request failed. Wraps the SDK's RestError without its raw dump. */
class AzureRequestError extends StepError {
    kind = 'failure';
    status;
    code;
    requestId;
    resourceId;
    constructor(message, details = {}) {
        super(message);
        this.name = 'AzureRequestError';
        this.status = details.status;
        this.code = details.code;
        this.requestId = details.requestId;
        this.resourceId = details.resourceId;
    }
}
/** The state still differs from the plan after apply. */
class ConvergenceError extends StepError {
    kind = 'failure';
    constructor(message) {
        super(message);
        this.name = 'ConvergenceError';
    }
}
class VerificationError extends StepError {
    kind = 'failure';
    findings;
    constructor(message, findings) {
        super(message);
        this.name = 'VerificationError';
        this.findings = findings;
    }
}
/** A risky change was planned without its opt-in input. Reported like an input problem. */
class OptInRequiredError extends StepError {
    kind = 'failure';
    constructor(message) {
        super(message);
        this.name = 'OptInRequiredError';
    }
}


/***/ }),

/***/ 6879:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ parseResourceGroupName),
/* harmony export */   mU: () => (/* binding */ parseSubscriptionId),
/* harmony export */   p$: () => (/* binding */ parseResourceName),
/* harmony export */   zS: () => (/* binding */ parseLocation)
/* harmony export */ });
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5772);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Parses a subscription ID (a GUID); the result is lower case. */
function parseSubscriptionId(raw) {
    if (GUID.test(raw))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(raw.toLowerCase());
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('not a subscription ID; use the subscription GUID, like 00000000-0000-0000-0000-000000000000, not its name');
}
const RESOURCE_GROUP_MAX_LENGTH = 90;
const RESOURCE_GROUP_ACCEPTED = "use 1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'";
/** Parses a resource group name: 1 to 90 letters, digits, `_-.()`, not ending in `.`. */
function parseResourceGroupName(raw) {
    if (raw.length > RESOURCE_GROUP_MAX_LENGTH) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`longer than ${RESOURCE_GROUP_MAX_LENGTH} characters; ${RESOURCE_GROUP_ACCEPTED}`);
    }
    if (!/^[\p{L}\p{Nd}_\-.()]+$/u.test(raw)) {
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a valid resource group name; ${RESOURCE_GROUP_ACCEPTED}`);
    }
    if (raw.endsWith('.'))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`ends in '.'; ${RESOURCE_GROUP_ACCEPTED}`);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(raw);
}
/** Parses an Azure region, normalising the display name: `East US 2` becomes `eastus2`. */
function parseLocation(raw) {
    const location = raw.toLowerCase().replace(/\s+/g, '');
    if (/^[a-z0-9]+$/.test(location))
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(location);
    return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)('not an Azure region; use a region name like eastus2 or its display name East US 2');
}
const DEFAULT_NAME_PATTERN = {
    regex: /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9_])?$/,
    description: "letters, digits, '-', '.' or '_', starting with a letter or digit and ending with a letter, digit or '_'",
};
/**
 * A parser for the name of an Azure resource of `kind` (`subnet`, `route table`). By default
 * 1 to 80 letters, digits, `-._`, starting with a letter or digit and ending with a letter,
 * digit or `_`; `rule` narrows the length or replaces the character rule.
 */
function parseResourceName(kind, rule = {}) {
    const minLength = rule.minLength ?? 1;
    const maxLength = rule.maxLength ?? 80;
    const pattern = rule.pattern ?? DEFAULT_NAME_PATTERN;
    const accepted = `use ${minLength} to ${maxLength} characters: ${pattern.description}`;
    return raw => {
        if (raw.length > maxLength)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`longer than ${maxLength} characters; ${accepted}`);
        if (raw.length < minLength)
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`shorter than ${minLength} characters; ${accepted}`);
        if (!pattern.regex.test(raw))
            return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .f)(`not a valid ${kind} name; ${accepted}`);
        return (0,_parsed_js__WEBPACK_IMPORTED_MODULE_0__.ok)(raw);
    };
}


/***/ }),

/***/ 5772:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ fail),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
function ok(value) {
    return { ok: true, value };
}
function fail(message) {
    return { ok: false, message };
}


/***/ }),

/***/ 4491:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RQ: () => (/* binding */ parseResourceId),
/* harmony export */   bM: () => (/* binding */ formatResourceId)
/* harmony export */ });
/* unused harmony export resourceIdEquals */
/* harmony import */ var _azure_names_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6879);
/* harmony import */ var _parsed_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5772);


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

/***/ 4620:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ displayOrder),
/* harmony export */   Fu: () => (/* binding */ applyOrder),
/* harmony export */   Lu: () => (/* binding */ hasWrites),
/* harmony export */   Q$: () => (/* binding */ blockedChanges),
/* harmony export */   X5: () => (/* binding */ isNoop),
/* harmony export */   Xg: () => (/* binding */ changeSubject)
/* harmony export */ });
/* unused harmony exports RISK_FLAGS, KNOWN_AFTER_APPLY_PREFIX, knownAfterApply, isKnownAfterApply */
/**
 * The plan model: a list of changes, each with a target, an action, the exact body or manifest,
 * a reason and risk flags. Computing a plan is pure; rendering lives in render.ts.
 */
const RISK_FLAGS = (/* unused pure expression or super */ null && ([
    'widens-egress',
    'public-exposure',
    'replaces-resource',
]));
const KNOWN_AFTER_APPLY_PREFIX = '<known after apply: ';
/** The placeholder for a value only known once apply has run (offline plans). */
function knownAfterApply(what) {
    return `${KNOWN_AFTER_APPLY_PREFIX}${what}>`;
}
function isKnownAfterApply(value) {
    return value.startsWith(KNOWN_AFTER_APPLY_PREFIX);
}
function isNoop(change) {
    return change.action === 'noop';
}
function hasWrites(plan) {
    return plan.changes.some(c => !isNoop(c));
}
/** A short, stable label for a change's target, for logs and tables. */
function changeSubject(change) {
    switch (change.target) {
        case 'arm':
            return change.resourceId;
        case 'helm':
            return `helm release ${change.namespace}/${change.release} (${change.chart} ${change.version})`;
        case 'kubernetes': {
            const meta = change.manifest['metadata'];
            const ns = meta?.namespace ? `${meta.namespace}/` : '';
            return `${String(change.manifest['kind'])} ${ns}${meta?.name ?? '?'}`;
        }
    }
}
function rankFor(order) {
    return change => {
        const index = order.indexOf(change.action);
        return index === -1 ? order.length : index;
    };
}
function stableSort(changes, rank) {
    return changes
        .map((change, index) => ({ change, index }))
        .sort((a, b) => rank(a.change) - rank(b.change) || a.index - b.index)
        .map(entry => entry.change);
}
/** Display order: deletions first, then creates, then updates (cdk's order), no-ops last. */
function displayOrder(changes) {
    return stableSort(changes, rankFor(['delete', 'create', 'install', 'apply', 'update', 'upgrade']));
}
/**
 * Apply order: make before break. Creates, then updates, then deletions; no-ops are dropped.
 * Within one action the planner's order (its dependency order) is kept.
 */
function applyOrder(changes) {
    return stableSort(changes.filter(c => !isNoop(c)), rankFor(['create', 'install', 'apply', 'update', 'upgrade', 'delete']));
}
/** Changes carrying a flag that the user has not opted into. */
function blockedChanges(plan, allowed) {
    return plan.changes
        .filter(c => !isNoop(c))
        .map(change => ({ change, flags: change.flags.filter(f => !allowed.has(f)) }))
        .filter(entry => entry.flags.length > 0);
}


/***/ }),

/***/ 1595:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ renderPlanText),
/* harmony export */   d$: () => (/* binding */ renderPlanMarkdown),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME),
/* harmony export */   uC: () => (/* binding */ renderPlanJson)
/* harmony export */ });
/* unused harmony exports PLAN_SCHEMA_VERSION, planFileObject, countActions */
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4620);

const TOOL_NAME = 'aks-secure-networking';
const PLAN_SCHEMA_VERSION = 1;
/** Recursively sorts object keys so the same plan always serialises to the same bytes. */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
    }
    return value;
}
/** A change with its keys in the documented order; bodies and manifests in canonical order. */
function changeRecord(change) {
    switch (change.target) {
        case 'arm':
            return {
                target: change.target,
                action: change.action,
                resourceId: change.resourceId,
                apiVersion: change.apiVersion,
                ...(change.body === undefined ? {} : { body: canonical(change.body) }),
                reason: change.reason,
                flags: [...change.flags],
            };
        case 'helm':
            return {
                target: change.target,
                action: change.action,
                release: change.release,
                namespace: change.namespace,
                chart: change.chart,
                repo: change.repo,
                version: change.version,
                values: canonical(change.values),
                reason: change.reason,
                flags: [...change.flags],
            };
        case 'kubernetes':
            return {
                target: change.target,
                action: change.action,
                manifest: canonical(change.manifest),
                reason: change.reason,
                flags: [...change.flags],
            };
    }
}
/** The plan file (DESIGN.md section 3): a contract read by reviewers and other tools. */
function planFileObject(plan, context) {
    return {
        schemaVersion: PLAN_SCHEMA_VERSION,
        tool: TOOL_NAME,
        step: plan.step,
        mode: context.mode,
        offline: context.offline,
        changes: plan.changes.map(changeRecord),
        outputs: canonical(plan.outputs),
    };
}
function renderPlanJson(plan, context) {
    return `${JSON.stringify(planFileObject(plan, context), null, 2)}\n`;
}
const ACTION_MARK = {
    create: '+ create',
    install: '+ install',
    apply: '~ apply',
    update: '~ update',
    upgrade: '~ upgrade',
    delete: '- delete',
    noop: '  no change',
};
function escapeCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
function countActions(plan) {
    const noops = plan.changes.filter(_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .isNoop */ .X5).length;
    return { writes: plan.changes.length - noops, noops };
}
/** The plan as Markdown: job summary, ADO summary attachment and CLI output. */
function renderPlanMarkdown(plan, context) {
    const { writes, noops } = countActions(plan);
    const where = context.offline ? 'offline plan' : context.mode === 'plan' ? 'plan' : 'apply';
    const lines = [
        `### ${plan.step}: ${where}`,
        '',
        writes === 0
            ? `No changes: ${noops} resource(s) already as desired.`
            : `${writes} change(s), ${noops} unchanged.`,
        '',
        '| action | target | reason | flags |',
        '| --- | --- | --- | --- |',
        ...(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .displayOrder */ .FX)(plan.changes).map(c => `| ${ACTION_MARK[c.action]} | \`${escapeCell((0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSubject */ .Xg)(c))}\` | ${escapeCell(c.reason)} | ${c.flags.join(', ')} |`),
    ];
    const outputs = Object.entries(plan.outputs);
    if (outputs.length > 0) {
        lines.push('', '| output | value |', '| --- | --- |');
        for (const [name, value] of outputs)
            lines.push(`| ${name} | \`${escapeCell(value)}\` |`);
    }
    return `${lines.join('\n')}\n`;
}
/** One line per change for the log. */
function renderPlanText(plan) {
    return (0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .displayOrder */ .FX)(plan.changes).map(c => {
        const flags = c.flags.length > 0 ? ` [${c.flags.join(', ')}]` : '';
        return `${ACTION_MARK[c.action].padEnd(11)} ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .changeSubject */ .Xg)(c)}: ${c.reason}${flags}`;
    });
}


/***/ }),

/***/ 3546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _hosts_cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(917);

process.exitCode = await (0,_hosts_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .ak)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 917:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ak: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: EXIT_FAILED, EXIT_OK, EXIT_USAGE

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/core/manifest.ts
/**
 * The step manifest: one declaration per input and output, the single source of truth for
 * action.yml, task.json, the README tables and the names used in error messages.
 */
const ALL_HOSTS = ['github', 'azure-pipelines', 'cli'];
function camelCase(kebab) {
    return kebab.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());
}
function adoInputName(decl) {
    return decl.adoName ?? camelCase(decl.id);
}
/** `cluster-subnet-id` → `Cluster subnet ID`. */
function inputLabel(decl) {
    if (decl.label)
        return decl.label;
    const words = decl.id.split('-').map(w => (['id', 'ip', 'arm'].includes(w) ? w.toUpperCase() : w));
    const [first = '', ...rest] = words;
    return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}
function adoOutputName(decl) {
    return decl.adoName ?? camelCase(decl.id);
}
function inputName(decl, host) {
    return host === 'azure-pipelines' ? adoInputName(decl) : decl.id;
}
function outputName(decl, host) {
    return host === 'azure-pipelines' ? adoOutputName(decl) : decl.id;
}
function inputOnHost(decl, host) {
    return (decl.hosts ?? ALL_HOSTS).includes(host);
}
function inputDefault(decl, host) {
    return decl.hostDefaults?.[host] ?? decl.default;
}
function inputRequired(decl, host) {
    return decl.hostRequired?.[host] ?? decl.required;
}
function findInput(manifest, id) {
    const decl = manifest.inputs.find(i => i.id === id);
    if (!decl)
        throw new Error(`${manifest.name}: the manifest declares no input '${id}'`);
    return decl;
}
function findOutput(manifest, id) {
    const decl = manifest.outputs.find(o => o.id === id);
    if (!decl)
        throw new Error(`${manifest.name}: the manifest declares no output '${id}'`);
    return decl;
}

// EXTERNAL MODULE: ./src/core/plan.ts
var core_plan = __nccwpck_require__(4620);
;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/apply.ts

/** Applies the plan's ARM changes in make-before-break order, one after the other. */
async function applyConfigureFirewallEgress(ctx, plan) {
    for (const change of (0,core_plan/* applyOrder */.Fu)(plan.changes)) {
        if (change.target !== 'arm' || change.body === undefined) {
            throw new Error(`configure-firewall-egress: cannot apply ${change.action} of ${(0,core_plan/* changeSubject */.Xg)(change)}`);
        }
        ctx.log.info(`${change.action} ${change.resourceId}: ${change.reason}`);
        if (/\/subnets\/[^/]+$/i.test(change.resourceId)) {
            await ctx.arm.putSubnet(change.resourceId, change.body);
        }
        else {
            await ctx.arm.putRouteTable(change.resourceId, change.body);
        }
    }
}

// EXTERNAL MODULE: ./src/core/inputs/parsed.ts
var parsed = __nccwpck_require__(5772);
;// CONCATENATED MODULE: ./src/core/inputs/boolean.ts

const TRUE_SPELLINGS = ['true', 'True', 'TRUE'];
const FALSE_SPELLINGS = ['false', 'False', 'FALSE'];
/** The YAML 1.2 core-schema spellings, the rule @actions/toolkit applies to boolean inputs. */
const BOOLEAN_SPELLINGS = [...TRUE_SPELLINGS, ...FALSE_SPELLINGS];
function parseBoolean(raw) {
    if (TRUE_SPELLINGS.includes(raw))
        return (0,parsed.ok)(true);
    if (FALSE_SPELLINGS.includes(raw))
        return (0,parsed.ok)(false);
    return (0,parsed/* fail */.f)(`not a boolean; use one of: ${BOOLEAN_SPELLINGS.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/core/inputs/choice.ts

/**
 * A parser for a string-literal union. Matching ignores case; the result is the canonical
 * spelling from `allowed`.
 */
function parseChoice(allowed) {
    return raw => {
        const wanted = raw.toLowerCase();
        const match = allowed.find(choice => choice.toLowerCase() === wanted);
        if (match !== undefined)
            return (0,parsed.ok)(match);
        return (0,parsed/* fail */.f)(`not an accepted value; use one of: ${allowed.join(', ')}`);
    };
}

// EXTERNAL MODULE: ./src/core/inputs/azure-names.ts
var azure_names = __nccwpck_require__(6879);
;// CONCATENATED MODULE: ./src/core/common-inputs.ts




/** Clouds the steps know by name; a custom ARM endpoint covers the rest. */
const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
const MODES = ['apply', 'plan'];
/**
 * Inputs every step has. Azure connection inputs differ per host: GitHub takes OIDC ids and a
 * cloud name, Azure Pipelines an AzureRM service connection, the CLI the developer's login.
 */
const COMMON_INPUTS = [
    {
        id: 'azure-subscription',
        adoName: 'azureSubscription',
        label: 'Azure Resource Manager connection',
        hosts: ['azure-pipelines'],
        adoType: 'connectedService:AzureRM',
        adoAliases: ['connectedServiceNameARM'],
        required: false,
        description: 'Azure Resource Manager service connection (workload identity federation, service principal with secret or certificate, or managed identity). Not needed with `offline: true`.',
    },
    {
        id: 'subscription-id',
        required: true,
        hostRequired: { 'azure-pipelines': false },
        description: 'Azure subscription ID (a GUID) that holds the resources. On Azure Pipelines it defaults to the service connection’s subscription.',
    },
    {
        id: 'client-id',
        hosts: ['github'],
        required: false,
        description: 'Client ID of the Entra application or user-assigned identity to sign in with through GitHub OIDC (needs `permissions: id-token: write`). Without it the step uses the Azure CLI login of an earlier `azure/login` step.',
    },
    {
        id: 'tenant-id',
        hosts: ['github'],
        required: false,
        description: 'Entra tenant ID for GitHub OIDC sign-in; required with `client-id`.',
    },
    {
        id: 'environment',
        hosts: ['github', 'cli'],
        required: false,
        default: 'AzureCloud',
        options: CLOUD_NAMES,
        description: 'Azure cloud: AzureCloud, AzureUSGovernment or AzureChinaCloud. For another cloud set `arm-endpoint` and `authority-host`.',
    },
    {
        id: 'arm-endpoint',
        hosts: ['github', 'cli'],
        required: false,
        description: 'Custom Azure Resource Manager endpoint URL (Azure Stack Hub or another private cloud). Overrides `environment`.',
    },
    {
        id: 'authority-host',
        hosts: ['github', 'cli'],
        required: false,
        description: 'Entra authority host URL for a custom cloud; used with `arm-endpoint`.',
    },
    {
        id: 'audience',
        hosts: ['github'],
        required: false,
        description: 'Audience of the GitHub OIDC token; defaults to the cloud’s token-exchange audience (api://AzureADTokenExchange, …USGov, …China).',
    },
    {
        id: 'mode',
        required: false,
        default: 'apply',
        hostDefaults: { cli: 'plan' },
        options: MODES,
        adoType: 'pickList',
        description: '`apply` makes the changes; `plan` reads Azure and the cluster and writes nothing. Default `apply` (the CLI defaults to `plan`).',
    },
    {
        id: 'offline',
        required: false,
        default: 'false',
        adoType: 'boolean',
        description: 'Plan without credentials or any network call: everything is planned as a create and values known only after apply are shown as `<known after apply: …>`. Implies `mode: plan`.',
    },
    {
        id: 'plan-file',
        required: false,
        description: 'Path of the JSON plan file to write (schemaVersion 1). Written on every run when set.',
    },
];
const parseMode = parseChoice(MODES);
function parsePath(raw) {
    return (0,parsed.ok)(raw);
}
/** Reads the inputs every step shares. Records problems on the reader. */
function readCommonInputs(reader) {
    const offline = reader.optional('offline', parseBoolean) ?? false;
    const requestedMode = reader.optional('mode', parseMode) ?? 'apply';
    const subscriptionId = reader.host === 'azure-pipelines'
        ? reader.optional('subscription-id', azure_names/* parseSubscriptionId */.mU)
        : reader.required('subscription-id', azure_names/* parseSubscriptionId */.mU);
    return {
        mode: offline ? 'plan' : requestedMode,
        offline,
        planFile: reader.optional('plan-file', parsePath),
        subscriptionId,
    };
}

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/manifest.ts

const DEFAULT_ROUTE_TABLE_NAME = 'rt-aks-egress';
const configureFirewallEgressManifest = {
    name: 'configure-firewall-egress',
    taskName: 'ConfigureFirewallEgress',
    taskIds: {
        prod: '488e1813-8013-4f12-a6af-9a3e0dc1a900',
        test: 'cea175e2-9dd6-4054-ad86-62880e732dbe',
    },
    friendlyName: 'AKS: configure firewall egress',
    summary: 'Route the AKS cluster subnet’s outbound traffic through Azure Firewall with a route table.',
    description: 'Routes the AKS cluster subnet’s outbound traffic through Azure Firewall (or another virtual appliance) with a route table, keeping every other property of the subnet.',
    inputs: [
        ...COMMON_INPUTS,
        {
            id: 'resource-group',
            required: true,
            description: 'Resource group of the route table the step creates or updates.',
        },
        {
            id: 'cluster-subnet-id',
            required: true,
            description: 'Resource ID of the AKS node subnet (`/subscriptions/…/virtualNetworks/<vnet>/subnets/<subnet>`). Any subscription.',
        },
        {
            id: 'next-hop-ip',
            required: true,
            description: 'Private IPv4 address of the firewall (or network virtual appliance) that the default route `0.0.0.0/0` points at.',
        },
        {
            id: 'route-table-name',
            required: false,
            default: DEFAULT_ROUTE_TABLE_NAME,
            description: 'Name of the route table to create or update in `resource-group`.',
        },
        {
            id: 'location',
            required: false,
            description: 'Azure region of the route table (`eastus2`, `East US 2`). Defaults to the virtual network’s region; required with `offline`.',
        },
        {
            id: 'allow-route-table-replacement',
            required: false,
            default: 'false',
            adoType: 'boolean',
            description: 'Opt-in for the `replaces-resource` change: when the cluster subnet already uses another route table, replace that association with the step’s table. Without it such a plan is not applied.',
        },
    ],
    outputs: [
        {
            id: 'route-table-id',
            description: 'Resource ID of the route table associated with the cluster subnet.',
        },
        { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
    ],
};

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/observe.ts

async function observeConfigureFirewallEgress(ctx, spec) {
    const vnetId = spec.clusterSubnet.parent?.id;
    const [vnet, subnet, routeTable] = await Promise.all([
        vnetId === undefined ? Promise.resolve(undefined) : ctx.arm.getVirtualNetwork(vnetId),
        ctx.arm.getSubnet(spec.clusterSubnet.id),
        ctx.arm.getRouteTable(spec.routeTableId),
    ]);
    if (subnet === undefined) {
        throw new errors/* PreconditionError */.Rb(`configure-firewall-egress: the cluster subnet '${spec.clusterSubnet.id}' does not exist or is not visible to this identity. Check 'cluster-subnet-id' and that the identity has Reader on the virtual network.`);
    }
    const location = vnet?.['location'];
    return {
        vnetLocation: typeof location === 'string' ? location : undefined,
        subnet,
        routeTable,
    };
}
function offlineConfigureFirewallEgressState() {
    return { vnetLocation: undefined, subnet: undefined, routeTable: undefined };
}

;// CONCATENATED MODULE: ./src/core/network.ts
/**
 * The domain-shaped ARM port for Microsoft.Network, in ARM's wire format (the JSON ARM sends
 * and receives, with `properties`). Plans carry these bodies unchanged, so what a plan shows is
 * what ARM receives. The Azure adapter implements it over @azure/arm-network.
 */
/** The api-version every Microsoft.Network call uses (the SDK's, and the specs in shared/). */
const NETWORK_API_VERSION = '2026-01-01';
/** The tag that marks what this project created; nothing without it is ever deleted. */
const MANAGED_BY_TAG = 'managed-by';
const MANAGED_BY_VALUE = 'aks-secure-networking';
/** The subnet properties a client may write (ARM's spec; the others are read-only). */
const SUBNET_WRITABLE_PROPERTIES = [
    'addressPrefix',
    'addressPrefixes',
    'networkSecurityGroup',
    'routeTable',
    'natGateway',
    'serviceEndpoints',
    'serviceEndpointPolicies',
    'ipAllocations',
    'delegations',
    'privateEndpointNetworkPolicies',
    'privateLinkServiceNetworkPolicies',
    'applicationGatewayIPConfigurations',
    'sharingScope',
    'defaultOutboundAccess',
    'ipamPoolPrefixAllocations',
    'serviceGateway',
];
function propertiesOf(body) {
    const props = body?.['properties'];
    return props !== null && typeof props === 'object' ? props : {};
}
function tagsOf(body) {
    const tags = body?.['tags'];
    return tags !== null && typeof tags === 'object' ? tags : {};
}
function isManagedByUs(body) {
    return tagsOf(body)[MANAGED_BY_TAG] === MANAGED_BY_VALUE;
}
/** A reference's `id`, as ARM returns it (`{ id: ... }`), if any. */
function referenceId(value) {
    if (value !== null && typeof value === 'object') {
        const id = value['id'];
        return typeof id === 'string' ? id : undefined;
    }
    return undefined;
}
/**
 * The PUT body that rewrites a subnet with changed properties and every other writable
 * property exactly as read. Read-only properties are left out, as the SDK leaves them out.
 */
function subnetPutBody(observed, changes) {
    const current = propertiesOf(observed);
    const kept = Object.fromEntries(SUBNET_WRITABLE_PROPERTIES.filter(key => current[key] !== undefined).map(key => [
        key,
        current[key],
    ]));
    return {
        ...(typeof observed['id'] === 'string' ? { id: observed['id'] } : {}),
        ...(typeof observed['name'] === 'string' ? { name: observed['name'] } : {}),
        properties: { ...kept, ...changes },
    };
}

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/route-table.ts

/** The route this step owns in its route table. */
const DEFAULT_ROUTE_NAME = 'default-via-firewall';
const DEFAULT_PREFIX = '0.0.0.0/0';
function desiredDefaultRoute(nextHopIp) {
    return {
        name: DEFAULT_ROUTE_NAME,
        properties: {
            addressPrefix: DEFAULT_PREFIX,
            nextHopType: 'VirtualAppliance',
            nextHopIpAddress: nextHopIp,
        },
    };
}
/** Routes as read, reduced to their writable wire form. */
function routesOf(routeTable) {
    const routes = propertiesOf(routeTable)['routes'];
    if (!Array.isArray(routes))
        return [];
    return routes.map((route) => {
        const props = propertiesOf(route);
        const hop = props['nextHopIpAddress'];
        return {
            name: String(route['name']),
            properties: {
                addressPrefix: String(props['addressPrefix']),
                nextHopType: String(props['nextHopType']),
                ...(typeof hop === 'string' && hop !== '' ? { nextHopIpAddress: hop } : {}),
            },
        };
    });
}
function sameRoute(a, b) {
    return (a.name === b.name &&
        a.properties.addressPrefix === b.properties.addressPrefix &&
        a.properties.nextHopType.toLowerCase() === b.properties.nextHopType.toLowerCase() &&
        (a.properties.nextHopIpAddress ?? '') === (b.properties.nextHopIpAddress ?? ''));
}
/** The PUT body for the route table: the step's route in place, the table's other routes kept. */
function routeTableBody(location, existing, route) {
    const others = routesOf(existing).filter(r => r.name !== route.name);
    const current = propertiesOf(existing);
    const bgp = current['disableBgpRoutePropagation'];
    return {
        location,
        tags: { ...tagsOf(existing), [MANAGED_BY_TAG]: MANAGED_BY_VALUE },
        properties: {
            ...(typeof bgp === 'boolean' ? { disableBgpRoutePropagation: bgp } : {}),
            routes: [...others, route],
        },
    };
}

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/plan.ts




const STEP = configureFirewallEgressManifest.name;
function idsEqual(a, b) {
    return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
function planRouteTable(spec, state) {
    const route = desiredDefaultRoute(spec.nextHopIp);
    const existing = state.routeTable;
    const location = spec.location ?? state.vnetLocation;
    if (location === undefined) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: the region of the cluster's virtual network could not be read. Set 'location'.`);
    }
    const base = {
        target: 'arm',
        resourceId: spec.routeTableId,
        apiVersion: NETWORK_API_VERSION,
    };
    if (existing === undefined) {
        return {
            ...base,
            action: 'create',
            body: routeTableBody(location, undefined, route),
            reason: `route the cluster subnet's outbound traffic (${DEFAULT_PREFIX}) to the firewall at ${spec.nextHopIp}`,
            flags: [],
        };
    }
    const conflicting = routesOf(existing).find(r => r.name !== route.name && r.properties.addressPrefix === DEFAULT_PREFIX);
    if (conflicting) {
        throw new errors/* PreconditionError */.Rb(`${STEP}: route table '${spec.routeTableId}' already has route '${conflicting.name}' for ${DEFAULT_PREFIX} (next hop ${conflicting.properties.nextHopType}). Remove it, or set 'route-table-name' to a table this step may own.`);
    }
    const current = routesOf(existing).find(r => r.name === route.name);
    if (current && sameRoute(current, route) && isManagedByUs(existing)) {
        return {
            ...base,
            action: 'noop',
            reason: `default route already points at ${spec.nextHopIp}`,
            flags: [],
        };
    }
    const existingLocation = existing['location'];
    return {
        ...base,
        action: 'update',
        body: routeTableBody(typeof existingLocation === 'string' ? existingLocation : location, existing, route),
        reason: current
            ? `default route points at ${current.properties.nextHopIpAddress ?? current.properties.nextHopType}; point it at ${spec.nextHopIp}`
            : `add the default route to the firewall at ${spec.nextHopIp}, keeping the table's other routes`,
        flags: [],
    };
}
function planSubnet(spec, state) {
    const base = {
        target: 'arm',
        resourceId: spec.clusterSubnet.id,
        apiVersion: NETWORK_API_VERSION,
    };
    const routeTable = { id: spec.routeTableId };
    if (state.subnet === undefined) {
        return {
            ...base,
            action: 'update',
            body: { name: spec.clusterSubnet.name, properties: { routeTable } },
            reason: 'associate the route table with the cluster subnet; the subnet’s other properties are read at apply and kept as they are',
            flags: [],
        };
    }
    const currentId = referenceId(propertiesOf(state.subnet)['routeTable']);
    if (idsEqual(currentId, spec.routeTableId)) {
        return {
            ...base,
            action: 'noop',
            reason: 'the cluster subnet already uses the route table',
            flags: [],
        };
    }
    return {
        ...base,
        action: 'update',
        body: subnetPutBody(state.subnet, { routeTable }),
        reason: currentId === undefined
            ? 'associate the route table with the cluster subnet, keeping every other property'
            : `replace the subnet's route table '${currentId}' with the step's, keeping every other property`,
        flags: currentId === undefined ? [] : ['replaces-resource'],
    };
}
/** Pure: the route table first (the subnet refers to it), then the subnet association. */
function planConfigureFirewallEgress(spec, state) {
    return {
        step: STEP,
        changes: [planRouteTable(spec, state), planSubnet(spec, state)],
        outputs: { 'route-table-id': spec.routeTableId },
    };
}

;// CONCATENATED MODULE: ./src/core/inputs/ipv4.ts

const ACCEPTED = 'use four numbers from 0 to 255 separated by dots, like 10.0.0.1';
/**
 * Parses a dotted-quad IPv4 address. Octets with leading zeros (`010`) are rejected because
 * some tools read them as octal.
 */
function parseIpv4(raw) {
    if (raw.includes('/'))
        return (0,parsed/* fail */.f)(`a CIDR range, not a single address; ${ACCEPTED}`);
    const octets = raw.split('.');
    if (octets.length !== 4 || !octets.every(octet => /^[0-9]{1,3}$/.test(octet))) {
        return (0,parsed/* fail */.f)(`not an IPv4 address; ${ACCEPTED}`);
    }
    const leadingZero = octets.find(octet => octet.length > 1 && octet.startsWith('0'));
    if (leadingZero !== undefined) {
        return (0,parsed/* fail */.f)(`octet '${leadingZero}' has a leading zero, which some tools read as octal; ${ACCEPTED}`);
    }
    const tooLarge = octets.find(octet => Number(octet) > 255);
    if (tooLarge !== undefined)
        return (0,parsed/* fail */.f)(`octet '${tooLarge}' is above 255; ${ACCEPTED}`);
    return (0,parsed.ok)(raw);
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

// EXTERNAL MODULE: ./src/core/inputs/resource-id.ts
var resource_id = __nccwpck_require__(4491);
;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/spec.ts




const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets';
const parseRouteTableName = (0,azure_names/* parseResourceName */.p$)('route table', { maxLength: 80 });
function parseConfigureFirewallEgressSpec(reader, common) {
    const resourceGroup = reader.required('resource-group', azure_names/* parseResourceGroupName */.O4);
    const clusterSubnet = reader.required('cluster-subnet-id', (0,resource_id/* parseResourceId */.RQ)(SUBNET_TYPE));
    const nextHopIp = reader.required('next-hop-ip', parseIpv4);
    const routeTableName = reader.withDefault('route-table-name', parseRouteTableName);
    const location = reader.optional('location', azure_names/* parseLocation */.zS);
    const allowRouteTableReplacement = reader.withDefault('allow-route-table-replacement', parseBoolean) ?? false;
    if (common.offline && location === undefined && !reader.isSet('location')) {
        reader.problem('location', undefined, 'is required with offline: an offline plan cannot read the virtual network’s region. Give a region such as eastus2.');
    }
    const subscriptionId = common.subscriptionId ?? clusterSubnet?.subscriptionId;
    return reader.finish(() => {
        // finish() only builds when every required value parsed, so these are defined.
        const sub = subscriptionId;
        const rg = resourceGroup;
        const name = routeTableName;
        return {
            subscriptionId: sub,
            resourceGroup: rg,
            clusterSubnet: clusterSubnet,
            nextHopIp: nextHopIp,
            routeTableName: name,
            routeTableId: (0,resource_id/* formatResourceId */.bM)({
                subscriptionId: sub,
                resourceGroup: rg,
                provider: 'Microsoft.Network',
                types: ['routeTables'],
                names: [name],
            }),
            location,
            offline: common.offline,
            allowRouteTableReplacement,
        };
    });
}

;// CONCATENATED MODULE: ./src/steps/configure-firewall-egress/index.ts





const configureFirewallEgress = {
    manifest: configureFirewallEgressManifest,
    parseSpec: parseConfigureFirewallEgressSpec,
    azureTarget: spec => ({ subscriptionId: spec.subscriptionId }),
    observe: observeConfigureFirewallEgress,
    offlineState: offlineConfigureFirewallEgressState,
    plan: planConfigureFirewallEgress,
    allowedFlags: spec => new Set(spec.allowRouteTableReplacement ? ['replaces-resource'] : []),
    optInInput: flag => (flag === 'replaces-resource' ? 'allow-route-table-replacement' : undefined),
    apply: (ctx, _spec, plan) => applyConfigureFirewallEgress(ctx, plan),
    outputs: spec => ({ 'route-table-id': spec.routeTableId }),
};

;// CONCATENATED MODULE: ./src/steps/registry.ts

/** Every step this release ships, in pipeline order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const STEPS = [configureFirewallEgress];
/** All step names in pipeline order, including those a later release adds. */
const PIPELINE_ORDER = [
    'configure-firewall-egress',
    'provision-private-ingress',
    'install-mesh',
    'verify-encryption',
];

// EXTERNAL MODULE: ./src/azure/clouds.ts
var clouds = __nccwpck_require__(681);
;// CONCATENATED MODULE: ./src/hosts/cloud-inputs.ts




const parseCloudName = parseChoice(CLOUD_NAMES);
function parseHttpsUrl(raw) {
    try {
        const url = new URL(raw);
        if (url.protocol !== 'https:')
            return (0,parsed/* fail */.f)('must be an https:// URL, like https://management.local.azurestack.external');
        return (0,parsed.ok)(url.toString().replace(/\/+$/, ''));
    }
    catch {
        return (0,parsed/* fail */.f)('must be an absolute https:// URL, like https://management.local.azurestack.external');
    }
}
/** Reads the cloud from `environment`, or a custom one from `arm-endpoint`/`authority-host`. */
function readCloud(reader) {
    const name = reader.optional('environment', parseCloudName);
    const armEndpoint = reader.optional('arm-endpoint', parseHttpsUrl);
    const authorityHost = reader.optional('authority-host', parseHttpsUrl);
    if (armEndpoint !== undefined)
        return (0,clouds/* cloudForEndpoint */.gL)(armEndpoint, authorityHost);
    if (authorityHost !== undefined) {
        reader.problem('authority-host', authorityHost, `is only used with '${reader.name('arm-endpoint')}'; set both for a custom cloud, or neither.`);
    }
    return name === undefined ? undefined : (0,clouds/* knownCloud */.fF)(name);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/hosts/node-exec.ts

/** The Exec port over node:child_process: argv arrays, no shell, stdin piped. */
class NodeExec {
    run(tool, args, options = {}) {
        return new Promise(resolve => {
            const child = (0,external_node_child_process_.spawn)(tool, [...args], {
                cwd: options.cwd,
                env: options.env ? { ...process.env, ...options.env } : process.env,
                stdio: ['pipe', 'pipe', 'pipe'],
                shell: false,
            });
            const stdout = [];
            const stderr = [];
            child.stdout.on('data', (chunk) => stdout.push(chunk));
            child.stderr.on('data', (chunk) => stderr.push(chunk));
            child.on('error', (error) => {
                resolve({
                    exitCode: error.code === 'ENOENT' ? 127 : 126,
                    stdout: '',
                    stderr: error.message,
                });
            });
            child.on('close', code => {
                resolve({
                    exitCode: code ?? 1,
                    stdout: Buffer.concat(stdout).toString('utf8'),
                    stderr: Buffer.concat(stderr).toString('utf8'),
                });
            });
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.stdin ?? '');
        });
    }
}
const systemClock = {
    now: () => new Date(),
    sleep: (ms) => new Promise(resolve => setTimeout(resolve, ms)),
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./src/core/render.ts
var render = __nccwpck_require__(1595);
;// CONCATENATED MODULE: ./src/core/spec-reader.ts


/**
 * Reads a step's inputs once, at the edge, collecting every problem instead of stopping at the
 * first. Problems name the input in the host's own spelling and never echo secret values.
 */
class SpecReader {
    manifest;
    inputs;
    host;
    problems = [];
    constructor(manifest, inputs, host) {
        this.manifest = manifest;
        this.inputs = inputs;
        this.host = host;
    }
    /** The input's name as this host spells it. */
    name(id) {
        return inputName(findInput(this.manifest, id), this.host);
    }
    /** The raw, trimmed value, or the manifest default; undefined when neither is set. */
    raw(id) {
        const decl = this.declOnHost(id);
        if (!decl)
            return undefined;
        const value = this.inputs.get(id)?.trim();
        if (value !== undefined && value !== '')
            return value;
        return inputDefault(decl, this.host);
    }
    /** Whether the user set the input (a default does not count). */
    isSet(id) {
        const value = this.inputs.get(id)?.trim();
        return value !== undefined && value !== '';
    }
    optional(id, parse) {
        const value = this.raw(id);
        return value === undefined ? undefined : this.parse(id, value, parse);
    }
    required(id, parse, why) {
        const value = this.raw(id);
        if (value === undefined) {
            this.problem(id, undefined, why ?? 'is required and was not given.');
            return undefined;
        }
        return this.parse(id, value, parse);
    }
    /** For inputs with a manifest default: always yields a value unless the given one is invalid. */
    withDefault(id, parse) {
        const decl = findInput(this.manifest, id);
        if (inputDefault(decl, this.host) === undefined) {
            throw new Error(`${this.manifest.name}: input '${id}' has no default in the manifest`);
        }
        return this.optional(id, parse);
    }
    /** Records a problem found by a cross-input check. */
    problem(id, value, message) {
        const decl = findInput(this.manifest, id);
        this.problems.push({
            input: inputName(decl, this.host),
            value: decl.secret || value === undefined ? undefined : value,
            message,
        });
    }
    hasProblems() {
        return this.problems.length > 0;
    }
    /** Throws one InputError with every problem found, or returns the built spec. */
    finish(build) {
        if (this.problems.length > 0)
            throw new errors/* InputError */.dz(this.manifest.name, this.problems);
        return build();
    }
    parse(id, value, parse) {
        const result = parse(value);
        if (result.ok)
            return result.value;
        this.problem(id, value, result.message);
        return undefined;
    }
    declOnHost(id) {
        const decl = findInput(this.manifest, id);
        return inputOnHost(decl, this.host) ? decl : undefined;
    }
}

;// CONCATENATED MODULE: ./src/hosts/version.ts
/** The project's version, stamped from package.json by `npm run manifests`. */
const VERSION = '1.0.0';

;// CONCATENATED MODULE: ./src/hosts/run-step.ts









/** Masks every secret input before anything else runs. */
function maskSecretInputs(host, step) {
    for (const decl of step.manifest.inputs) {
        if (!decl.secret || !inputOnHost(decl, host.kind))
            continue;
        const value = host.inputs.get(decl.id);
        if (value)
            host.secrets.mask(value);
    }
}
function offlineArm(step) {
    const refuse = () => {
        throw new errors/* PreconditionError */.Rb(`${step}: an offline run makes no Azure calls (internal error).`);
    };
    return {
        getVirtualNetwork: refuse,
        getSubnet: refuse,
        getRouteTable: refuse,
        putRouteTable: refuse,
        putSubnet: refuse,
    };
}
function parseInputs(host, step) {
    const reader = new SpecReader(step.manifest, host.inputs, host.kind);
    const common = readCommonInputs(reader);
    const connection = host.readAzureConnection(reader, common);
    const subscriptionId = common.subscriptionId ?? connection?.subscriptionId;
    if (subscriptionId === undefined && !reader.hasProblems() && host.kind === 'azure-pipelines') {
        reader.problem('subscription-id', undefined, 'is required: the service connection names no subscription (or none is used offline). Give the subscription ID, a GUID.');
    }
    const spec = step.parseSpec(reader, { ...common, subscriptionId });
    if (common.offline && reader.isSet('mode') && reader.raw('mode') === 'apply') {
        host.log.warn(`${step.manifest.name}: '${reader.name('offline')}' is true, so '${reader.name('mode')}: apply' is ignored and nothing is changed.`);
    }
    return { spec, common, connection };
}
async function writePlanFile(host, path, content) {
    const full = (0,external_node_path_.resolve)(host.workingDirectory, path);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(full), { recursive: true });
    await (0,promises_.writeFile)(full, content, 'utf8');
    return full;
}
function optInMessage(host, step, blocked) {
    const lines = blocked.map(({ change, flags }) => {
        const inputs = flags.map(flag => {
            const id = step.optInInput(flag);
            return id
                ? `'${inputName(findInput(step.manifest, id), host.kind)}: true'`
                : `(no opt-in for ${flag})`;
        });
        return `  - ${(0,core_plan/* changeSubject */.Xg)(change)}: ${flags.join(', ')} (set ${inputs.join(' and ')})`;
    });
    return `${step.manifest.name}: the plan has changes that need an explicit opt-in; nothing was changed.\n${lines.join('\n')}`;
}
/**
 * The single place that drives a step and catches: parse → observe → plan → apply →
 * re-observe and verify → outputs and summary. Never calls process.exit.
 */
async function runStep(host, step) {
    const name = step.manifest.name;
    let plan;
    const outputs = {};
    try {
        maskSecretInputs(host, step);
        const { spec, common, connection } = parseInputs(host, step);
        await host.prepare?.();
        let arm = offlineArm(name);
        if (!common.offline) {
            const target = step.azureTarget(spec);
            if (target && connection) {
                host.checkAzurePreconditions?.(connection);
                const { connectNetwork } = await Promise.all(/* import() */[__nccwpck_require__.e(488), __nccwpck_require__.e(596)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9596));
                arm = connectNetwork({
                    step: name,
                    cloud: connection.cloud,
                    credential: connection.credential,
                    subscriptionId: target.subscriptionId,
                    log: host.log,
                    clock: host.clock,
                    version: VERSION,
                    ...(connection.trustedCaPem ? { trustedCaPem: connection.trustedCaPem } : {}),
                });
            }
        }
        const ctx = {
            log: host.log,
            outputs: host.outputs,
            summary: host.summary,
            secrets: host.secrets,
            exec: host.exec,
            clock: host.clock,
            arm,
            kube: undefined,
            mode: common.mode,
            offline: common.offline,
        };
        const planContext = { mode: common.mode, offline: common.offline };
        const state = common.offline
            ? step.offlineState(spec)
            : await host.log.group(`${name}: observe`, () => step.observe(ctx, spec));
        const planned = step.plan(spec, state);
        plan = planned;
        host.log.info(`${name}: plan (${common.offline ? 'offline' : common.mode})`);
        for (const line of (0,render/* renderPlanText */.$D)(planned))
            host.log.info(`  ${line}`);
        if (common.planFile !== undefined) {
            const path = await writePlanFile(host, common.planFile, (0,render/* renderPlanJson */.uC)(planned, planContext));
            host.log.info(`${name}: plan file written to ${path}`);
            outputs['plan-file'] = path;
        }
        let final = { ...planned.outputs };
        if (common.mode === 'apply') {
            const blocked = (0,core_plan/* blockedChanges */.Q$)(planned, step.allowedFlags(spec));
            if (blocked.length > 0)
                throw new errors/* OptInRequiredError */.Uo(optInMessage(host, step, blocked));
            if ((0,core_plan/* hasWrites */.Lu)(planned)) {
                await host.log.group(`${name}: apply`, () => step.apply(ctx, spec, planned));
                const after = await step.observe(ctx, spec);
                const remaining = step.plan(spec, after).changes.filter(c => c.action !== 'noop');
                if (remaining.length > 0) {
                    throw new errors/* ConvergenceError */.g7(`${name}: after apply, ${remaining.length} change(s) are still pending: ${remaining.map(core_plan/* changeSubject */.Xg).join(', ')}. Another writer may be changing these resources; run the step again to see the plan.`);
                }
                final = step.outputs(spec, after);
            }
            else {
                host.log.info(`${name}: nothing to change.`);
                final = step.outputs(spec, state);
            }
        }
        Object.assign(outputs, final);
        for (const [id, value] of Object.entries(outputs))
            host.outputs.set(id, value);
        await host.summary.write((0,render/* renderPlanMarkdown */.d$)({ ...planned, outputs }, planContext));
        host.succeed();
        return { status: 'succeeded', plan, outputs };
    }
    catch (error) {
        const isInput = error instanceof errors/* InputError */.dz;
        const message = error instanceof errors/* StepError */.zg
            ? error.message
            : `${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`;
        if (!isInput && error instanceof Error && error.stack)
            host.log.debug(error.stack);
        if (plan) {
            await host.summary
                .write(`${(0,render/* renderPlanMarkdown */.d$)(plan, { mode: 'plan', offline: false })}\n**Failed:** ${message}\n`)
                .catch(() => undefined);
        }
        host.fail(message, isInput ? 'input' : 'failure');
        return { status: isInput ? 'invalid' : 'failed', ...(plan ? { plan } : {}), outputs };
    }
}

;// CONCATENATED MODULE: ./src/hosts/cli/adapters.ts
/** Inputs from, highest first: flags and --set, the step's config section, shared config keys. */
class CliInputs {
    layers;
    constructor(layers) {
        this.layers = layers;
    }
    get(id) {
        for (const layer of this.layers) {
            const value = layer[id];
            if (value !== undefined)
                return value;
        }
        return undefined;
    }
}
/** Redacts registered secrets from everything the CLI prints. */
class CliSecrets {
    values = new Set();
    mask(value) {
        for (const line of value.split(/\r?\n/))
            if (line.trim().length >= 4)
                this.values.add(line.trim());
    }
    redact(text) {
        let out = text;
        for (const value of this.values)
            out = out.split(value).join('***');
        return out;
    }
}
/** Logs go to stderr so stdout carries only the Markdown plan and outputs. */
class CliLog {
    secrets;
    verbose;
    write;
    constructor(secrets, verbose, write = t => process.stderr.write(t)) {
        this.secrets = secrets;
        this.verbose = verbose;
        this.write = write;
    }
    debug(message) {
        if (this.verbose)
            this.write(`debug: ${this.secrets.redact(message)}\n`);
    }
    info(message) {
        this.write(`${this.secrets.redact(message)}\n`);
    }
    warn(message) {
        this.write(`warning: ${this.secrets.redact(message)}\n`);
    }
    error(message) {
        this.write(`error: ${this.secrets.redact(message)}\n`);
    }
    async group(title, fn) {
        this.info(title);
        return fn();
    }
}
class CliOutputs {
    values = {};
    set(id, value) {
        this.values[id] = value;
    }
}
class CliSummary {
    secrets;
    print;
    constructor(secrets, print = t => process.stdout.write(t)) {
        this.secrets = secrets;
        this.print = print;
    }
    write(markdown) {
        this.print(`${this.secrets.redact(markdown)}\n`);
        return Promise.resolve();
    }
}

;// CONCATENATED MODULE: ./src/hosts/cli/config.ts


class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function toInputString(key, value, file) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value) && value.every(v => typeof v === 'string' || typeof v === 'number')) {
        return value.join('\n');
    }
    if (value !== null && typeof value === 'object')
        return JSON.stringify(value);
    throw new UsageError(`${file}: '${key}' has no value; remove it or give one.`);
}
function section(raw, file, where) {
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, toInputString(`${where}${k}`, v, file)]));
}
/** Reads the YAML config: shared top-level inputs and a section per step. */
async function readConfig(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new UsageError(`cannot read config '${file}': ${error.message}`);
    }
    // Loaded only when a config is given, to keep the CLI's start-up small.
    const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    let doc;
    try {
        doc = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
    }
    catch (error) {
        throw new UsageError(`config '${file}' is not valid YAML: ${error.message}`);
    }
    if (doc === null || doc === undefined)
        return { shared: {}, steps: {} };
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        throw new UsageError(`config '${file}' must be a mapping of input names and step sections.`);
    }
    const shared = {};
    const steps = {};
    for (const [key, value] of Object.entries(doc)) {
        if (PIPELINE_ORDER.includes(key)) {
            if (value === null) {
                steps[key] = {};
            }
            else if (typeof value === 'object' && !Array.isArray(value)) {
                steps[key] = section(value, file, `${key}.`);
            }
            else {
                throw new UsageError(`config '${file}': the '${key}' section must be a mapping of inputs.`);
            }
        }
        else {
            shared[key] = value;
        }
    }
    return { shared: section(shared, file, ''), steps };
}

;// CONCATENATED MODULE: ./src/hosts/cli/main.ts











/** Exit codes: a contract for scripts and other tools. */
const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;
const USAGE = `Usage:
  aks-secure-networking <step> [--config FILE] [--set NAME=VALUE]... [--mode plan|apply]
                        [--offline] [--plan-file FILE] [--environment NAME] [--verbose]
  aks-secure-networking plan --config FILE [--offline] [--plan-dir DIR] [--verbose]
  aks-secure-networking --help | --version

Steps, in pipeline order: ${PIPELINE_ORDER.join(', ')}
Available in this release: ${STEPS.map(s => s.manifest.name).join(', ')}

The config is YAML: top-level keys are inputs shared by every step (subscription-id,
environment, ...); a section per step name holds that step's inputs. --set overrides both.
Input names are the GitHub (kebab-case) ones. The CLI signs in with DefaultAzureCredential
(environment variables, workload identity, managed identity, Azure CLI, ...).
Exit codes: 0 success, 1 the step failed, 2 invalid input or usage.
`;
const defaultIo = {
    stdout: t => process.stdout.write(t),
    stderr: t => process.stderr.write(t),
    cwd: process.cwd(),
};
function readCliConnection(reader, common) {
    const cloud = readCloud(reader) ?? (0,clouds/* knownCloud */.fF)('AzureCloud');
    return common.offline ? undefined : { cloud, credential: { kind: 'default' } };
}
function cliHost(manifest, layers, io, verbose) {
    const secrets = new CliSecrets();
    const log = new CliLog(secrets, verbose, io.stderr);
    const failures = [];
    const known = new Set(manifest.inputs.filter(i => inputOnHost(i, 'cli')).map(i => i.id));
    for (const layer of layers.slice(0, 2)) {
        for (const key of Object.keys(layer)) {
            if (!known.has(key))
                log.warn(`${manifest.name}: input '${key}' is not an input of this step and is ignored.`);
        }
    }
    const host = {
        kind: 'cli',
        inputs: new CliInputs(layers),
        log,
        outputs: new CliOutputs(),
        summary: new CliSummary(secrets, io.stdout),
        secrets,
        exec: new NodeExec(),
        clock: systemClock,
        readAzureConnection: readCliConnection,
        fail: message => {
            failures.push(message);
            log.error(message);
        },
        succeed: () => undefined,
        workingDirectory: io.cwd,
    };
    return { host, failures };
}
function exitCodeOf(status) {
    return status === 'succeeded' ? EXIT_OK : status === 'invalid' ? EXIT_USAGE : EXIT_FAILED;
}
function parseSets(values) {
    const sets = {};
    for (const item of values) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new UsageError(`--set takes NAME=VALUE; got '${item}'.`);
        sets[item.slice(0, eq).trim()] = item.slice(eq + 1);
    }
    return sets;
}
function findStep(name) {
    const step = STEPS.find(s => s.manifest.name === name);
    if (step)
        return step;
    if (PIPELINE_ORDER.includes(name)) {
        throw new UsageError(`step '${name}' is not available in this release (${VERSION}); available: ${STEPS.map(s => s.manifest.name).join(', ')}.`);
    }
    throw new UsageError(`unknown command '${name}'; expected 'plan' or a step: ${PIPELINE_ORDER.join(', ')}.`);
}
async function runOne(step, flags, config, io, verbose) {
    const layers = [flags, config.steps[step.manifest.name] ?? {}, config.shared];
    const { host } = cliHost(step.manifest, layers, io, verbose);
    const result = await runStep(host, step);
    return exitCodeOf(result.status);
}
/** Runs the CLI with argv (without node and the script); returns the exit code. */
async function runCli(argv, io = defaultIo) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                config: { type: 'string', short: 'c' },
                set: { type: 'string', multiple: true },
                mode: { type: 'string' },
                offline: { type: 'boolean' },
                'plan-file': { type: 'string' },
                'plan-dir': { type: 'string' },
                environment: { type: 'string' },
                verbose: { type: 'boolean', short: 'v' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
        if (values.help) {
            io.stdout(USAGE);
            return EXIT_OK;
        }
        if (values.version) {
            io.stdout(`${VERSION}\n`);
            return EXIT_OK;
        }
        const [command, ...rest] = positionals;
        if (command === undefined)
            throw new UsageError('no command given.');
        if (rest.length > 0)
            throw new UsageError(`unexpected argument '${rest[0] ?? ''}'.`);
        const config = values.config
            ? await readConfig((0,external_node_path_.resolve)(io.cwd, values.config))
            : { shared: {}, steps: {} };
        const flags = parseSets(values.set ?? []);
        if (values.mode !== undefined)
            flags['mode'] = values.mode;
        if (values.offline)
            flags['offline'] = 'true';
        if (values.environment !== undefined)
            flags['environment'] = values.environment;
        const verbose = values.verbose ?? false;
        if (command === 'plan') {
            if (!values.config)
                throw new UsageError('plan needs --config FILE.');
            if (values['plan-file'] !== undefined)
                throw new UsageError('plan writes one file per step: use --plan-dir DIR.');
            if (values.mode === 'apply')
                throw new UsageError('plan never applies; run a step with --mode apply instead.');
            const names = PIPELINE_ORDER.filter(name => name in config.steps);
            if (names.length === 0) {
                throw new UsageError(`config '${values.config}' has no step section; add one of: ${PIPELINE_ORDER.join(', ')}.`);
            }
            const steps = names.map(findStep);
            let exit = EXIT_OK;
            for (const step of steps) {
                const stepFlags = { ...flags, mode: 'plan' };
                if (values['plan-dir'] !== undefined) {
                    stepFlags['plan-file'] = (0,external_node_path_.join)(values['plan-dir'], `${step.manifest.name}.plan.json`);
                }
                exit = Math.max(exit, await runOne(step, stepFlags, config, io, verbose));
            }
            return exit;
        }
        if (values['plan-dir'] !== undefined)
            throw new UsageError('--plan-dir goes with the plan command; a step takes --plan-file FILE.');
        if (values['plan-file'] !== undefined)
            flags['plan-file'] = values['plan-file'];
        return await runOne(findStep(command), flags, config, io, verbose);
    }
    catch (error) {
        const code = error.code;
        if (error instanceof UsageError ||
            (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
            io.stderr(`aks-secure-networking: ${error.message}\n\n${USAGE}`);
            return EXIT_USAGE;
        }
        io.stderr(`aks-secure-networking: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
        return EXIT_FAILED;
    }
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 4547:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map