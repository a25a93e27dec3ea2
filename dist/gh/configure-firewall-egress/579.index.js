export const id = 579;
export const ids = [579];
export const modules = {

/***/ 57579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectNetwork: () => (/* binding */ connectNetwork)
});

// EXTERNAL MODULE: ./src/core/render.ts + 1 modules
var render = __webpack_require__(66085);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 182 modules
var esm = __webpack_require__(25563);
;// CONCATENATED MODULE: ./src/azure/credentials.ts

/** Builds the @azure/identity credential for a request, in the given cloud. */
function createCredential(request, cloud, trustedCaPem) {
    const tls = trustedCaPem ? { tlsOptions: { ca: trustedCaPem } } : {};
    const common = {
        authorityHost: cloud.authorityHost,
        disableInstanceDiscovery: cloud.isCustom,
        ...tls,
    };
    switch (request.kind) {
        case 'client-assertion':
            // The callback runs for every new assertion, so long runs never reuse an expired token.
            return new esm/* ClientAssertionCredential */.XI(request.tenantId, request.clientId, request.getAssertion, common);
        case 'azure-cli':
            return new esm/* AzureCliCredential */.nG(request.tenantId ? { tenantId: request.tenantId } : {});
        case 'azure-pipelines':
            return new esm/* AzurePipelinesCredential */.QW(request.tenantId, request.clientId, request.serviceConnectionId, request.systemAccessToken, common);
        case 'client-secret':
            return new esm/* ClientSecretCredential */.HC(request.tenantId, request.clientId, request.clientSecret, common);
        case 'client-certificate':
            return new esm/* ClientCertificateCredential */.m0(request.tenantId, request.clientId, { certificate: request.certificatePem }, common);
        case 'managed-identity':
            return request.clientId
                ? new esm/* ManagedIdentityCredential */.NC({ clientId: request.clientId, ...tls })
                : new esm/* ManagedIdentityCredential */.NC({ ...tls });
        case 'default':
            return new esm/* DefaultAzureCredential */.gv(common);
    }
}

// EXTERNAL MODULE: ./node_modules/@azure/arm-network/dist/esm/index.js + 342 modules
var dist_esm = __webpack_require__(86474);
// EXTERNAL MODULE: ./src/core/inputs/resource-id.ts
var resource_id = __webpack_require__(34491);
// EXTERNAL MODULE: ./src/core/network.ts
var network = __webpack_require__(13661);
// EXTERNAL MODULE: ./src/azure/clouds.ts
var clouds = __webpack_require__(20681);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/azure/errors.ts

/** Remediation lines for ARM error codes users meet; keyed by code. */
const REMEDIATION = {
    AuthorizationFailed: 'Grant the identity the role the README lists for this step (Network Contributor on the resource group and the virtual network).',
    LinkedAuthorizationFailed: 'The identity may write the resource but not join the referenced one: grant Network Contributor (or Microsoft.Network/*/join/action) on the referenced resource.',
    AuthenticationFailed: 'Check the service connection or OIDC settings; the token was rejected.',
    InvalidAuthenticationTokenTenant: 'The token comes from another tenant than the subscription: check the tenant of the sign-in (OIDC settings or service connection).',
    SubscriptionNotFound: 'Check the subscription ID and that the identity can see the subscription.',
    ResourceGroupNotFound: 'Create the resource group first, or check its name in the resource ID.',
    AnotherOperationInProgress: 'Another operation on the resource is still running. Retry after it finishes.',
    InUseSubnetCannotBeUpdated: 'The subnet is in use in a way ARM does not let change; see the message.',
    InvalidRequestContent: 'ARM rejected the request body; report this as a bug with the plan file.',
};
function isRestLike(error) {
    return error !== null && typeof error === 'object' && ('statusCode' in error || 'code' in error);
}
function statusOf(error) {
    return isRestLike(error) ? error.statusCode : undefined;
}
function codeOf(error) {
    return isRestLike(error) && typeof error.code === 'string' ? error.code : undefined;
}
/**
 * Turns an SDK error into an AzureRequestError: what failed, for which resource, why, and how
 * to fix it. ARM's own message is kept (it never carries secrets); raw dumps are not.
 */
