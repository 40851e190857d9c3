export * from './lib/common/source';
export * from './lib/size-class/classify-size';
export * from './lib/size-class/size-class.rules';
