export { Bucket } from "./buckets.js";
