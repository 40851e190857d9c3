import { MAX_INPUT_DEPTH, findInputProblem, hasForbiddenCharacter } from './input-hygiene';

describe('input hygiene', () => {
  it('should refuse NUL, other C0 and C1 controls, DEL and lone surrogates when they appear in text', () => {
    for (const bad of ['a\u0000b', '\u0001', '\u001f', '\u007f', '\u0085', 'x\ud800', '\udc00y', 'a\ud800\ud800']) {
      expect({ bad, refused: hasForbiddenCharacter(bad) }).toEqual({ bad, refused: true });
    }
  });

  it('should accept tabs, line breaks, Chinese, emoji and quotes when they appear in text', () => {
    for (const good of ['第一行\n第二行\r\n\t缩进', "O'Brien \"x\" \\ %_", '😀 \ud83d\ude00', '<script>alert(1)</script>', '']) {
      expect({ good, refused: hasForbiddenCharacter(good) }).toEqual({ good, refused: false });
    }
  });

  it('should name the field of the first problem in bodies, arrays and keys', () => {
    expect(findInputProblem({ a: { b: ['ok', 'x\u0000'] } }, 'body')).toEqual({ kind: 'control-character', field: 'body.a.b[1]' });
    expect(findInputProblem({ ['k\u0000']: 1 }, 'body')).toEqual({ kind: 'control-character', field: 'body[key]' });
    expect(findInputProblem({ q: 'fine', page: '1' }, 'query')).toBeNull();
    expect(findInputProblem(Buffer.from([0, 1, 2]), 'body')).toBeNull();
    expect(findInputProblem(undefined, 'body')).toBeNull();
  });

  it('should refuse nesting deeper than the limit without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findInputProblem(deep, 'body')).toMatchObject({ kind: 'too-deep' });
    let ok: unknown = 'leaf';
    for (let i = 0; i < MAX_INPUT_DEPTH - 1; i++) ok = { x: ok };
    expect(findInputProblem(ok, 'body')).toBeNull();
  });
});
