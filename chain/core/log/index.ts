export type { LogFields, Logger, LoggerOptions, LogLevel } from "./logger.js";
export { createLogger, nullLogger } from "./logger.js";
