import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';

/**
 * class-transformer keeps its @Type() metadata in a storage it does not export from the package root (and
 * ships no types for the deep path); the schema generator needs it to follow nested payload classes.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const storage = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };

export const classTransformerMetadataStorage: MetadataStorage = storage.defaultMetadataStorage;
