/**
 * A protobuf enum value from its genesis JSON form: the value's name (`"MODEL_STATUS_VERIFIED"`) or
 * its number. Returns undefined for anything that is not one of the enum's values.
 */
export function enumFromJson(values: Record<string, number | string>, json: unknown): number | undefined {
  if (typeof json === "number") return Object.values(values).includes(json) ? json : undefined;
  if (typeof json === "string" && typeof values[json] === "number") return values[json];
  return undefined;
}

/** The name of a protobuf enum value (genesis JSON writes names), or its number when unnamed. */
export function enumToJson(values: Record<string, number | string>, value: number): string | number {
  const name = Object.entries(values).find(([, v]) => v === value)?.[0];
  return name ?? value;
}
