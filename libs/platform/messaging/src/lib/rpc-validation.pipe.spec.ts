import { IsInt, IsString, validateSync } from 'class-validator';

import { memoizeValidationMetadata } from './rpc-validation.pipe';

class Parent {
  @IsString()
  name!: string;
}

describe('memoizeValidationMetadata', () => {
  it('should validate with the same rules as before, also for a class defined after the first lookups', () => {
    memoizeValidationMetadata();
    memoizeValidationMetadata();
    expect(validateSync(Object.assign(new Parent(), { name: 1 }))).toHaveLength(1);
    expect(validateSync(Object.assign(new Parent(), { name: 'a' }))).toHaveLength(0);

    // Rules added later (a class defined now, inheriting one already looked up) are seen.
    class Child extends Parent {
      @IsInt()
      age!: number;
    }
    expect(validateSync(Object.assign(new Child(), { name: 'a', age: 'x' })).map((e) => e.property)).toEqual(['age']);
    expect(validateSync(Object.assign(new Child(), { name: 2, age: 3 })).map((e) => e.property)).toEqual(['name']);
  });
});
