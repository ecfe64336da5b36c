import { contractSuite } from './contract-suite';

// One contract, two transports: the same suite in-process and over the local HTTP host.
contractSuite('in-process');
contractSuite('http');
