export type { RouterGaugeSources, RouterMetrics } from "./createRouterMetrics.js";
export { createRouterMetrics } from "./createRouterMetrics.js";
export type { Counter, Gauge, Histogram, Labels, MetricsRegistry } from "./registry.js";
export { createMetricsRegistry, PROMETHEUS_CONTENT_TYPE } from "./registry.js";
export type { ServiceHealth, ServiceServer } from "./serviceServer.js";
export { createServiceServer } from "./serviceServer.js";
