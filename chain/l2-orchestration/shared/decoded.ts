type Scalar = string | number | boolean | Uint8Array;

/**
 * A protobuf message as the generated decoder returns it, typed from its `I…` interface: every
 * scalar and list field is present (proto3 defaults), nested list items are decoded messages too,
 * and a singular nested message may be null (absent on the wire). The generated classes type
 * nested messages by their loose `I…` interfaces; this type states what decode guarantees.
 */
export type Decoded<T> = {
  [K in keyof T]-?: NonNullable<T[K]> extends Scalar
    ? NonNullable<T[K]>
    : NonNullable<T[K]> extends readonly (infer E)[]
      ? E extends Scalar
        ? E[]
        : Decoded<E>[]
      : Decoded<NonNullable<T[K]>> | null;
};
