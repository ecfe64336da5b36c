export { contract, methods, EVENT_NAMES, type Contract, type Method, type Input, type Output, type Events, type EventName } from './contract';
export { createDispatcher, type Dispatch, type Handlers } from './dispatcher';
export { ApiError, type ApiErrorBody, type Envelope } from './api-error';
export { createCore, VERSION, type Core, type CoreOptions } from './create-core';
export { startHttpHost, CSP, type HttpHost, type HttpHostOptions } from './http-host';
export { resolvePaths } from './paths';
export { findingMessage } from './finding-message';
export { EventHub } from './event-hub';
