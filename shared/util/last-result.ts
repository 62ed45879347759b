// A computation kept for its last inputs: the matrix is built again from the same kept reads after
// every write, and most of its parts (check proposals, agreement figures, whole columns) did not
// change. Inputs are compared cheaply and exactly: lists item by item by identity (what the store
// keeps is frozen and handed out again as the same objects), anything else by value (JSON).

/** One input: a list compared item by item by identity, or a small value compared as JSON. */
export type Input = { items: readonly unknown[] } | { value: unknown };

const same = (a: Input, b: Input): boolean => {
  if ('items' in a && 'items' in b) {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) if (a.items[i] !== b.items[i]) return false;
    return true;
  }
  return 'value' in a && 'value' in b && JSON.stringify(a.value) === JSON.stringify(b.value);
};

/** Items compared by identity. */
export const items = (list: readonly unknown[]): Input => ({ items: list });
/** A value compared as JSON. */
export const value = (v: unknown): Input => ({ value: v });

export interface LastResult<R> {
  /** `compute()`, unless the inputs are those of the last call: then its result. */
  get(inputs: readonly Input[], compute: () => R): R;
}

export function lastResult<R>(): LastResult<R> {
  let last: { inputs: readonly Input[]; result: R } | undefined;
  return {
    get(inputs, compute) {
      if (last && last.inputs.length === inputs.length && last.inputs.every((x, i) => same(x, inputs[i])))
        return last.result;
      const result = compute();
      last = { inputs, result };
      return result;
    },
  };
}
