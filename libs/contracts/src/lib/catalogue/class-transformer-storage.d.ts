// class-transformer keeps its @Type() metadata in a storage it does not re-export from the package root.
declare module 'class-transformer/cjs/storage' {
  export const defaultMetadataStorage: import('class-transformer/types/MetadataStorage').MetadataStorage;
}
