/**
 * Checks of Zendesk's response bodies at the adapter boundary, for the fields Values Coach reads.
 * A body of another shape becomes an ApiError with a message naming the path (see send.ts), never
 * a TypeError deep in a component. Extra fields pass through untouched.
 */
export class ShapeError extends Error {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`${path} is not ${expected}`);
    this.name = 'ShapeError';
  }
}

export type Guard<T> = (value: unknown, path: string) => T;

const is =
  <T>(expected: string, test: (value: unknown) => boolean): Guard<T> =>
  (value, path) => {
    if (!test(value)) throw new ShapeError(path, expected);
    return value as T;
  };

export const num = is<number>('a number', (v) => typeof v === 'number' && Number.isFinite(v));
export const str = is<string>('a string', (v) => typeof v === 'string');
export const bool = is<boolean>('true or false', (v) => typeof v === 'boolean');
export const unknownValue: Guard<unknown> = (value) => value;

export const nullable =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (value, path) =>
    value === null || value === undefined ? null : guard(value, path);

export const optional =
  <T>(guard: Guard<T>): Guard<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : guard(value, path);

export const arrayOf =
  <T>(guard: Guard<T>): Guard<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) throw new ShapeError(path, 'a list');
    return value.map((item, i) => guard(item, `${path}[${i}]`));
  };

type Shape = Record<string, Guard<unknown>>;
type FromShape<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** An object with at least these fields; other fields are kept as they came. */
export const object =
  <S extends Shape>(shape: S): Guard<FromShape<S> & Record<string, unknown>> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(path, 'an object');
    const record = value as Record<string, unknown>;
    for (const [key, guard] of Object.entries(shape)) guard(record[key], `${path}.${key}`);
    return record as FromShape<S> & Record<string, unknown>;
  };
