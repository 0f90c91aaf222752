export { errorMessage, isStrataError, StrataError } from "./strataError.js";