function toAzureRequestError(step, verb, resourceId, error) {
    const status = statusOf(error);
    const code = codeOf(error);
    const requestId = isRestLike(error)
        ? (error.response?.headers?.get('x-ms-request-id') ?? undefined)
        : undefined;
    const armMessage = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const what = [status, code].filter(v => v !== undefined).join(' ');
    const remediation = code ? REMEDIATION[code] : undefined;
    const parts = [
        `${step}: could not ${verb} '${resourceId}'${what ? ` (${what})` : ''}: ${armMessage}`,
        remediation,
        requestId ? `ARM request id: ${requestId}.` : undefined,
    ].filter(p => p !== undefined);
    return new errors/* AzureRequestError */.ZQ(parts.join(' '), {
        status,
        code,
        requestId,
        resourceId,
        remediation,
    });
}
/** Failures worth another try after the SDK's own retries (429/5xx are retried by the SDK). */
function isRetryableConflict(error) {
    const code = codeOf(error);
    return code === 'AnotherOperationInProgress' || code === 'RetryableError';
}

;// CONCATENATED MODULE: ./src/azure/raw-arm.ts
/** The error shape errors.ts reads: an ARM status, code and message, and the request id. */
class ArmResponseError extends Error {
    statusCode;
    code;
    headers;
    constructor(message, statusCode, code, headers) {
        super(message);
        this.statusCode = statusCode;
        this.code = code;
        this.headers = headers;
        this.name = 'ArmResponseError';
    }
    get response() {
        return { headers: { get: name => this.headers[name.toLowerCase()] } };
    }
}
const TERMINAL_FAILURES = new Set(['failed', 'canceled', 'cancelled']);
function errorOf(response, fallback) {
    const error = response.body
        ?.error;
    const code = typeof error?.code === 'string' ? error.code : undefined;
    const message = typeof error?.message === 'string' ? error.message : fallback;
    return new ArmResponseError(message, Number(response.status), code, lowerCased(response.headers));
}
function lowerCased(headers) {
    return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
/**
 * A PUT of a wire body exactly as planned, through an Azure SDK client's pipeline (the same
 * credential, token scope, retries and trust), without the SDK's model: resources whose body is
 * the full resource as read (an Application Gateway that AGIC also writes, an AKS cluster) keep
 * every property, including ones the SDK does not know. Follows ARM's long-running operation
 * protocol (`Azure-AsyncOperation`, else `Location`) until the operation ends.
 */
async function putWireBody(client, id, apiVersion, body, ifMatch, options) {
    const response = (await client.pathUnchecked(`${id}?api-version=${apiVersion}`).put({
        body,
        contentType: 'application/json',
        headers: {
            accept: 'application/json',
            ...(ifMatch !== undefined ? { 'If-Match': ifMatch } : {}),
        },
    }));
    if (!['200', '201', '202'].includes(response.status)) {
        throw errorOf(response, `PUT answered ${response.status}`);
    }
    const headers = lowerCased(response.headers);
    const asyncOperation = headers['azure-asyncoperation'];
    const location = headers['location'];
    if (asyncOperation !== undefined) {
        await pollUntilDone(client, asyncOperation, headers, options, operationStatus);
    }
    else if (location !== undefined && response.status === '202') {
        await pollUntilDone(client, location, headers, options, locationStatus);
    }
}
/** An `Azure-AsyncOperation` URL: its body's `status` tells. */
function operationStatus(response) {
    if (response.status !== '200')
        throw errorOf(response, `operation status ${response.status}`);
    const reported = response.body?.status;
    const status = (typeof reported === 'string' ? reported : '').toLowerCase();
    if (status === 'succeeded')
        return 'done';
    if (TERMINAL_FAILURES.has(status))
        throw errorOf(response, `the operation ended ${status}`);
    return 'running';
}
/** A `Location` URL: 202 while running, 200 or 204 when done. */
function locationStatus(response) {
    if (response.status === '202')
        return 'running';
    if (response.status === '200' || response.status === '204')
        return 'done';
    throw errorOf(response, `operation result ${response.status}`);
}
function retryAfterMs(headers, fallback) {
    const seconds = Number(headers['retry-after']);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : fallback;
}
/** Polls `url` (waiting as ARM's Retry-After says) until `outcome` says the operation is done. */
async function pollUntilDone(client, url, initialHeaders, options, outcome) {
    const maxPolls = options.maxPolls ?? 720;
    let wait = retryAfterMs(initialHeaders, options.pollIntervalMs);
    for (let poll = 1; poll <= maxPolls; poll++) {
        await options.clock.sleep(wait);
        const response = (await client.pathUnchecked(url).get());
        if (outcome(response) === 'done')
            return;
        wait = retryAfterMs(lowerCased(response.headers), options.pollIntervalMs);
    }
    throw new Error(`the operation at ${url} did not finish within ${maxPolls} polls`);
}

;// CONCATENATED MODULE: ./src/azure/wire-model.ts
/**
 * ARM wire JSON → @azure/arm-network model. The SDK's models flatten every `properties` bag
 * into its owner (x-ms-client-flatten), at every depth, and its serialisers undo exactly that.
 * Flattening generically keeps every property the SDK knows, with no per-type mapping that
 * could silently drop one; component tests check that ARM receives the planned body.
 */
function toSdkModel(wire) {
    return flatten(wire);
}
function flatten(value) {
    if (Array.isArray(value))
        return value.map(flatten);
    if (value === null || typeof value !== 'object')
        return value;
    const { properties, ...rest } = value;
    const own = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, k === 'tags' ? v : flatten(v)]));
    if (properties !== null && typeof properties === 'object' && !Array.isArray(properties)) {
        return { ...own, ...flatten(properties) };
    }
    return properties === undefined ? own : { ...own, properties };
}

