export { BlockStore } from "./blockStore.js";
