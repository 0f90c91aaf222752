/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const strata = $root.strata = (() => {

    /**
     * Namespace strata.
     * @exports strata
     * @namespace
     */
    const strata = {};

    strata.core = (function() {

        /**
         * Namespace core.
         * @memberof strata
         * @namespace
         */
        const core = {};

        core.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof strata.core
             * @namespace
             */
            const v1 = {};

            v1.EventAttribute = (function() {

                /**
                 * Properties of an EventAttribute.
                 * @memberof strata.core.v1
                 * @interface IEventAttribute
                 * @property {string|null} [key] EventAttribute key
                 * @property {string|null} [value] EventAttribute value
                 * @property {boolean|null} [index] EventAttribute index
                 */

                /**
                 * Constructs a new EventAttribute.
                 * @memberof strata.core.v1
                 * @classdesc Represents an EventAttribute.
                 * @implements IEventAttribute
                 * @constructor
                 * @param {strata.core.v1.IEventAttribute=} [properties] Properties to set
                 */
                function EventAttribute(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * EventAttribute key.
                 * @member {string} key
                 * @memberof strata.core.v1.EventAttribute
                 * @instance
                 */
                EventAttribute.prototype.key = "";

                /**
                 * EventAttribute value.
                 * @member {string} value
                 * @memberof strata.core.v1.EventAttribute
                 * @instance
                 */
                EventAttribute.prototype.value = "";

                /**
                 * EventAttribute index.
                 * @member {boolean} index
                 * @memberof strata.core.v1.EventAttribute
                 * @instance
                 */
                EventAttribute.prototype.index = false;

                /**
                 * Creates a new EventAttribute instance using the specified properties.
                 * @function create
                 * @memberof strata.core.v1.EventAttribute
                 * @static
                 * @param {strata.core.v1.IEventAttribute=} [properties] Properties to set
                 * @returns {strata.core.v1.EventAttribute} EventAttribute instance
                 */
                EventAttribute.create = function create(properties) {
                    return new EventAttribute(properties);
                };

                /**
                 * Encodes the specified EventAttribute message. Does not implicitly {@link strata.core.v1.EventAttribute.verify|verify} messages.
                 * @function encode
                 * @memberof strata.core.v1.EventAttribute
                 * @static
                 * @param {strata.core.v1.IEventAttribute} message EventAttribute message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EventAttribute.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
                    if (message.value != null && Object.hasOwnProperty.call(message, "value"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                    if (message.index != null && Object.hasOwnProperty.call(message, "index"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.index);
                    return writer;
                };

                /**
                 * Decodes an EventAttribute message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.core.v1.EventAttribute
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.core.v1.EventAttribute} EventAttribute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EventAttribute.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.strata.core.v1.EventAttribute();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.key = reader.string();
                                break;
                            }
                        case 2: {
                                message.value = reader.string();
                                break;
                            }
                        case 3: {
                                message.index = reader.bool();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for EventAttribute
                 * @function getTypeUrl
                 * @memberof strata.core.v1.EventAttribute
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                EventAttribute.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.core.v1.EventAttribute";
                };

                return EventAttribute;
            })();

            v1.Event = (function() {

                /**
                 * Properties of an Event.
                 * @memberof strata.core.v1
                 * @interface IEvent
                 * @property {string|null} [type] Event type
                 * @property {Array.<strata.core.v1.IEventAttribute>|null} [attributes] Event attributes
                 */

                /**
                 * Constructs a new Event.
                 * @memberof strata.core.v1
                 * @classdesc Represents an Event.
                 * @implements IEvent
                 * @constructor
                 * @param {strata.core.v1.IEvent=} [properties] Properties to set
                 */
                function Event(properties) {
                    this.attributes = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Event type.
                 * @member {string} type
                 * @memberof strata.core.v1.Event
                 * @instance
                 */
                Event.prototype.type = "";

                /**
                 * Event attributes.
                 * @member {Array.<strata.core.v1.IEventAttribute>} attributes
                 * @memberof strata.core.v1.Event
                 * @instance
                 */
                Event.prototype.attributes = $util.emptyArray;

                /**
                 * Creates a new Event instance using the specified properties.
                 * @function create
                 * @memberof strata.core.v1.Event
                 * @static
                 * @param {strata.core.v1.IEvent=} [properties] Properties to set
                 * @returns {strata.core.v1.Event} Event instance
                 */
                Event.create = function create(properties) {
                    return new Event(properties);
                };

                /**
                 * Encodes the specified Event message. Does not implicitly {@link strata.core.v1.Event.verify|verify} messages.
                 * @function encode
                 * @memberof strata.core.v1.Event
                 * @static
                 * @param {strata.core.v1.IEvent} message Event message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Event.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.type != null && Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                    if (message.attributes != null && message.attributes.length)
                        for (let i = 0; i < message.attributes.length; ++i)
                            $root.strata.core.v1.EventAttribute.encode(message.attributes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.core.v1.Event
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.core.v1.Event} Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Event.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.strata.core.v1.Event();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.type = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.attributes && message.attributes.length))
                                    message.attributes = [];
                                message.attributes.push($root.strata.core.v1.EventAttribute.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for Event
                 * @function getTypeUrl
                 * @memberof strata.core.v1.Event
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Event.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.core.v1.Event";
                };

                return Event;
            })();

            v1.TxResult = (function() {

                /**
                 * Properties of a TxResult.
                 * @memberof strata.core.v1
                 * @interface ITxResult
                 * @property {number|null} [code] TxResult code
                 * @property {Uint8Array|null} [data] TxResult data
                 * @property {string|null} [log] TxResult log
                 * @property {string|null} [info] TxResult info
                 * @property {number|null} [gasWanted] TxResult gasWanted
                 * @property {number|null} [gasUsed] TxResult gasUsed
                 * @property {Array.<strata.core.v1.IEvent>|null} [events] TxResult events
                 * @property {string|null} [codespace] TxResult codespace
                 */

                /**
                 * Constructs a new TxResult.
                 * @memberof strata.core.v1
                 * @classdesc Represents a TxResult.
                 * @implements ITxResult
                 * @constructor
                 * @param {strata.core.v1.ITxResult=} [properties] Properties to set
                 */
                function TxResult(properties) {
                    this.events = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TxResult code.
                 * @member {number} code
                 * @memberof strata.core.v1.TxResult
                 * @instance
                 */
                TxResult.prototype.code = 0;

                /**
                 * TxResult data.
                 * @member {Uint8Array} data
                 * @memberof strata.core.v1.TxResult
                 * @instance
                 */
                TxResult.prototype.data = $util.newBuffer([]);

                /**
                 * TxResult log.
                 * @member {string} log
                 * @memberof strata.core.v1.TxResult
                 * @instance
                 */
                TxResult.prototype.log = "";

                /**
                 * TxResult info.
                 * @member {string} info
                 * @memberof strata.core.v1.TxResult
                 * @instance
                 */
                TxResult.prototype.info = "";

                /**
                 * TxResult gasWanted.
                 * @member {number} gasWanted
                 * @memberof strata.core.v1.TxResult
                 * @instance
                 */
                TxResult.prototype.gasWanted = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * TxResult gasUsed.
                 * @member {number} gasUsed
                 * @memberof strata.core.v1.TxResult
                 * @instance
                 */
                TxResult.prototype.gasUsed = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * TxResult events.
                 * @member {Array.<strata.core.v1.IEvent>} events
                 * @memberof strata.core.v1.TxResult
                 * @instance
                 */
                TxResult.prototype.events = $util.emptyArray;

                /**
                 * TxResult codespace.
                 * @member {string} codespace
                 * @memberof strata.core.v1.TxResult
                 * @instance
                 */
                TxResult.prototype.codespace = "";

                /**
                 * Creates a new TxResult instance using the specified properties.
                 * @function create
                 * @memberof strata.core.v1.TxResult
                 * @static
                 * @param {strata.core.v1.ITxResult=} [properties] Properties to set
                 * @returns {strata.core.v1.TxResult} TxResult instance
                 */
                TxResult.create = function create(properties) {
                    return new TxResult(properties);
                };

                /**
                 * Encodes the specified TxResult message. Does not implicitly {@link strata.core.v1.TxResult.verify|verify} messages.
                 * @function encode
                 * @memberof strata.core.v1.TxResult
                 * @static
                 * @param {strata.core.v1.ITxResult} message TxResult message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TxResult.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.code != null && Object.hasOwnProperty.call(message, "code"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.code);
                    if (message.data != null && Object.hasOwnProperty.call(message, "data"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                    if (message.log != null && Object.hasOwnProperty.call(message, "log"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.log);
                    if (message.info != null && Object.hasOwnProperty.call(message, "info"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.info);
                    if (message.gasWanted != null && Object.hasOwnProperty.call(message, "gasWanted"))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.gasWanted);
                    if (message.gasUsed != null && Object.hasOwnProperty.call(message, "gasUsed"))
                        writer.uint32(/* id 6, wireType 0 =*/48).int64(message.gasUsed);
                    if (message.events != null && message.events.length)
                        for (let i = 0; i < message.events.length; ++i)
                            $root.strata.core.v1.Event.encode(message.events[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (message.codespace != null && Object.hasOwnProperty.call(message, "codespace"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.codespace);
                    return writer;
                };

                /**
                 * Decodes a TxResult message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.core.v1.TxResult
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.core.v1.TxResult} TxResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TxResult.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.strata.core.v1.TxResult();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.code = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.data = reader.bytes();
                                break;
                            }
                        case 3: {
                                message.log = reader.string();
                                break;
                            }
                        case 4: {
                                message.info = reader.string();
                                break;
                            }
                        case 5: {
                                message.gasWanted = reader.int64();
                                break;
                            }
                        case 6: {
                                message.gasUsed = reader.int64();
                                break;
                            }
                        case 7: {
                                if (!(message.events && message.events.length))
                                    message.events = [];
                                message.events.push($root.strata.core.v1.Event.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 8: {
                                message.codespace = reader.string();
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for TxResult
                 * @function getTypeUrl
                 * @memberof strata.core.v1.TxResult
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TxResult.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.core.v1.TxResult";
                };

                return TxResult;
            })();

            v1.BlockResults = (function() {

                /**
                 * Properties of a BlockResults.
                 * @memberof strata.core.v1
                 * @interface IBlockResults
                 * @property {number|null} [height] BlockResults height
                 * @property {Array.<strata.core.v1.ITxResult>|null} [txResults] BlockResults txResults
                 * @property {Array.<strata.core.v1.IEvent>|null} [finalizeBlockEvents] BlockResults finalizeBlockEvents
                 */

                /**
                 * Constructs a new BlockResults.
                 * @memberof strata.core.v1
                 * @classdesc Represents a BlockResults.
                 * @implements IBlockResults
                 * @constructor
                 * @param {strata.core.v1.IBlockResults=} [properties] Properties to set
                 */
                function BlockResults(properties) {
                    this.txResults = [];
                    this.finalizeBlockEvents = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * BlockResults height.
                 * @member {number} height
                 * @memberof strata.core.v1.BlockResults
                 * @instance
                 */
                BlockResults.prototype.height = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * BlockResults txResults.
                 * @member {Array.<strata.core.v1.ITxResult>} txResults
                 * @memberof strata.core.v1.BlockResults
                 * @instance
                 */
                BlockResults.prototype.txResults = $util.emptyArray;

                /**
                 * BlockResults finalizeBlockEvents.
                 * @member {Array.<strata.core.v1.IEvent>} finalizeBlockEvents
                 * @memberof strata.core.v1.BlockResults
                 * @instance
                 */
                BlockResults.prototype.finalizeBlockEvents = $util.emptyArray;

                /**
                 * Creates a new BlockResults instance using the specified properties.
                 * @function create
                 * @memberof strata.core.v1.BlockResults
                 * @static
                 * @param {strata.core.v1.IBlockResults=} [properties] Properties to set
                 * @returns {strata.core.v1.BlockResults} BlockResults instance
                 */
                BlockResults.create = function create(properties) {
                    return new BlockResults(properties);
                };

                /**
                 * Encodes the specified BlockResults message. Does not implicitly {@link strata.core.v1.BlockResults.verify|verify} messages.
                 * @function encode
                 * @memberof strata.core.v1.BlockResults
                 * @static
                 * @param {strata.core.v1.IBlockResults} message BlockResults message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BlockResults.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.height);
                    if (message.txResults != null && message.txResults.length)
                        for (let i = 0; i < message.txResults.length; ++i)
                            $root.strata.core.v1.TxResult.encode(message.txResults[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.finalizeBlockEvents != null && message.finalizeBlockEvents.length)
                        for (let i = 0; i < message.finalizeBlockEvents.length; ++i)
                            $root.strata.core.v1.Event.encode(message.finalizeBlockEvents[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a BlockResults message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.core.v1.BlockResults
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.core.v1.BlockResults} BlockResults
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BlockResults.decode = function decode(reader, length, error, long) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (long === undefined)
                        long = 0;
                    if (long > $Reader.recursionLimit)
                        throw Error("maximum nesting depth exceeded");
                    let end, message;
                    if (length === undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = new $root.strata.core.v1.BlockResults();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.height = reader.int64();
                                break;
                            }
                        case 2: {
                                if (!(message.txResults && message.txResults.length))
                                    message.txResults = [];
                                message.txResults.push($root.strata.core.v1.TxResult.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                if (!(message.finalizeBlockEvents && message.finalizeBlockEvents.length))
                                    message.finalizeBlockEvents = [];
                                message.finalizeBlockEvents.push($root.strata.core.v1.Event.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        default:
                            reader.skipType(tag & 7, long);
                            break;
                        }
                    }
                    if (length !== undefined) {
                        if (reader.pos !== end)
                            throw RangeError("index out of range");
                        reader.len = length;
                    }
                    return message;
                };

                /**
                 * Gets the default type url for BlockResults
                 * @function getTypeUrl
                 * @memberof strata.core.v1.BlockResults
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                BlockResults.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.core.v1.BlockResults";
                };

                return BlockResults;
            })();

            return v1;
        })();

        return core;
    })();

    return strata;
})();

export { $root as default };
