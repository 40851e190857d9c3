// Server-side entry point: generators of the event catalogue, JSON Schemas and JetStream declarations.
// Kept out of the main barrel so that browser code importing contract types never type-checks Node code.
export * from './lib/catalogue/generate';
export * from './lib/catalogue/nats-authorization';
