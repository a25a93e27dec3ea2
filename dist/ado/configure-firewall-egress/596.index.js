export const id = 596;
export const ids = [596];
export const modules = {

/***/ 9596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectNetwork: () => (/* binding */ connectNetwork)
});

// EXTERNAL MODULE: ./src/core/render.ts
var render = __webpack_require__(1595);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 182 modules
var esm = __webpack_require__(5563);
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

// EXTERNAL MODULE: ./node_modules/@azure/arm-network/dist/esm/index.js + 375 modules
var dist_esm = __webpack_require__(7402);
// EXTERNAL MODULE: ./src/core/inputs/resource-id.ts
var resource_id = __webpack_require__(4491);
// EXTERNAL MODULE: ./src/azure/clouds.ts
var clouds = __webpack_require__(681);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/azure/errors.ts

/** Remediation lines for ARM error codes users meet; keyed by code. */
const REMEDIATION = {
    AuthorizationFailed: 'Grant the identity the role the README lists for this step (Network Contributor on the resource group and the virtual network).',
    LinkedAuthorizationFailed: 'The identity may write the resource but not join the referenced one: grant Network Contributor (or Microsoft.Network/*/join/action) on the referenced resource.',
    AuthenticationFailed: 'Check the service connection or OIDC settings; the token was rejected.',
    InvalidAuthenticationTokenTenant: 'The token comes from another tenant than the subscription: check tenant-id or the service connection.',
    SubscriptionNotFound: 'Check subscription-id and that the identity can see the subscription.',
    ResourceGroupNotFound: 'Create the resource group first, or check resource-group.',
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





function locate(id) {
    const parsed = (0,resource_id/* parseResourceId */.RQ)()(id);
    if (!parsed.ok)
        throw new Error(`not an ARM resource ID: ${id}`);
    return parsed.value;
}
/**
 * Microsoft.Network through @azure/arm-network's typed operations. Bodies stay in ARM's wire
 * format on both sides of this port: reads return the JSON ARM sent (captured from the raw
 * response), and writes convert the planned wire body into the SDK model, which the SDK
 * serialises back to the same JSON.
 */
function createNetworkAdapter(options) {
    const clients = new Map();
    const clientFor = (subscriptionId) => {
        const key = subscriptionId.toLowerCase();
        let client = clients.get(key);
        if (!client) {
            client = new dist_esm/* NetworkManagementClient */.D76(options.credential, subscriptionId, {
                endpoint: options.cloud.armEndpoint,
                credentials: { scopes: [(0,clouds/* armScope */.Rz)(options.cloud)] },
                userAgentOptions: { userAgentPrefix: options.userAgent },
                ...(options.trustedCaPem ? { tlsOptions: { ca: options.trustedCaPem } } : {}),
            });
            clients.set(key, client);
        }
        return client;
    };
    const pollInterval = options.pollIntervalMs ?? 5000;
    const conflictTries = options.conflictTries ?? 5;
    const conflictDelay = options.conflictDelayMs ?? 15000;
    async function read(id, call) {
        const at = locate(id);
        let raw;
        try {
            await call(clientFor(at.subscriptionId), at, response => {
                raw = response.parsedBody;
            });
        }
        catch (error) {
            if (statusOf(error) === 404)
                return undefined;
            throw toAzureRequestError(options.step, 'read', id, error);
        }
        options.log.debug(`GET ${id}`);
        return raw;
    }
    async function write(id, call) {
        const at = locate(id);
        for (let attempt = 1;; attempt++) {
            try {
                await call(clientFor(at.subscriptionId), at);
                const after = await readBack(id);
                if (after === undefined)
                    throw new Error(`${id} is missing right after it was written`);
                return after;
            }
            catch (error) {
                if (isRetryableConflict(error) && attempt < conflictTries) {
                    options.log.info(`${id}: another operation is in progress (try ${attempt} of ${conflictTries}); waiting ${conflictDelay / 1000} s`);
                    await options.clock.sleep(conflictDelay);
                    continue;
                }
                if (error instanceof Error && error.name === 'AzureRequestError')
                    throw error;
                throw toAzureRequestError(options.step, 'write', id, error);
            }
        }
    }
    const network = {
        getVirtualNetwork: id => read(id, (c, at, onResponse) => c.virtualNetworks.get(at.resourceGroup, at.names[0] ?? '', { onResponse })),
        getSubnet: id => read(id, (c, at, onResponse) => c.subnets.get(at.resourceGroup, at.names[0] ?? '', at.names[1] ?? '', { onResponse })),
        getRouteTable: id => read(id, (c, at, onResponse) => c.routeTables.get(at.resourceGroup, at.names[0] ?? '', { onResponse })),
        putRouteTable: (id, body) => write(id, (c, at) => c.routeTables.createOrUpdate(at.resourceGroup, at.names[0] ?? '', toSdkModel(body), {
            updateIntervalInMs: pollInterval,
        })),
        putSubnet: (id, body) => write(id, (c, at) => c.subnets.createOrUpdate(at.resourceGroup, at.names[0] ?? '', at.names[1] ?? '', toSdkModel(body), {
            updateIntervalInMs: pollInterval,
        })),
    };
    const readBack = (id) => /\/subnets\/[^/]+$/i.test(id) ? network.getSubnet(id) : network.getRouteTable(id);
    return network;
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

//# sourceMappingURL=596.index.js.map