import { setFlagsFromString } from 'node:v8';

import { DEFAULT_HEAP_GROWING_PERCENT, tuneHeapGrowth } from './heap-growth';

jest.mock('node:v8', () => ({ setFlagsFromString: jest.fn() }));
const setFlags = setFlagsFromString as jest.MockedFunction<typeof setFlagsFromString>;

describe('tuneHeapGrowth', () => {
  beforeEach(() => setFlags.mockClear());

  it('should set the platform default, or HEAP_GROWING_PERCENT (0: V8 own factor)', () => {
    expect(tuneHeapGrowth({}, [])).toBe(DEFAULT_HEAP_GROWING_PERCENT);
    expect(setFlags).toHaveBeenLastCalledWith(`--heap-growing-percent=${DEFAULT_HEAP_GROWING_PERCENT}`);
    expect(tuneHeapGrowth({ HEAP_GROWING_PERCENT: '0' }, [])).toBe(0);
    expect(setFlags).toHaveBeenLastCalledWith('--heap-growing-percent=0');
  });

  it('should leave a value given to node alone', () => {
    expect(tuneHeapGrowth({}, ['--heap-growing-percent=50'])).toBeUndefined();
    expect(tuneHeapGrowth({ NODE_OPTIONS: '--max-old-space-size=512 --heap_growing_percent=30' }, [])).toBeUndefined();
    expect(setFlags).not.toHaveBeenCalled();
  });

  it('should refuse a value that is not a percentage', () => {
    expect(() => tuneHeapGrowth({ HEAP_GROWING_PERCENT: 'fast' }, [])).toThrow('HEAP_GROWING_PERCENT');
    expect(() => tuneHeapGrowth({ HEAP_GROWING_PERCENT: '-5' }, [])).toThrow('HEAP_GROWING_PERCENT');
    expect(setFlags).not.toHaveBeenCalled();
  });
});