;// CONCATENATED MODULE: ./src/azure/network-adapter.ts







const at = (n, i) => n[i] ?? '';
const OPS = {
    virtualNetwork: {
        get: (c, rg, n, o) => c.virtualNetworks.get(rg, at(n, 0), o),
        put: (c, rg, n, m, o) => c.virtualNetworks.createOrUpdate(rg, at(n, 0), m, o),
    },
    subnet: {
        get: (c, rg, n, o) => c.subnets.get(rg, at(n, 0), at(n, 1), o),
        put: (c, rg, n, m, o) => c.subnets.createOrUpdate(rg, at(n, 0), at(n, 1), m, o),
    },
    routeTable: {
        get: (c, rg, n, o) => c.routeTables.get(rg, at(n, 0), o),
        put: (c, rg, n, m, o) => c.routeTables.createOrUpdate(rg, at(n, 0), m, o),
    },
    publicIpAddress: {
        get: (c, rg, n, o) => c.publicIPAddresses.get(rg, at(n, 0), o),
        put: (c, rg, n, m, o) => c.publicIPAddresses.createOrUpdate(rg, at(n, 0), m, o),
    },
    firewallPolicy: {
        get: (c, rg, n, o) => c.firewallPolicies.get(rg, at(n, 0), o),
        put: (c, rg, n, m, o) => c.firewallPolicies.createOrUpdate(rg, at(n, 0), m, o),
    },
    ruleCollectionGroup: {
        get: (c, rg, n, o) => c.firewallPolicyRuleCollectionGroups.get(rg, at(n, 0), at(n, 1), o),
        put: (c, rg, n, m, o) => c.firewallPolicyRuleCollectionGroups.createOrUpdate(rg, at(n, 0), at(n, 1), m, o),
    },
    azureFirewall: {
        get: (c, rg, n, o) => c.azureFirewalls.get(rg, at(n, 0), o),
        put: (c, rg, n, m, o) => c.azureFirewalls.createOrUpdate(rg, at(n, 0), m, o),
    },
    loadBalancer: {
        get: (c, rg, n, o) => c.loadBalancers.get(rg, at(n, 0), o),
        put: (c, rg, n, m, o) => c.loadBalancers.createOrUpdate(rg, at(n, 0), m, o),
    },
    privateLinkService: {
        get: (c, rg, n, o) => c.privateLinkServices.get(rg, at(n, 0), o),
        put: (c, rg, n, m, o) => c.privateLinkServices.createOrUpdate(rg, at(n, 0), m, o),
    },
    privateLinkServiceConnection: {
        get: (c, rg, n, o) => c.privateLinkServices.getPrivateEndpointConnection(rg, at(n, 0), at(n, 1), o),
        put: (c, rg, n, m) => c.privateLinkServices.updatePrivateEndpointConnection(rg, at(n, 0), at(n, 1), m),
    },
    privateEndpoint: {
        get: (c, rg, n, o) => c.privateEndpoints.get(rg, at(n, 0), o),
        put: (c, rg, n, m, o) => c.privateEndpoints.createOrUpdate(rg, at(n, 0), m, o),
    },
    applicationGateway: {
        get: (c, rg, n, o) => c.applicationGateways.get(rg, at(n, 0), o),
        put: (c, rg, n, m, o) => c.applicationGateways.createOrUpdate(rg, at(n, 0), m, o),
    },
    wafPolicy: {
        get: (c, rg, n, o) => c.webApplicationFirewallPolicies.get(rg, at(n, 0), o),
        put: (c, rg, n, m) => c.webApplicationFirewallPolicies.createOrUpdate(rg, at(n, 0), m),
    },
    applicationGatewayConnection: {
        get: (c, rg, n, o) => c.applicationGatewayPrivateEndpointConnections.get(rg, at(n, 0), at(n, 1), o),
        put: (c, rg, n, m, o) => c.applicationGatewayPrivateEndpointConnections.update(rg, at(n, 0), at(n, 1), m, o),
    },
    networkInterface: {
        get: (c, rg, n, o) => c.networkInterfaces.get(rg, at(n, 0), o),
        put: (c, rg, n, m, o) => c.networkInterfaces.createOrUpdate(rg, at(n, 0), m, o),
    },
};
function locate(id) {
    const parsed = (0,resource_id/* parseResourceId */.RQ)()(id);
    if (!parsed.ok)
        throw new Error(`not an ARM resource ID: ${id}`);
    return parsed.value;
}
/** The subscription of any ARM scope (a subscription, resource group or resource ID). */
function subscriptionOf(scope) {
    const match = /^\/subscriptions\/([^/]+)/i.exec(scope);
    if (!match?.[1])
        throw new Error(`not an ARM scope: ${scope}`);
    return match[1];
}
/** A response body as ARM sent it (an AutoRest SDK's `parsedBody` is its flattened model). */
function wireJson(text) {
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * A scope as @azure/arm-authorization takes it: it puts the value unencoded after the host's
 * `/`, so a scope's own leading `/` would double it.
 */
function scopeParameter(scope) {
    return scope.replace(/^\/+/, '');
}
/**
 * Microsoft.Network through @azure/arm-network's typed operations. Bodies stay in ARM's wire
 * format on both sides of this port: reads return the JSON ARM sent (captured from the raw
 * response), and writes turn the planned wire body into the SDK model, which the SDK
 * serialises back to the same JSON. Writes wait for the long-running operation, retry a
 * bounded number of times on 409 AnotherOperationInProgress (the SDK itself retries 429 with
 * Retry-After and 5xx), and return the resource as read after the write. Two writes skip the
 * SDK model: an Application Gateway (AGIC writes most of it) and an AKS cluster are PUT as the
 * planned wire body through the same SDK pipeline, so nothing read is lost on the way back,
 * with `If-Match` when the plan carries the ETag it was made from. Role assignments go through
 * @azure/arm-authorization, AKS reads through @azure/arm-containerservice.
 */
function createNetworkAdapter(options) {
    // The same cloud endpoint, explicit token scope, user agent and trust for every Azure SDK client.
    const sdkOptions = {
        endpoint: options.cloud.armEndpoint,
        credentials: { scopes: [(0,clouds/* armScope */.Rz)(options.cloud)] },
        userAgentOptions: { userAgentPrefix: options.userAgent },
        ...(options.trustedCaPem ? { tlsOptions: { ca: options.trustedCaPem } } : {}),
    };
    const clients = new Map();
    const clientFor = (subscriptionId) => {
        const key = subscriptionId.toLowerCase();
        let client = clients.get(key);
        if (!client) {
            client = new dist_esm/* NetworkManagementClient */.D76(options.credential, subscriptionId, sdkOptions);
            clients.set(key, client);
        }
        return client;
    };
    const poll = { updateIntervalInMs: options.pollIntervalMs ?? 5000 };
    const conflictTries = options.conflictTries ?? 5;
    const conflictDelay = options.conflictDelayMs ?? 15000;
    async function read(ops, id) {
        const where = locate(id);
        let raw;
        try {
            await ops.get(clientFor(where.subscriptionId), where.resourceGroup, where.names, {
                onResponse: response => {
                    raw = response.parsedBody;
                },
            });
        }
        catch (error) {
            // A missing resource reads as undefined; a missing resource group or parent is an error.
            if (statusOf(error) === 404 && codeOf(error) !== 'ResourceGroupNotFound')
                return undefined;
            throw toAzureRequestError(options.step, 'read', id, error);
        }
        options.log.debug(`GET ${id}`);
        return raw;
    }
    /** A raw GET through any SDK call that takes `onResponse`; 404 reads as undefined. */
    async function readRaw(id, call) {
        let raw;
        try {
            await call(response => {
                raw = response.parsedBody;
            });
        }
        catch (error) {
            if (statusOf(error) === 404 && codeOf(error) !== 'ResourceGroupNotFound')
                return undefined;
            throw toAzureRequestError(options.step, 'read', id, error);
        }
        return raw;
    }
    const dnsClients = new Map();
    /** Private DNS zones have their own SDK, loaded on first use. */
    async function privateDns(subscriptionId) {
        const key = subscriptionId.toLowerCase();
        let client = dnsClients.get(key);
        if (!client) {
            const sdk = await __webpack_require__.e(/* import() */ 998).then(__webpack_require__.bind(__webpack_require__, 19998));
            client = new sdk.PrivateDnsManagementClient(options.credential, subscriptionId, sdkOptions);
            dnsClients.set(key, client);
        }
        return client;
    }
    /** Sends a write, retrying a bounded number of times on 409 AnotherOperationInProgress. */
    async function withConflictRetries(id, send) {
        for (let attempt = 1;; attempt++) {
            try {
                await send();
                return;
            }
            catch (error) {
                if (isRetryableConflict(error) && attempt < conflictTries) {
                    options.log.info(`${id}: another operation is in progress (try ${attempt} of ${conflictTries}); waiting ${conflictDelay / 1000} s`);
                    await options.clock.sleep(conflictDelay);
                    continue;
                }
                throw toAzureRequestError(options.step, 'write', id, error);
            }
        }
    }
    async function readBack(id, reader) {
        const after = await reader();
        if (after === undefined) {
            throw toAzureRequestError(options.step, 'read back', id, new Error('the resource is missing right after it was written'));
        }
        return after;
    }
    async function write(ops, id, body) {
        const where = locate(id);
        const client = clientFor(where.subscriptionId);
        await withConflictRetries(id, () => Promise.resolve(ops.put(client, where.resourceGroup, where.names, toSdkModel(body), poll)));
        return readBack(id, () => read(ops, id));
    }
    const restClients = new Map();
    /** The REST client under @azure/arm-network's typed operations: same pipeline and trust. */
    async function restClient(subscriptionId) {
        const key = subscriptionId.toLowerCase();
        let client = restClients.get(key);
        if (!client) {
            const { createNetworkManagement } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1679));
            client = createNetworkManagement(options.credential, subscriptionId, sdkOptions);
            restClients.set(key, client);
        }
        return client;
    }
    /** A PUT of the planned wire body as it is (see putWireBody), then the resource as read. */
    async function writeWire(id, apiVersion, body, writeOptions, reader) {
        const client = await restClient(locate(id).subscriptionId);
        await withConflictRetries(id, () => putWireBody(client, id, apiVersion, body, writeOptions?.ifMatch, {
            clock: options.clock,
            pollIntervalMs: poll.updateIntervalInMs,
        }));
        return readBack(id, reader);
    }
    const authorizationClients = new Map();
    /** Role assignments have their own SDK (@azure/arm-authorization), loaded on first use. */
    async function authorization(subscriptionId) {
        const key = subscriptionId.toLowerCase();
        let client = authorizationClients.get(key);
        if (!client) {
            const sdk = await Promise.all(/* import() */[__webpack_require__.e(860), __webpack_require__.e(43)]).then(__webpack_require__.bind(__webpack_require__, 71043));
            client = new sdk.AuthorizationManagementClient(options.credential, subscriptionId, {
                // An AutoRest (core-client) SDK: its URLs use $host, its token scope credentialScopes.
                $host: options.cloud.armEndpoint,
                endpoint: options.cloud.armEndpoint,
                credentialScopes: [(0,clouds/* armScope */.Rz)(options.cloud)],
                userAgentOptions: { userAgentPrefix: options.userAgent },
                ...(options.trustedCaPem ? { tlsOptions: { ca: options.trustedCaPem } } : {}),
            });
            authorizationClients.set(key, client);
        }
        return client;
    }
    const getManagedCluster = async (id) => {
        const where = locate(id);
        const { ContainerServiceClient } = await __webpack_require__.e(/* import() */ 614).then(__webpack_require__.bind(__webpack_require__, 35614));
        const aks = new ContainerServiceClient(options.credential, where.subscriptionId, sdkOptions);
        return readRaw(id, onResponse => aks.managedClusters.get(where.resourceGroup, at(where.names, 0), { onResponse }));
    };
    return {
        getVirtualNetwork: id => read(OPS.virtualNetwork, id),
        getSubnet: id => read(OPS.subnet, id),
        getRouteTable: id => read(OPS.routeTable, id),
        getPublicIpAddress: id => read(OPS.publicIpAddress, id),
        getFirewallPolicy: id => read(OPS.firewallPolicy, id),
        getRuleCollectionGroup: id => read(OPS.ruleCollectionGroup, id),
        getAzureFirewall: id => read(OPS.azureFirewall, id),
        putRouteTable: (id, body) => write(OPS.routeTable, id, body),
        putSubnet: (id, body) => write(OPS.subnet, id, body),
        putPublicIpAddress: (id, body) => write(OPS.publicIpAddress, id, body),
        putFirewallPolicy: (id, body) => write(OPS.firewallPolicy, id, body),
        putRuleCollectionGroup: (id, body) => write(OPS.ruleCollectionGroup, id, body),
        putAzureFirewall: (id, body) => write(OPS.azureFirewall, id, body),
        getLoadBalancer: id => read(OPS.loadBalancer, id),
        getPrivateLinkService: id => read(OPS.privateLinkService, id),
        getPrivateEndpoint: id => read(OPS.privateEndpoint, id),
        getNetworkInterface: id => read(OPS.networkInterface, id),
        getPrivateDnsZone: async (id) => {
            const dns = await privateDns(locate(id).subscriptionId);
            const where = locate(id);
            return readRaw(id, onResponse => dns.privateZones.get(where.resourceGroup, at(where.names, 0), { onResponse }));
        },
        getARecordSet: async (id) => {
            const where = locate(id);
            const dns = await privateDns(where.subscriptionId);
            return readRaw(id, onResponse => dns.recordSets.get(where.resourceGroup, at(where.names, 0), 'A', at(where.names, 1), {
                onResponse,
            }));
        },
        putARecordSet: async (id, body) => {
            const where = locate(id);
            const dns = await privateDns(where.subscriptionId);
            try {
                await dns.recordSets.createOrUpdate(where.resourceGroup, at(where.names, 0), 'A', at(where.names, 1), toSdkModel(body));
            }
            catch (error) {
                throw toAzureRequestError(options.step, 'write', id, error);
            }
            const after = await readRaw(id, onResponse => dns.recordSets.get(where.resourceGroup, at(where.names, 0), 'A', at(where.names, 1), {
                onResponse,
            }));
            return after ?? {};
        },
        deleteARecordSet: async (id) => {
            const where = locate(id);
            const dns = await privateDns(where.subscriptionId);
            try {
                await dns.recordSets.delete(where.resourceGroup, at(where.names, 0), 'A', at(where.names, 1));
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return;
                throw toAzureRequestError(options.step, 'delete', id, error);
            }
        },
        getManagedCluster,
        putPrivateLinkService: (id, body) => write(OPS.privateLinkService, id, body),
        putPrivateEndpoint: (id, body) => write(OPS.privateEndpoint, id, body),
        putPrivateLinkServiceConnection: (id, body) => write(OPS.privateLinkServiceConnection, id, body),
        getApplicationGateway: id => read(OPS.applicationGateway, id),
        getWafPolicy: id => read(OPS.wafPolicy, id),
        putApplicationGateway: (id, body, writeOptions) => writeWire(id, network/* NETWORK_API_VERSION */.N6, body, writeOptions, () => read(OPS.applicationGateway, id)),
        putWafPolicy: (id, body) => write(OPS.wafPolicy, id, body),
        putApplicationGatewayConnection: (id, body) => write(OPS.applicationGatewayConnection, id, body),
        putManagedCluster: (id, body, writeOptions) => writeWire(id, network/* CONTAINER_SERVICE_API_VERSION */.CU, body, writeOptions, () => getManagedCluster(id)),
        listRoleAssignments: async (scope, principalId) => {
            const client = await authorization(subscriptionOf(scope));
            const found = [];
            try {
                const pages = client.roleAssignments
                    .listForScope(scopeParameter(scope), {
                    filter: `principalId eq '${principalId}'`,
                    // The wire JSON, not the SDK's flattened model.
                    onResponse: raw => {
                        const value = wireJson(raw.bodyAsText)?.value;
                        if (Array.isArray(value))
                            found.push(...value);
                    },
                })
                    .byPage();
                for await (const page of pages)
                    void page;
            }
            catch (error) {
                throw toAzureRequestError(options.step, 'list the role assignments of', scope, error);
            }
            return found;
        },
        putRoleAssignment: async (id, body) => {
            const match = /^(.*)\/providers\/Microsoft\.Authorization\/roleAssignments\/([^/]+)$/i.exec(id);
            if (!match?.[1] || !match[2])
                throw new Error(`not a role assignment ID: ${id}`);
            const [scope, name] = [match[1], match[2]];
            const client = await authorization(subscriptionOf(scope));
            let raw;
            await withConflictRetries(id, () => client.roleAssignments.create(scopeParameter(scope), name, toSdkModel(body), {
                onResponse: response => {
                    raw = wireJson(response.bodyAsText);
                },
            }));
            options.log.debug(`PUT ${id} (api-version ${network/* AUTHORIZATION_API_VERSION */.cq})`);
            return raw;
        },
        deletePrivateEndpoint: async (id) => {
            const where = locate(id);
            try {
                await clientFor(where.subscriptionId).privateEndpoints.delete(where.resourceGroup, at(where.names, 0), poll);
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return;
                throw toAzureRequestError(options.step, 'delete', id, error);
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/azure/connect.ts



/**
 * The only entry into the Azure SDKs. Hosts import this module dynamically after the inputs
 * are valid, so a run that fails on its inputs never loads @azure/identity or arm-network.
 */
function connectNetwork(options) {
    const pollMs = Number(process.env['AKS_SECURE_NETWORKING_POLL_INTERVAL_MS']);
    return createNetworkAdapter({
        step: options.step,
        credential: createCredential(options.credential, options.cloud, options.trustedCaPem),
        ...(options.trustedCaPem ? { trustedCaPem: options.trustedCaPem } : {}),
        cloud: options.cloud,
        subscriptionId: options.subscriptionId,
        log: options.log,
        clock: options.clock,
        userAgent: `${render/* TOOL_NAME */.lH}/${options.version}`,
        ...(Number.isFinite(pollMs) && pollMs > 0
            ? { pollIntervalMs: pollMs, conflictDelayMs: pollMs }
            : {}),
    });
}


/***/ })

};
