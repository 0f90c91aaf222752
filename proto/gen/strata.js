/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

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

    strata.base = (function() {

        /**
         * Namespace base.
         * @memberof strata
         * @namespace
         */
        const base = {};

        base.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof strata.base
             * @namespace
             */
            const v1 = {};

            v1.PageRequest = (function() {

                /**
                 * Properties of a PageRequest.
                 * @memberof strata.base.v1
                 * @interface IPageRequest
                 * @property {Uint8Array|null} [key] PageRequest key
                 * @property {number|null} [offset] PageRequest offset
                 * @property {number|null} [limit] PageRequest limit
                 * @property {boolean|null} [countTotal] PageRequest countTotal
                 * @property {boolean|null} [reverse] PageRequest reverse
                 */

                /**
                 * Constructs a new PageRequest.
                 * @memberof strata.base.v1
                 * @classdesc Represents a PageRequest.
                 * @implements IPageRequest
                 * @constructor
                 * @param {strata.base.v1.IPageRequest=} [properties] Properties to set
                 */
                function PageRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PageRequest key.
                 * @member {Uint8Array} key
                 * @memberof strata.base.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.key = $util.newBuffer([]);

                /**
                 * PageRequest offset.
                 * @member {number} offset
                 * @memberof strata.base.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageRequest limit.
                 * @member {number} limit
                 * @memberof strata.base.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * PageRequest countTotal.
                 * @member {boolean} countTotal
                 * @memberof strata.base.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.countTotal = false;

                /**
                 * PageRequest reverse.
                 * @member {boolean} reverse
                 * @memberof strata.base.v1.PageRequest
                 * @instance
                 */
                PageRequest.prototype.reverse = false;

                /**
                 * Creates a new PageRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.base.v1.PageRequest
                 * @static
                 * @param {strata.base.v1.IPageRequest=} [properties] Properties to set
                 * @returns {strata.base.v1.PageRequest} PageRequest instance
                 */
                PageRequest.create = function create(properties) {
                    return new PageRequest(properties);
                };

                /**
                 * Encodes the specified PageRequest message. Does not implicitly {@link strata.base.v1.PageRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.base.v1.PageRequest
                 * @static
                 * @param {strata.base.v1.IPageRequest} message PageRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.key != null && Object.hasOwnProperty.call(message, "key"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.offset != null && Object.hasOwnProperty.call(message, "offset"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                    if (message.limit != null && Object.hasOwnProperty.call(message, "limit"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.limit);
                    if (message.countTotal != null && Object.hasOwnProperty.call(message, "countTotal"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.countTotal);
                    if (message.reverse != null && Object.hasOwnProperty.call(message, "reverse"))
                        writer.uint32(/* id 5, wireType 0 =*/40).bool(message.reverse);
                    return writer;
                };

                /**
                 * Decodes a PageRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.base.v1.PageRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.base.v1.PageRequest} PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.base.v1.PageRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.key = reader.bytes();
                                break;
                            }
                        case 2: {
                                message.offset = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.limit = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.countTotal = reader.bool();
                                break;
                            }
                        case 5: {
                                message.reverse = reader.bool();
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
                 * Gets the default type url for PageRequest
                 * @function getTypeUrl
                 * @memberof strata.base.v1.PageRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PageRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.base.v1.PageRequest";
                };

                return PageRequest;
            })();

            v1.PageResponse = (function() {

                /**
                 * Properties of a PageResponse.
                 * @memberof strata.base.v1
                 * @interface IPageResponse
                 * @property {Uint8Array|null} [nextKey] PageResponse nextKey
                 * @property {number|null} [total] PageResponse total
                 */

                /**
                 * Constructs a new PageResponse.
                 * @memberof strata.base.v1
                 * @classdesc Represents a PageResponse.
                 * @implements IPageResponse
                 * @constructor
                 * @param {strata.base.v1.IPageResponse=} [properties] Properties to set
                 */
                function PageResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * PageResponse nextKey.
                 * @member {Uint8Array} nextKey
                 * @memberof strata.base.v1.PageResponse
                 * @instance
                 */
                PageResponse.prototype.nextKey = $util.newBuffer([]);

                /**
                 * PageResponse total.
                 * @member {number} total
                 * @memberof strata.base.v1.PageResponse
                 * @instance
                 */
                PageResponse.prototype.total = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new PageResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.base.v1.PageResponse
                 * @static
                 * @param {strata.base.v1.IPageResponse=} [properties] Properties to set
                 * @returns {strata.base.v1.PageResponse} PageResponse instance
                 */
                PageResponse.create = function create(properties) {
                    return new PageResponse(properties);
                };

                /**
                 * Encodes the specified PageResponse message. Does not implicitly {@link strata.base.v1.PageResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.base.v1.PageResponse
                 * @static
                 * @param {strata.base.v1.IPageResponse} message PageResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PageResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.nextKey != null && Object.hasOwnProperty.call(message, "nextKey"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.nextKey);
                    if (message.total != null && Object.hasOwnProperty.call(message, "total"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.total);
                    return writer;
                };

                /**
                 * Decodes a PageResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.base.v1.PageResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.base.v1.PageResponse} PageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PageResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.base.v1.PageResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.nextKey = reader.bytes();
                                break;
                            }
                        case 2: {
                                message.total = reader.uint64();
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
                 * Gets the default type url for PageResponse
                 * @function getTypeUrl
                 * @memberof strata.base.v1.PageResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                PageResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.base.v1.PageResponse";
                };

                return PageResponse;
            })();

            return v1;
        })();

        return base;
    })();

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

    strata.models = (function() {

        /**
         * Namespace models.
         * @memberof strata
         * @namespace
         */
        const models = {};

        models.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof strata.models
             * @namespace
             */
            const v1 = {};

            /**
             * Visibility enum.
             * @name strata.models.v1.Visibility
             * @enum {number}
             * @property {number} VISIBILITY_UNSPECIFIED=0 VISIBILITY_UNSPECIFIED value
             * @property {number} VISIBILITY_PUBLIC=1 VISIBILITY_PUBLIC value
             * @property {number} VISIBILITY_PRIVATE=2 VISIBILITY_PRIVATE value
             */
            v1.Visibility = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "VISIBILITY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "VISIBILITY_PUBLIC"] = 1;
                values[valuesById[2] = "VISIBILITY_PRIVATE"] = 2;
                return values;
            })();

            /**
             * ModelStatus enum.
             * @name strata.models.v1.ModelStatus
             * @enum {number}
             * @property {number} MODEL_STATUS_UNSPECIFIED=0 MODEL_STATUS_UNSPECIFIED value
             * @property {number} MODEL_STATUS_PENDING=1 MODEL_STATUS_PENDING value
             * @property {number} MODEL_STATUS_VERIFIED=2 MODEL_STATUS_VERIFIED value
             * @property {number} MODEL_STATUS_DEPRECATED=3 MODEL_STATUS_DEPRECATED value
             */
            v1.ModelStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "MODEL_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MODEL_STATUS_PENDING"] = 1;
                values[valuesById[2] = "MODEL_STATUS_VERIFIED"] = 2;
                values[valuesById[3] = "MODEL_STATUS_DEPRECATED"] = 3;
                return values;
            })();

            v1.ModelVersion = (function() {

                /**
                 * Properties of a ModelVersion.
                 * @memberof strata.models.v1
                 * @interface IModelVersion
                 * @property {string|null} [id] ModelVersion id
                 * @property {string|null} [name] ModelVersion name
                 * @property {string|null} [version] ModelVersion version
                 * @property {string|null} [weightsSha256] ModelVersion weightsSha256
                 * @property {number|null} [weightsSize] ModelVersion weightsSize
                 * @property {string|null} [format] ModelVersion format
                 * @property {string|null} [quantization] ModelVersion quantization
                 * @property {string|null} [tokenizerSha256] ModelVersion tokenizerSha256
                 * @property {Array.<string>|null} [storageUris] ModelVersion storageUris
                 * @property {string|null} [priceInputPer_1k] ModelVersion priceInputPer_1k
                 * @property {string|null} [priceOutputPer_1k] ModelVersion priceOutputPer_1k
                 * @property {string|null} [owner] ModelVersion owner
                 * @property {string|null} [license] ModelVersion license
                 * @property {strata.models.v1.Visibility|null} [visibility] ModelVersion visibility
                 * @property {string|null} [encryptedWeightsSha256] ModelVersion encryptedWeightsSha256
                 * @property {string|null} [parent] ModelVersion parent
                 * @property {strata.models.v1.ModelStatus|null} [status] ModelVersion status
                 * @property {number|null} [publishedHeight] ModelVersion publishedHeight
                 * @property {string|null} [verifiedBy] ModelVersion verifiedBy
                 * @property {number|null} [verifiedHeight] ModelVersion verifiedHeight
                 * @property {number|null} [deprecatedHeight] ModelVersion deprecatedHeight
                 */

                /**
                 * Constructs a new ModelVersion.
                 * @memberof strata.models.v1
                 * @classdesc Represents a ModelVersion.
                 * @implements IModelVersion
                 * @constructor
                 * @param {strata.models.v1.IModelVersion=} [properties] Properties to set
                 */
                function ModelVersion(properties) {
                    this.storageUris = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ModelVersion id.
                 * @member {string} id
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.id = "";

                /**
                 * ModelVersion name.
                 * @member {string} name
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.name = "";

                /**
                 * ModelVersion version.
                 * @member {string} version
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.version = "";

                /**
                 * ModelVersion weightsSha256.
                 * @member {string} weightsSha256
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.weightsSha256 = "";

                /**
                 * ModelVersion weightsSize.
                 * @member {number} weightsSize
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.weightsSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ModelVersion format.
                 * @member {string} format
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.format = "";

                /**
                 * ModelVersion quantization.
                 * @member {string} quantization
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.quantization = "";

                /**
                 * ModelVersion tokenizerSha256.
                 * @member {string} tokenizerSha256
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.tokenizerSha256 = "";

                /**
                 * ModelVersion storageUris.
                 * @member {Array.<string>} storageUris
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.storageUris = $util.emptyArray;

                /**
                 * ModelVersion priceInputPer_1k.
                 * @member {string} priceInputPer_1k
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.priceInputPer_1k = "";

                /**
                 * ModelVersion priceOutputPer_1k.
                 * @member {string} priceOutputPer_1k
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.priceOutputPer_1k = "";

                /**
                 * ModelVersion owner.
                 * @member {string} owner
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.owner = "";

                /**
                 * ModelVersion license.
                 * @member {string} license
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.license = "";

                /**
                 * ModelVersion visibility.
                 * @member {strata.models.v1.Visibility} visibility
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.visibility = 0;

                /**
                 * ModelVersion encryptedWeightsSha256.
                 * @member {string} encryptedWeightsSha256
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.encryptedWeightsSha256 = "";

                /**
                 * ModelVersion parent.
                 * @member {string} parent
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.parent = "";

                /**
                 * ModelVersion status.
                 * @member {strata.models.v1.ModelStatus} status
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.status = 0;

                /**
                 * ModelVersion publishedHeight.
                 * @member {number} publishedHeight
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.publishedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ModelVersion verifiedBy.
                 * @member {string} verifiedBy
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.verifiedBy = "";

                /**
                 * ModelVersion verifiedHeight.
                 * @member {number} verifiedHeight
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.verifiedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ModelVersion deprecatedHeight.
                 * @member {number} deprecatedHeight
                 * @memberof strata.models.v1.ModelVersion
                 * @instance
                 */
                ModelVersion.prototype.deprecatedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ModelVersion instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.ModelVersion
                 * @static
                 * @param {strata.models.v1.IModelVersion=} [properties] Properties to set
                 * @returns {strata.models.v1.ModelVersion} ModelVersion instance
                 */
                ModelVersion.create = function create(properties) {
                    return new ModelVersion(properties);
                };

                /**
                 * Encodes the specified ModelVersion message. Does not implicitly {@link strata.models.v1.ModelVersion.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.ModelVersion
                 * @static
                 * @param {strata.models.v1.IModelVersion} message ModelVersion message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ModelVersion.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.version);
                    if (message.weightsSha256 != null && Object.hasOwnProperty.call(message, "weightsSha256"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.weightsSha256);
                    if (message.weightsSize != null && Object.hasOwnProperty.call(message, "weightsSize"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.weightsSize);
                    if (message.format != null && Object.hasOwnProperty.call(message, "format"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.format);
                    if (message.quantization != null && Object.hasOwnProperty.call(message, "quantization"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.quantization);
                    if (message.tokenizerSha256 != null && Object.hasOwnProperty.call(message, "tokenizerSha256"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.tokenizerSha256);
                    if (message.storageUris != null && message.storageUris.length)
                        for (let i = 0; i < message.storageUris.length; ++i)
                            writer.uint32(/* id 9, wireType 2 =*/74).string(message.storageUris[i]);
                    if (message.priceInputPer_1k != null && Object.hasOwnProperty.call(message, "priceInputPer_1k"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.priceInputPer_1k);
                    if (message.priceOutputPer_1k != null && Object.hasOwnProperty.call(message, "priceOutputPer_1k"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.priceOutputPer_1k);
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.owner);
                    if (message.license != null && Object.hasOwnProperty.call(message, "license"))
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.license);
                    if (message.visibility != null && Object.hasOwnProperty.call(message, "visibility"))
                        writer.uint32(/* id 14, wireType 0 =*/112).int32(message.visibility);
                    if (message.encryptedWeightsSha256 != null && Object.hasOwnProperty.call(message, "encryptedWeightsSha256"))
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.encryptedWeightsSha256);
                    if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.parent);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 17, wireType 0 =*/136).int32(message.status);
                    if (message.publishedHeight != null && Object.hasOwnProperty.call(message, "publishedHeight"))
                        writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.publishedHeight);
                    if (message.verifiedBy != null && Object.hasOwnProperty.call(message, "verifiedBy"))
                        writer.uint32(/* id 19, wireType 2 =*/154).string(message.verifiedBy);
                    if (message.verifiedHeight != null && Object.hasOwnProperty.call(message, "verifiedHeight"))
                        writer.uint32(/* id 20, wireType 0 =*/160).uint64(message.verifiedHeight);
                    if (message.deprecatedHeight != null && Object.hasOwnProperty.call(message, "deprecatedHeight"))
                        writer.uint32(/* id 21, wireType 0 =*/168).uint64(message.deprecatedHeight);
                    return writer;
                };

                /**
                 * Decodes a ModelVersion message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.ModelVersion
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.ModelVersion} ModelVersion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ModelVersion.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.ModelVersion();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.name = reader.string();
                                break;
                            }
                        case 3: {
                                message.version = reader.string();
                                break;
                            }
                        case 4: {
                                message.weightsSha256 = reader.string();
                                break;
                            }
                        case 5: {
                                message.weightsSize = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.format = reader.string();
                                break;
                            }
                        case 7: {
                                message.quantization = reader.string();
                                break;
                            }
                        case 8: {
                                message.tokenizerSha256 = reader.string();
                                break;
                            }
                        case 9: {
                                if (!(message.storageUris && message.storageUris.length))
                                    message.storageUris = [];
                                message.storageUris.push(reader.string());
                                break;
                            }
                        case 10: {
                                message.priceInputPer_1k = reader.string();
                                break;
                            }
                        case 11: {
                                message.priceOutputPer_1k = reader.string();
                                break;
                            }
                        case 12: {
                                message.owner = reader.string();
                                break;
                            }
                        case 13: {
                                message.license = reader.string();
                                break;
                            }
                        case 14: {
                                message.visibility = reader.int32();
                                break;
                            }
                        case 15: {
                                message.encryptedWeightsSha256 = reader.string();
                                break;
                            }
                        case 16: {
                                message.parent = reader.string();
                                break;
                            }
                        case 17: {
                                message.status = reader.int32();
                                break;
                            }
                        case 18: {
                                message.publishedHeight = reader.uint64();
                                break;
                            }
                        case 19: {
                                message.verifiedBy = reader.string();
                                break;
                            }
                        case 20: {
                                message.verifiedHeight = reader.uint64();
                                break;
                            }
                        case 21: {
                                message.deprecatedHeight = reader.uint64();
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
                 * Gets the default type url for ModelVersion
                 * @function getTypeUrl
                 * @memberof strata.models.v1.ModelVersion
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ModelVersion.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.ModelVersion";
                };

                return ModelVersion;
            })();

            v1.MsgPublishModel = (function() {

                /**
                 * Properties of a MsgPublishModel.
                 * @memberof strata.models.v1
                 * @interface IMsgPublishModel
                 * @property {string|null} [owner] MsgPublishModel owner
                 * @property {string|null} [name] MsgPublishModel name
                 * @property {string|null} [version] MsgPublishModel version
                 * @property {string|null} [weightsSha256] MsgPublishModel weightsSha256
                 * @property {number|null} [weightsSize] MsgPublishModel weightsSize
                 * @property {string|null} [format] MsgPublishModel format
                 * @property {string|null} [quantization] MsgPublishModel quantization
                 * @property {string|null} [tokenizerSha256] MsgPublishModel tokenizerSha256
                 * @property {Array.<string>|null} [storageUris] MsgPublishModel storageUris
                 * @property {string|null} [priceInputPer_1k] MsgPublishModel priceInputPer_1k
                 * @property {string|null} [priceOutputPer_1k] MsgPublishModel priceOutputPer_1k
                 * @property {string|null} [license] MsgPublishModel license
                 * @property {strata.models.v1.Visibility|null} [visibility] MsgPublishModel visibility
                 * @property {string|null} [encryptedWeightsSha256] MsgPublishModel encryptedWeightsSha256
                 * @property {string|null} [parent] MsgPublishModel parent
                 */

                /**
                 * Constructs a new MsgPublishModel.
                 * @memberof strata.models.v1
                 * @classdesc Represents a MsgPublishModel.
                 * @implements IMsgPublishModel
                 * @constructor
                 * @param {strata.models.v1.IMsgPublishModel=} [properties] Properties to set
                 */
                function MsgPublishModel(properties) {
                    this.storageUris = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgPublishModel owner.
                 * @member {string} owner
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.owner = "";

                /**
                 * MsgPublishModel name.
                 * @member {string} name
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.name = "";

                /**
                 * MsgPublishModel version.
                 * @member {string} version
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.version = "";

                /**
                 * MsgPublishModel weightsSha256.
                 * @member {string} weightsSha256
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.weightsSha256 = "";

                /**
                 * MsgPublishModel weightsSize.
                 * @member {number} weightsSize
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.weightsSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgPublishModel format.
                 * @member {string} format
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.format = "";

                /**
                 * MsgPublishModel quantization.
                 * @member {string} quantization
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.quantization = "";

                /**
                 * MsgPublishModel tokenizerSha256.
                 * @member {string} tokenizerSha256
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.tokenizerSha256 = "";

                /**
                 * MsgPublishModel storageUris.
                 * @member {Array.<string>} storageUris
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.storageUris = $util.emptyArray;

                /**
                 * MsgPublishModel priceInputPer_1k.
                 * @member {string} priceInputPer_1k
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.priceInputPer_1k = "";

                /**
                 * MsgPublishModel priceOutputPer_1k.
                 * @member {string} priceOutputPer_1k
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.priceOutputPer_1k = "";

                /**
                 * MsgPublishModel license.
                 * @member {string} license
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.license = "";

                /**
                 * MsgPublishModel visibility.
                 * @member {strata.models.v1.Visibility} visibility
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.visibility = 0;

                /**
                 * MsgPublishModel encryptedWeightsSha256.
                 * @member {string} encryptedWeightsSha256
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.encryptedWeightsSha256 = "";

                /**
                 * MsgPublishModel parent.
                 * @member {string} parent
                 * @memberof strata.models.v1.MsgPublishModel
                 * @instance
                 */
                MsgPublishModel.prototype.parent = "";

                /**
                 * Creates a new MsgPublishModel instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.MsgPublishModel
                 * @static
                 * @param {strata.models.v1.IMsgPublishModel=} [properties] Properties to set
                 * @returns {strata.models.v1.MsgPublishModel} MsgPublishModel instance
                 */
                MsgPublishModel.create = function create(properties) {
                    return new MsgPublishModel(properties);
                };

                /**
                 * Encodes the specified MsgPublishModel message. Does not implicitly {@link strata.models.v1.MsgPublishModel.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.MsgPublishModel
                 * @static
                 * @param {strata.models.v1.IMsgPublishModel} message MsgPublishModel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgPublishModel.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                    if (message.version != null && Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.version);
                    if (message.weightsSha256 != null && Object.hasOwnProperty.call(message, "weightsSha256"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.weightsSha256);
                    if (message.weightsSize != null && Object.hasOwnProperty.call(message, "weightsSize"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.weightsSize);
                    if (message.format != null && Object.hasOwnProperty.call(message, "format"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.format);
                    if (message.quantization != null && Object.hasOwnProperty.call(message, "quantization"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.quantization);
                    if (message.tokenizerSha256 != null && Object.hasOwnProperty.call(message, "tokenizerSha256"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.tokenizerSha256);
                    if (message.storageUris != null && message.storageUris.length)
                        for (let i = 0; i < message.storageUris.length; ++i)
                            writer.uint32(/* id 9, wireType 2 =*/74).string(message.storageUris[i]);
                    if (message.priceInputPer_1k != null && Object.hasOwnProperty.call(message, "priceInputPer_1k"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.priceInputPer_1k);
                    if (message.priceOutputPer_1k != null && Object.hasOwnProperty.call(message, "priceOutputPer_1k"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.priceOutputPer_1k);
                    if (message.license != null && Object.hasOwnProperty.call(message, "license"))
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.license);
                    if (message.visibility != null && Object.hasOwnProperty.call(message, "visibility"))
                        writer.uint32(/* id 13, wireType 0 =*/104).int32(message.visibility);
                    if (message.encryptedWeightsSha256 != null && Object.hasOwnProperty.call(message, "encryptedWeightsSha256"))
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.encryptedWeightsSha256);
                    if (message.parent != null && Object.hasOwnProperty.call(message, "parent"))
                        writer.uint32(/* id 15, wireType 2 =*/122).string(message.parent);
                    return writer;
                };

                /**
                 * Decodes a MsgPublishModel message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.MsgPublishModel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.MsgPublishModel} MsgPublishModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgPublishModel.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.MsgPublishModel();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.owner = reader.string();
                                break;
                            }
                        case 2: {
                                message.name = reader.string();
                                break;
                            }
                        case 3: {
                                message.version = reader.string();
                                break;
                            }
                        case 4: {
                                message.weightsSha256 = reader.string();
                                break;
                            }
                        case 5: {
                                message.weightsSize = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.format = reader.string();
                                break;
                            }
                        case 7: {
                                message.quantization = reader.string();
                                break;
                            }
                        case 8: {
                                message.tokenizerSha256 = reader.string();
                                break;
                            }
                        case 9: {
                                if (!(message.storageUris && message.storageUris.length))
                                    message.storageUris = [];
                                message.storageUris.push(reader.string());
                                break;
                            }
                        case 10: {
                                message.priceInputPer_1k = reader.string();
                                break;
                            }
                        case 11: {
                                message.priceOutputPer_1k = reader.string();
                                break;
                            }
                        case 12: {
                                message.license = reader.string();
                                break;
                            }
                        case 13: {
                                message.visibility = reader.int32();
                                break;
                            }
                        case 14: {
                                message.encryptedWeightsSha256 = reader.string();
                                break;
                            }
                        case 15: {
                                message.parent = reader.string();
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
                 * Gets the default type url for MsgPublishModel
                 * @function getTypeUrl
                 * @memberof strata.models.v1.MsgPublishModel
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgPublishModel.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.MsgPublishModel";
                };

                return MsgPublishModel;
            })();

            v1.MsgPublishModelResponse = (function() {

                /**
                 * Properties of a MsgPublishModelResponse.
                 * @memberof strata.models.v1
                 * @interface IMsgPublishModelResponse
                 * @property {string|null} [id] MsgPublishModelResponse id
                 */

                /**
                 * Constructs a new MsgPublishModelResponse.
                 * @memberof strata.models.v1
                 * @classdesc Represents a MsgPublishModelResponse.
                 * @implements IMsgPublishModelResponse
                 * @constructor
                 * @param {strata.models.v1.IMsgPublishModelResponse=} [properties] Properties to set
                 */
                function MsgPublishModelResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgPublishModelResponse id.
                 * @member {string} id
                 * @memberof strata.models.v1.MsgPublishModelResponse
                 * @instance
                 */
                MsgPublishModelResponse.prototype.id = "";

                /**
                 * Creates a new MsgPublishModelResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.MsgPublishModelResponse
                 * @static
                 * @param {strata.models.v1.IMsgPublishModelResponse=} [properties] Properties to set
                 * @returns {strata.models.v1.MsgPublishModelResponse} MsgPublishModelResponse instance
                 */
                MsgPublishModelResponse.create = function create(properties) {
                    return new MsgPublishModelResponse(properties);
                };

                /**
                 * Encodes the specified MsgPublishModelResponse message. Does not implicitly {@link strata.models.v1.MsgPublishModelResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.MsgPublishModelResponse
                 * @static
                 * @param {strata.models.v1.IMsgPublishModelResponse} message MsgPublishModelResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgPublishModelResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    return writer;
                };

                /**
                 * Decodes a MsgPublishModelResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.MsgPublishModelResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.MsgPublishModelResponse} MsgPublishModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgPublishModelResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.MsgPublishModelResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
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
                 * Gets the default type url for MsgPublishModelResponse
                 * @function getTypeUrl
                 * @memberof strata.models.v1.MsgPublishModelResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgPublishModelResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.MsgPublishModelResponse";
                };

                return MsgPublishModelResponse;
            })();

            v1.MsgAttestModel = (function() {

                /**
                 * Properties of a MsgAttestModel.
                 * @memberof strata.models.v1
                 * @interface IMsgAttestModel
                 * @property {string|null} [guard] MsgAttestModel guard
                 * @property {string|null} [id] MsgAttestModel id
                 * @property {string|null} [weightsSha256] MsgAttestModel weightsSha256
                 */

                /**
                 * Constructs a new MsgAttestModel.
                 * @memberof strata.models.v1
                 * @classdesc Represents a MsgAttestModel.
                 * @implements IMsgAttestModel
                 * @constructor
                 * @param {strata.models.v1.IMsgAttestModel=} [properties] Properties to set
                 */
                function MsgAttestModel(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgAttestModel guard.
                 * @member {string} guard
                 * @memberof strata.models.v1.MsgAttestModel
                 * @instance
                 */
                MsgAttestModel.prototype.guard = "";

                /**
                 * MsgAttestModel id.
                 * @member {string} id
                 * @memberof strata.models.v1.MsgAttestModel
                 * @instance
                 */
                MsgAttestModel.prototype.id = "";

                /**
                 * MsgAttestModel weightsSha256.
                 * @member {string} weightsSha256
                 * @memberof strata.models.v1.MsgAttestModel
                 * @instance
                 */
                MsgAttestModel.prototype.weightsSha256 = "";

                /**
                 * Creates a new MsgAttestModel instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.MsgAttestModel
                 * @static
                 * @param {strata.models.v1.IMsgAttestModel=} [properties] Properties to set
                 * @returns {strata.models.v1.MsgAttestModel} MsgAttestModel instance
                 */
                MsgAttestModel.create = function create(properties) {
                    return new MsgAttestModel(properties);
                };

                /**
                 * Encodes the specified MsgAttestModel message. Does not implicitly {@link strata.models.v1.MsgAttestModel.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.MsgAttestModel
                 * @static
                 * @param {strata.models.v1.IMsgAttestModel} message MsgAttestModel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgAttestModel.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.guard != null && Object.hasOwnProperty.call(message, "guard"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.guard);
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                    if (message.weightsSha256 != null && Object.hasOwnProperty.call(message, "weightsSha256"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.weightsSha256);
                    return writer;
                };

                /**
                 * Decodes a MsgAttestModel message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.MsgAttestModel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.MsgAttestModel} MsgAttestModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgAttestModel.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.MsgAttestModel();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.guard = reader.string();
                                break;
                            }
                        case 2: {
                                message.id = reader.string();
                                break;
                            }
                        case 3: {
                                message.weightsSha256 = reader.string();
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
                 * Gets the default type url for MsgAttestModel
                 * @function getTypeUrl
                 * @memberof strata.models.v1.MsgAttestModel
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgAttestModel.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.MsgAttestModel";
                };

                return MsgAttestModel;
            })();

            v1.MsgAttestModelResponse = (function() {

                /**
                 * Properties of a MsgAttestModelResponse.
                 * @memberof strata.models.v1
                 * @interface IMsgAttestModelResponse
                 */

                /**
                 * Constructs a new MsgAttestModelResponse.
                 * @memberof strata.models.v1
                 * @classdesc Represents a MsgAttestModelResponse.
                 * @implements IMsgAttestModelResponse
                 * @constructor
                 * @param {strata.models.v1.IMsgAttestModelResponse=} [properties] Properties to set
                 */
                function MsgAttestModelResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgAttestModelResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.MsgAttestModelResponse
                 * @static
                 * @param {strata.models.v1.IMsgAttestModelResponse=} [properties] Properties to set
                 * @returns {strata.models.v1.MsgAttestModelResponse} MsgAttestModelResponse instance
                 */
                MsgAttestModelResponse.create = function create(properties) {
                    return new MsgAttestModelResponse(properties);
                };

                /**
                 * Encodes the specified MsgAttestModelResponse message. Does not implicitly {@link strata.models.v1.MsgAttestModelResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.MsgAttestModelResponse
                 * @static
                 * @param {strata.models.v1.IMsgAttestModelResponse} message MsgAttestModelResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgAttestModelResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgAttestModelResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.MsgAttestModelResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.MsgAttestModelResponse} MsgAttestModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgAttestModelResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.MsgAttestModelResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for MsgAttestModelResponse
                 * @function getTypeUrl
                 * @memberof strata.models.v1.MsgAttestModelResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgAttestModelResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.MsgAttestModelResponse";
                };

                return MsgAttestModelResponse;
            })();

            v1.MsgDeprecateModel = (function() {

                /**
                 * Properties of a MsgDeprecateModel.
                 * @memberof strata.models.v1
                 * @interface IMsgDeprecateModel
                 * @property {string|null} [owner] MsgDeprecateModel owner
                 * @property {string|null} [id] MsgDeprecateModel id
                 */

                /**
                 * Constructs a new MsgDeprecateModel.
                 * @memberof strata.models.v1
                 * @classdesc Represents a MsgDeprecateModel.
                 * @implements IMsgDeprecateModel
                 * @constructor
                 * @param {strata.models.v1.IMsgDeprecateModel=} [properties] Properties to set
                 */
                function MsgDeprecateModel(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgDeprecateModel owner.
                 * @member {string} owner
                 * @memberof strata.models.v1.MsgDeprecateModel
                 * @instance
                 */
                MsgDeprecateModel.prototype.owner = "";

                /**
                 * MsgDeprecateModel id.
                 * @member {string} id
                 * @memberof strata.models.v1.MsgDeprecateModel
                 * @instance
                 */
                MsgDeprecateModel.prototype.id = "";

                /**
                 * Creates a new MsgDeprecateModel instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.MsgDeprecateModel
                 * @static
                 * @param {strata.models.v1.IMsgDeprecateModel=} [properties] Properties to set
                 * @returns {strata.models.v1.MsgDeprecateModel} MsgDeprecateModel instance
                 */
                MsgDeprecateModel.create = function create(properties) {
                    return new MsgDeprecateModel(properties);
                };

                /**
                 * Encodes the specified MsgDeprecateModel message. Does not implicitly {@link strata.models.v1.MsgDeprecateModel.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.MsgDeprecateModel
                 * @static
                 * @param {strata.models.v1.IMsgDeprecateModel} message MsgDeprecateModel message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgDeprecateModel.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                    return writer;
                };

                /**
                 * Decodes a MsgDeprecateModel message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.MsgDeprecateModel
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.MsgDeprecateModel} MsgDeprecateModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgDeprecateModel.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.MsgDeprecateModel();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.owner = reader.string();
                                break;
                            }
                        case 2: {
                                message.id = reader.string();
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
                 * Gets the default type url for MsgDeprecateModel
                 * @function getTypeUrl
                 * @memberof strata.models.v1.MsgDeprecateModel
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgDeprecateModel.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.MsgDeprecateModel";
                };

                return MsgDeprecateModel;
            })();

            v1.MsgDeprecateModelResponse = (function() {

                /**
                 * Properties of a MsgDeprecateModelResponse.
                 * @memberof strata.models.v1
                 * @interface IMsgDeprecateModelResponse
                 */

                /**
                 * Constructs a new MsgDeprecateModelResponse.
                 * @memberof strata.models.v1
                 * @classdesc Represents a MsgDeprecateModelResponse.
                 * @implements IMsgDeprecateModelResponse
                 * @constructor
                 * @param {strata.models.v1.IMsgDeprecateModelResponse=} [properties] Properties to set
                 */
                function MsgDeprecateModelResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgDeprecateModelResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.MsgDeprecateModelResponse
                 * @static
                 * @param {strata.models.v1.IMsgDeprecateModelResponse=} [properties] Properties to set
                 * @returns {strata.models.v1.MsgDeprecateModelResponse} MsgDeprecateModelResponse instance
                 */
                MsgDeprecateModelResponse.create = function create(properties) {
                    return new MsgDeprecateModelResponse(properties);
                };

                /**
                 * Encodes the specified MsgDeprecateModelResponse message. Does not implicitly {@link strata.models.v1.MsgDeprecateModelResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.MsgDeprecateModelResponse
                 * @static
                 * @param {strata.models.v1.IMsgDeprecateModelResponse} message MsgDeprecateModelResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgDeprecateModelResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgDeprecateModelResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.MsgDeprecateModelResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.MsgDeprecateModelResponse} MsgDeprecateModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgDeprecateModelResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.MsgDeprecateModelResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for MsgDeprecateModelResponse
                 * @function getTypeUrl
                 * @memberof strata.models.v1.MsgDeprecateModelResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgDeprecateModelResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.MsgDeprecateModelResponse";
                };

                return MsgDeprecateModelResponse;
            })();

            v1.Msg = (function() {

                /**
                 * Constructs a new Msg service.
                 * @memberof strata.models.v1
                 * @classdesc Represents a Msg
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Msg(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Msg.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Msg;

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.models.v1.Msg
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Msg} RPC service. Useful where requests and/or responses are streamed.
                 */
                Msg.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.models.v1.Msg#publishModel}.
                 * @memberof strata.models.v1.Msg
                 * @typedef PublishModelCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.models.v1.MsgPublishModelResponse} [response] MsgPublishModelResponse
                 */

                /**
                 * Calls PublishModel.
                 * @function publishModel
                 * @memberof strata.models.v1.Msg
                 * @instance
                 * @param {strata.models.v1.IMsgPublishModel} request MsgPublishModel message or plain object
                 * @param {strata.models.v1.Msg.PublishModelCallback} callback Node-style callback called with the error, if any, and MsgPublishModelResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.publishModel = function publishModel(request, callback) {
                    return this.rpcCall(publishModel, $root.strata.models.v1.MsgPublishModel, $root.strata.models.v1.MsgPublishModelResponse, request, callback);
                }, "name", { value: "PublishModel" });

                /**
                 * Calls PublishModel.
                 * @function publishModel
                 * @memberof strata.models.v1.Msg
                 * @instance
                 * @param {strata.models.v1.IMsgPublishModel} request MsgPublishModel message or plain object
                 * @returns {Promise<strata.models.v1.MsgPublishModelResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.models.v1.Msg#attestModel}.
                 * @memberof strata.models.v1.Msg
                 * @typedef AttestModelCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.models.v1.MsgAttestModelResponse} [response] MsgAttestModelResponse
                 */

                /**
                 * Calls AttestModel.
                 * @function attestModel
                 * @memberof strata.models.v1.Msg
                 * @instance
                 * @param {strata.models.v1.IMsgAttestModel} request MsgAttestModel message or plain object
                 * @param {strata.models.v1.Msg.AttestModelCallback} callback Node-style callback called with the error, if any, and MsgAttestModelResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.attestModel = function attestModel(request, callback) {
                    return this.rpcCall(attestModel, $root.strata.models.v1.MsgAttestModel, $root.strata.models.v1.MsgAttestModelResponse, request, callback);
                }, "name", { value: "AttestModel" });

                /**
                 * Calls AttestModel.
                 * @function attestModel
                 * @memberof strata.models.v1.Msg
                 * @instance
                 * @param {strata.models.v1.IMsgAttestModel} request MsgAttestModel message or plain object
                 * @returns {Promise<strata.models.v1.MsgAttestModelResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.models.v1.Msg#deprecateModel}.
                 * @memberof strata.models.v1.Msg
                 * @typedef DeprecateModelCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.models.v1.MsgDeprecateModelResponse} [response] MsgDeprecateModelResponse
                 */

                /**
                 * Calls DeprecateModel.
                 * @function deprecateModel
                 * @memberof strata.models.v1.Msg
                 * @instance
                 * @param {strata.models.v1.IMsgDeprecateModel} request MsgDeprecateModel message or plain object
                 * @param {strata.models.v1.Msg.DeprecateModelCallback} callback Node-style callback called with the error, if any, and MsgDeprecateModelResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.deprecateModel = function deprecateModel(request, callback) {
                    return this.rpcCall(deprecateModel, $root.strata.models.v1.MsgDeprecateModel, $root.strata.models.v1.MsgDeprecateModelResponse, request, callback);
                }, "name", { value: "DeprecateModel" });

                /**
                 * Calls DeprecateModel.
                 * @function deprecateModel
                 * @memberof strata.models.v1.Msg
                 * @instance
                 * @param {strata.models.v1.IMsgDeprecateModel} request MsgDeprecateModel message or plain object
                 * @returns {Promise<strata.models.v1.MsgDeprecateModelResponse>} Promise
                 * @variation 2
                 */

                return Msg;
            })();

            v1.QueryModelRequest = (function() {

                /**
                 * Properties of a QueryModelRequest.
                 * @memberof strata.models.v1
                 * @interface IQueryModelRequest
                 * @property {string|null} [id] QueryModelRequest id
                 */

                /**
                 * Constructs a new QueryModelRequest.
                 * @memberof strata.models.v1
                 * @classdesc Represents a QueryModelRequest.
                 * @implements IQueryModelRequest
                 * @constructor
                 * @param {strata.models.v1.IQueryModelRequest=} [properties] Properties to set
                 */
                function QueryModelRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelRequest id.
                 * @member {string} id
                 * @memberof strata.models.v1.QueryModelRequest
                 * @instance
                 */
                QueryModelRequest.prototype.id = "";

                /**
                 * Creates a new QueryModelRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.QueryModelRequest
                 * @static
                 * @param {strata.models.v1.IQueryModelRequest=} [properties] Properties to set
                 * @returns {strata.models.v1.QueryModelRequest} QueryModelRequest instance
                 */
                QueryModelRequest.create = function create(properties) {
                    return new QueryModelRequest(properties);
                };

                /**
                 * Encodes the specified QueryModelRequest message. Does not implicitly {@link strata.models.v1.QueryModelRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.QueryModelRequest
                 * @static
                 * @param {strata.models.v1.IQueryModelRequest} message QueryModelRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    return writer;
                };

                /**
                 * Decodes a QueryModelRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.QueryModelRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.QueryModelRequest} QueryModelRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.QueryModelRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
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
                 * Gets the default type url for QueryModelRequest
                 * @function getTypeUrl
                 * @memberof strata.models.v1.QueryModelRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.QueryModelRequest";
                };

                return QueryModelRequest;
            })();

            v1.QueryModelResponse = (function() {

                /**
                 * Properties of a QueryModelResponse.
                 * @memberof strata.models.v1
                 * @interface IQueryModelResponse
                 * @property {strata.models.v1.IModelVersion|null} [model] QueryModelResponse model
                 */

                /**
                 * Constructs a new QueryModelResponse.
                 * @memberof strata.models.v1
                 * @classdesc Represents a QueryModelResponse.
                 * @implements IQueryModelResponse
                 * @constructor
                 * @param {strata.models.v1.IQueryModelResponse=} [properties] Properties to set
                 */
                function QueryModelResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelResponse model.
                 * @member {strata.models.v1.IModelVersion|null|undefined} model
                 * @memberof strata.models.v1.QueryModelResponse
                 * @instance
                 */
                QueryModelResponse.prototype.model = null;

                /**
                 * Creates a new QueryModelResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.QueryModelResponse
                 * @static
                 * @param {strata.models.v1.IQueryModelResponse=} [properties] Properties to set
                 * @returns {strata.models.v1.QueryModelResponse} QueryModelResponse instance
                 */
                QueryModelResponse.create = function create(properties) {
                    return new QueryModelResponse(properties);
                };

                /**
                 * Encodes the specified QueryModelResponse message. Does not implicitly {@link strata.models.v1.QueryModelResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.QueryModelResponse
                 * @static
                 * @param {strata.models.v1.IQueryModelResponse} message QueryModelResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                        $root.strata.models.v1.ModelVersion.encode(message.model, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryModelResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.QueryModelResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.QueryModelResponse} QueryModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.QueryModelResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.model = $root.strata.models.v1.ModelVersion.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryModelResponse
                 * @function getTypeUrl
                 * @memberof strata.models.v1.QueryModelResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.QueryModelResponse";
                };

                return QueryModelResponse;
            })();

            v1.QueryModelsRequest = (function() {

                /**
                 * Properties of a QueryModelsRequest.
                 * @memberof strata.models.v1
                 * @interface IQueryModelsRequest
                 * @property {strata.models.v1.ModelStatus|null} [status] QueryModelsRequest status
                 * @property {strata.base.v1.IPageRequest|null} [pagination] QueryModelsRequest pagination
                 */

                /**
                 * Constructs a new QueryModelsRequest.
                 * @memberof strata.models.v1
                 * @classdesc Represents a QueryModelsRequest.
                 * @implements IQueryModelsRequest
                 * @constructor
                 * @param {strata.models.v1.IQueryModelsRequest=} [properties] Properties to set
                 */
                function QueryModelsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelsRequest status.
                 * @member {strata.models.v1.ModelStatus} status
                 * @memberof strata.models.v1.QueryModelsRequest
                 * @instance
                 */
                QueryModelsRequest.prototype.status = 0;

                /**
                 * QueryModelsRequest pagination.
                 * @member {strata.base.v1.IPageRequest|null|undefined} pagination
                 * @memberof strata.models.v1.QueryModelsRequest
                 * @instance
                 */
                QueryModelsRequest.prototype.pagination = null;

                /**
                 * Creates a new QueryModelsRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.QueryModelsRequest
                 * @static
                 * @param {strata.models.v1.IQueryModelsRequest=} [properties] Properties to set
                 * @returns {strata.models.v1.QueryModelsRequest} QueryModelsRequest instance
                 */
                QueryModelsRequest.create = function create(properties) {
                    return new QueryModelsRequest(properties);
                };

                /**
                 * Encodes the specified QueryModelsRequest message. Does not implicitly {@link strata.models.v1.QueryModelsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.QueryModelsRequest
                 * @static
                 * @param {strata.models.v1.IQueryModelsRequest} message QueryModelsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.strata.base.v1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryModelsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.QueryModelsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.QueryModelsRequest} QueryModelsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.QueryModelsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.status = reader.int32();
                                break;
                            }
                        case 2: {
                                message.pagination = $root.strata.base.v1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryModelsRequest
                 * @function getTypeUrl
                 * @memberof strata.models.v1.QueryModelsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.QueryModelsRequest";
                };

                return QueryModelsRequest;
            })();

            v1.QueryModelsResponse = (function() {

                /**
                 * Properties of a QueryModelsResponse.
                 * @memberof strata.models.v1
                 * @interface IQueryModelsResponse
                 * @property {Array.<strata.models.v1.IModelVersion>|null} [models] QueryModelsResponse models
                 * @property {strata.base.v1.IPageResponse|null} [pagination] QueryModelsResponse pagination
                 */

                /**
                 * Constructs a new QueryModelsResponse.
                 * @memberof strata.models.v1
                 * @classdesc Represents a QueryModelsResponse.
                 * @implements IQueryModelsResponse
                 * @constructor
                 * @param {strata.models.v1.IQueryModelsResponse=} [properties] Properties to set
                 */
                function QueryModelsResponse(properties) {
                    this.models = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelsResponse models.
                 * @member {Array.<strata.models.v1.IModelVersion>} models
                 * @memberof strata.models.v1.QueryModelsResponse
                 * @instance
                 */
                QueryModelsResponse.prototype.models = $util.emptyArray;

                /**
                 * QueryModelsResponse pagination.
                 * @member {strata.base.v1.IPageResponse|null|undefined} pagination
                 * @memberof strata.models.v1.QueryModelsResponse
                 * @instance
                 */
                QueryModelsResponse.prototype.pagination = null;

                /**
                 * Creates a new QueryModelsResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.QueryModelsResponse
                 * @static
                 * @param {strata.models.v1.IQueryModelsResponse=} [properties] Properties to set
                 * @returns {strata.models.v1.QueryModelsResponse} QueryModelsResponse instance
                 */
                QueryModelsResponse.create = function create(properties) {
                    return new QueryModelsResponse(properties);
                };

                /**
                 * Encodes the specified QueryModelsResponse message. Does not implicitly {@link strata.models.v1.QueryModelsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.QueryModelsResponse
                 * @static
                 * @param {strata.models.v1.IQueryModelsResponse} message QueryModelsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.models != null && message.models.length)
                        for (let i = 0; i < message.models.length; ++i)
                            $root.strata.models.v1.ModelVersion.encode(message.models[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.strata.base.v1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryModelsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.QueryModelsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.QueryModelsResponse} QueryModelsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.QueryModelsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.models && message.models.length))
                                    message.models = [];
                                message.models.push($root.strata.models.v1.ModelVersion.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.pagination = $root.strata.base.v1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryModelsResponse
                 * @function getTypeUrl
                 * @memberof strata.models.v1.QueryModelsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.QueryModelsResponse";
                };

                return QueryModelsResponse;
            })();

            v1.QueryModelHistoryRequest = (function() {

                /**
                 * Properties of a QueryModelHistoryRequest.
                 * @memberof strata.models.v1
                 * @interface IQueryModelHistoryRequest
                 * @property {string|null} [name] QueryModelHistoryRequest name
                 */

                /**
                 * Constructs a new QueryModelHistoryRequest.
                 * @memberof strata.models.v1
                 * @classdesc Represents a QueryModelHistoryRequest.
                 * @implements IQueryModelHistoryRequest
                 * @constructor
                 * @param {strata.models.v1.IQueryModelHistoryRequest=} [properties] Properties to set
                 */
                function QueryModelHistoryRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelHistoryRequest name.
                 * @member {string} name
                 * @memberof strata.models.v1.QueryModelHistoryRequest
                 * @instance
                 */
                QueryModelHistoryRequest.prototype.name = "";

                /**
                 * Creates a new QueryModelHistoryRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.QueryModelHistoryRequest
                 * @static
                 * @param {strata.models.v1.IQueryModelHistoryRequest=} [properties] Properties to set
                 * @returns {strata.models.v1.QueryModelHistoryRequest} QueryModelHistoryRequest instance
                 */
                QueryModelHistoryRequest.create = function create(properties) {
                    return new QueryModelHistoryRequest(properties);
                };

                /**
                 * Encodes the specified QueryModelHistoryRequest message. Does not implicitly {@link strata.models.v1.QueryModelHistoryRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.QueryModelHistoryRequest
                 * @static
                 * @param {strata.models.v1.IQueryModelHistoryRequest} message QueryModelHistoryRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelHistoryRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.name != null && Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    return writer;
                };

                /**
                 * Decodes a QueryModelHistoryRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.QueryModelHistoryRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.QueryModelHistoryRequest} QueryModelHistoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelHistoryRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.QueryModelHistoryRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.name = reader.string();
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
                 * Gets the default type url for QueryModelHistoryRequest
                 * @function getTypeUrl
                 * @memberof strata.models.v1.QueryModelHistoryRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelHistoryRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.QueryModelHistoryRequest";
                };

                return QueryModelHistoryRequest;
            })();

            v1.QueryModelHistoryResponse = (function() {

                /**
                 * Properties of a QueryModelHistoryResponse.
                 * @memberof strata.models.v1
                 * @interface IQueryModelHistoryResponse
                 * @property {Array.<strata.models.v1.IModelVersion>|null} [models] QueryModelHistoryResponse models
                 */

                /**
                 * Constructs a new QueryModelHistoryResponse.
                 * @memberof strata.models.v1
                 * @classdesc Represents a QueryModelHistoryResponse.
                 * @implements IQueryModelHistoryResponse
                 * @constructor
                 * @param {strata.models.v1.IQueryModelHistoryResponse=} [properties] Properties to set
                 */
                function QueryModelHistoryResponse(properties) {
                    this.models = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryModelHistoryResponse models.
                 * @member {Array.<strata.models.v1.IModelVersion>} models
                 * @memberof strata.models.v1.QueryModelHistoryResponse
                 * @instance
                 */
                QueryModelHistoryResponse.prototype.models = $util.emptyArray;

                /**
                 * Creates a new QueryModelHistoryResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.QueryModelHistoryResponse
                 * @static
                 * @param {strata.models.v1.IQueryModelHistoryResponse=} [properties] Properties to set
                 * @returns {strata.models.v1.QueryModelHistoryResponse} QueryModelHistoryResponse instance
                 */
                QueryModelHistoryResponse.create = function create(properties) {
                    return new QueryModelHistoryResponse(properties);
                };

                /**
                 * Encodes the specified QueryModelHistoryResponse message. Does not implicitly {@link strata.models.v1.QueryModelHistoryResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.QueryModelHistoryResponse
                 * @static
                 * @param {strata.models.v1.IQueryModelHistoryResponse} message QueryModelHistoryResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryModelHistoryResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.models != null && message.models.length)
                        for (let i = 0; i < message.models.length; ++i)
                            $root.strata.models.v1.ModelVersion.encode(message.models[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryModelHistoryResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.QueryModelHistoryResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.QueryModelHistoryResponse} QueryModelHistoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryModelHistoryResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.QueryModelHistoryResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.models && message.models.length))
                                    message.models = [];
                                message.models.push($root.strata.models.v1.ModelVersion.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for QueryModelHistoryResponse
                 * @function getTypeUrl
                 * @memberof strata.models.v1.QueryModelHistoryResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryModelHistoryResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.QueryModelHistoryResponse";
                };

                return QueryModelHistoryResponse;
            })();

            v1.Query = (function() {

                /**
                 * Constructs a new Query service.
                 * @memberof strata.models.v1
                 * @classdesc Represents a Query
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Query(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Query.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Query;

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.models.v1.Query
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Query} RPC service. Useful where requests and/or responses are streamed.
                 */
                Query.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.models.v1.Query#model}.
                 * @memberof strata.models.v1.Query
                 * @typedef ModelCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.models.v1.QueryModelResponse} [response] QueryModelResponse
                 */

                /**
                 * Calls Model.
                 * @function model
                 * @memberof strata.models.v1.Query
                 * @instance
                 * @param {strata.models.v1.IQueryModelRequest} request QueryModelRequest message or plain object
                 * @param {strata.models.v1.Query.ModelCallback} callback Node-style callback called with the error, if any, and QueryModelResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.model = function model(request, callback) {
                    return this.rpcCall(model, $root.strata.models.v1.QueryModelRequest, $root.strata.models.v1.QueryModelResponse, request, callback);
                }, "name", { value: "Model" });

                /**
                 * Calls Model.
                 * @function model
                 * @memberof strata.models.v1.Query
                 * @instance
                 * @param {strata.models.v1.IQueryModelRequest} request QueryModelRequest message or plain object
                 * @returns {Promise<strata.models.v1.QueryModelResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.models.v1.Query#models}.
                 * @memberof strata.models.v1.Query
                 * @typedef ModelsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.models.v1.QueryModelsResponse} [response] QueryModelsResponse
                 */

                /**
                 * Calls Models.
                 * @function models
                 * @memberof strata.models.v1.Query
                 * @instance
                 * @param {strata.models.v1.IQueryModelsRequest} request QueryModelsRequest message or plain object
                 * @param {strata.models.v1.Query.ModelsCallback} callback Node-style callback called with the error, if any, and QueryModelsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.models = function models(request, callback) {
                    return this.rpcCall(models, $root.strata.models.v1.QueryModelsRequest, $root.strata.models.v1.QueryModelsResponse, request, callback);
                }, "name", { value: "Models" });

                /**
                 * Calls Models.
                 * @function models
                 * @memberof strata.models.v1.Query
                 * @instance
                 * @param {strata.models.v1.IQueryModelsRequest} request QueryModelsRequest message or plain object
                 * @returns {Promise<strata.models.v1.QueryModelsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.models.v1.Query#modelHistory}.
                 * @memberof strata.models.v1.Query
                 * @typedef ModelHistoryCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.models.v1.QueryModelHistoryResponse} [response] QueryModelHistoryResponse
                 */

                /**
                 * Calls ModelHistory.
                 * @function modelHistory
                 * @memberof strata.models.v1.Query
                 * @instance
                 * @param {strata.models.v1.IQueryModelHistoryRequest} request QueryModelHistoryRequest message or plain object
                 * @param {strata.models.v1.Query.ModelHistoryCallback} callback Node-style callback called with the error, if any, and QueryModelHistoryResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.modelHistory = function modelHistory(request, callback) {
                    return this.rpcCall(modelHistory, $root.strata.models.v1.QueryModelHistoryRequest, $root.strata.models.v1.QueryModelHistoryResponse, request, callback);
                }, "name", { value: "ModelHistory" });

                /**
                 * Calls ModelHistory.
                 * @function modelHistory
                 * @memberof strata.models.v1.Query
                 * @instance
                 * @param {strata.models.v1.IQueryModelHistoryRequest} request QueryModelHistoryRequest message or plain object
                 * @returns {Promise<strata.models.v1.QueryModelHistoryResponse>} Promise
                 * @variation 2
                 */

                return Query;
            })();

            v1.GenesisState = (function() {

                /**
                 * Properties of a GenesisState.
                 * @memberof strata.models.v1
                 * @interface IGenesisState
                 * @property {Array.<strata.models.v1.IModelVersion>|null} [models] GenesisState models
                 */

                /**
                 * Constructs a new GenesisState.
                 * @memberof strata.models.v1
                 * @classdesc Represents a GenesisState.
                 * @implements IGenesisState
                 * @constructor
                 * @param {strata.models.v1.IGenesisState=} [properties] Properties to set
                 */
                function GenesisState(properties) {
                    this.models = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GenesisState models.
                 * @member {Array.<strata.models.v1.IModelVersion>} models
                 * @memberof strata.models.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.models = $util.emptyArray;

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @function create
                 * @memberof strata.models.v1.GenesisState
                 * @static
                 * @param {strata.models.v1.IGenesisState=} [properties] Properties to set
                 * @returns {strata.models.v1.GenesisState} GenesisState instance
                 */
                GenesisState.create = function create(properties) {
                    return new GenesisState(properties);
                };

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.models.v1.GenesisState.verify|verify} messages.
                 * @function encode
                 * @memberof strata.models.v1.GenesisState
                 * @static
                 * @param {strata.models.v1.IGenesisState} message GenesisState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenesisState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.models != null && message.models.length)
                        for (let i = 0; i < message.models.length; ++i)
                            $root.strata.models.v1.ModelVersion.encode(message.models[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.models.v1.GenesisState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.models.v1.GenesisState} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenesisState.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.models.v1.GenesisState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.models && message.models.length))
                                    message.models = [];
                                message.models.push($root.strata.models.v1.ModelVersion.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for GenesisState
                 * @function getTypeUrl
                 * @memberof strata.models.v1.GenesisState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GenesisState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.models.v1.GenesisState";
                };

                return GenesisState;
            })();

            return v1;
        })();

        return models;
    })();

    strata.nodes = (function() {

        /**
         * Namespace nodes.
         * @memberof strata
         * @namespace
         */
        const nodes = {};

        nodes.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof strata.nodes
             * @namespace
             */
            const v1 = {};

            /**
             * Role enum.
             * @name strata.nodes.v1.Role
             * @enum {number}
             * @property {number} ROLE_UNSPECIFIED=0 ROLE_UNSPECIFIED value
             * @property {number} ROLE_ROUTER=1 ROLE_ROUTER value
             * @property {number} ROLE_EXECUTOR=2 ROLE_EXECUTOR value
             * @property {number} ROLE_GUARD=3 ROLE_GUARD value
             */
            v1.Role = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "ROLE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ROLE_ROUTER"] = 1;
                values[valuesById[2] = "ROLE_EXECUTOR"] = 2;
                values[valuesById[3] = "ROLE_GUARD"] = 3;
                return values;
            })();

            /**
             * NodeStatus enum.
             * @name strata.nodes.v1.NodeStatus
             * @enum {number}
             * @property {number} NODE_STATUS_UNSPECIFIED=0 NODE_STATUS_UNSPECIFIED value
             * @property {number} NODE_STATUS_ACTIVE=1 NODE_STATUS_ACTIVE value
             * @property {number} NODE_STATUS_JAILED=2 NODE_STATUS_JAILED value
             * @property {number} NODE_STATUS_UNBONDING=3 NODE_STATUS_UNBONDING value
             * @property {number} NODE_STATUS_UNBONDED=4 NODE_STATUS_UNBONDED value
             */
            v1.NodeStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "NODE_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "NODE_STATUS_ACTIVE"] = 1;
                values[valuesById[2] = "NODE_STATUS_JAILED"] = 2;
                values[valuesById[3] = "NODE_STATUS_UNBONDING"] = 3;
                values[valuesById[4] = "NODE_STATUS_UNBONDED"] = 4;
                return values;
            })();

            v1.Hardware = (function() {

                /**
                 * Properties of a Hardware.
                 * @memberof strata.nodes.v1
                 * @interface IHardware
                 * @property {string|null} [cpu] Hardware cpu
                 * @property {number|null} [cores] Hardware cores
                 * @property {number|null} [memoryBytes] Hardware memoryBytes
                 * @property {string|null} [gpu] Hardware gpu
                 */

                /**
                 * Constructs a new Hardware.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a Hardware.
                 * @implements IHardware
                 * @constructor
                 * @param {strata.nodes.v1.IHardware=} [properties] Properties to set
                 */
                function Hardware(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Hardware cpu.
                 * @member {string} cpu
                 * @memberof strata.nodes.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.cpu = "";

                /**
                 * Hardware cores.
                 * @member {number} cores
                 * @memberof strata.nodes.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.cores = 0;

                /**
                 * Hardware memoryBytes.
                 * @member {number} memoryBytes
                 * @memberof strata.nodes.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Hardware gpu.
                 * @member {string} gpu
                 * @memberof strata.nodes.v1.Hardware
                 * @instance
                 */
                Hardware.prototype.gpu = "";

                /**
                 * Creates a new Hardware instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.Hardware
                 * @static
                 * @param {strata.nodes.v1.IHardware=} [properties] Properties to set
                 * @returns {strata.nodes.v1.Hardware} Hardware instance
                 */
                Hardware.create = function create(properties) {
                    return new Hardware(properties);
                };

                /**
                 * Encodes the specified Hardware message. Does not implicitly {@link strata.nodes.v1.Hardware.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.Hardware
                 * @static
                 * @param {strata.nodes.v1.IHardware} message Hardware message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Hardware.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.cpu != null && Object.hasOwnProperty.call(message, "cpu"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.cpu);
                    if (message.cores != null && Object.hasOwnProperty.call(message, "cores"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.cores);
                    if (message.memoryBytes != null && Object.hasOwnProperty.call(message, "memoryBytes"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.memoryBytes);
                    if (message.gpu != null && Object.hasOwnProperty.call(message, "gpu"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.gpu);
                    return writer;
                };

                /**
                 * Decodes a Hardware message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.Hardware
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.Hardware} Hardware
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Hardware.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.Hardware();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.cpu = reader.string();
                                break;
                            }
                        case 2: {
                                message.cores = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.memoryBytes = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.gpu = reader.string();
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
                 * Gets the default type url for Hardware
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.Hardware
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Hardware.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.Hardware";
                };

                return Hardware;
            })();

            v1.Node = (function() {

                /**
                 * Properties of a Node.
                 * @memberof strata.nodes.v1
                 * @interface INode
                 * @property {string|null} [operator] Node operator
                 * @property {Array.<strata.nodes.v1.Role>|null} [roles] Node roles
                 * @property {Uint8Array|null} [pubkey] Node pubkey
                 * @property {string|null} [endpoint] Node endpoint
                 * @property {Array.<string>|null} [models] Node models
                 * @property {number|null} [capacity] Node capacity
                 * @property {string|null} [pricePer_1k] Node pricePer_1k
                 * @property {strata.nodes.v1.IHardware|null} [hardware] Node hardware
                 * @property {string|null} [stake] Node stake
                 * @property {number|null} [reputation] Node reputation
                 * @property {strata.nodes.v1.NodeStatus|null} [status] Node status
                 * @property {number|null} [registeredHeight] Node registeredHeight
                 * @property {number|null} [jailedUntilHeight] Node jailedUntilHeight
                 * @property {number|null} [unbondingHeight] Node unbondingHeight
                 * @property {number|null} [tasksSettled] Node tasksSettled
                 * @property {number|null} [tasksFaulted] Node tasksFaulted
                 * @property {string|null} [slashedTotal] Node slashedTotal
                 */

                /**
                 * Constructs a new Node.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a Node.
                 * @implements INode
                 * @constructor
                 * @param {strata.nodes.v1.INode=} [properties] Properties to set
                 */
                function Node(properties) {
                    this.roles = [];
                    this.models = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Node operator.
                 * @member {string} operator
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.operator = "";

                /**
                 * Node roles.
                 * @member {Array.<strata.nodes.v1.Role>} roles
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.roles = $util.emptyArray;

                /**
                 * Node pubkey.
                 * @member {Uint8Array} pubkey
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.pubkey = $util.newBuffer([]);

                /**
                 * Node endpoint.
                 * @member {string} endpoint
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.endpoint = "";

                /**
                 * Node models.
                 * @member {Array.<string>} models
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.models = $util.emptyArray;

                /**
                 * Node capacity.
                 * @member {number} capacity
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.capacity = 0;

                /**
                 * Node pricePer_1k.
                 * @member {string} pricePer_1k
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.pricePer_1k = "";

                /**
                 * Node hardware.
                 * @member {strata.nodes.v1.IHardware|null|undefined} hardware
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.hardware = null;

                /**
                 * Node stake.
                 * @member {string} stake
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.stake = "";

                /**
                 * Node reputation.
                 * @member {number} reputation
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.reputation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Node status.
                 * @member {strata.nodes.v1.NodeStatus} status
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.status = 0;

                /**
                 * Node registeredHeight.
                 * @member {number} registeredHeight
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.registeredHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Node jailedUntilHeight.
                 * @member {number} jailedUntilHeight
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.jailedUntilHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Node unbondingHeight.
                 * @member {number} unbondingHeight
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.unbondingHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Node tasksSettled.
                 * @member {number} tasksSettled
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.tasksSettled = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Node tasksFaulted.
                 * @member {number} tasksFaulted
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.tasksFaulted = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Node slashedTotal.
                 * @member {string} slashedTotal
                 * @memberof strata.nodes.v1.Node
                 * @instance
                 */
                Node.prototype.slashedTotal = "";

                /**
                 * Creates a new Node instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.Node
                 * @static
                 * @param {strata.nodes.v1.INode=} [properties] Properties to set
                 * @returns {strata.nodes.v1.Node} Node instance
                 */
                Node.create = function create(properties) {
                    return new Node(properties);
                };

                /**
                 * Encodes the specified Node message. Does not implicitly {@link strata.nodes.v1.Node.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.Node
                 * @static
                 * @param {strata.nodes.v1.INode} message Node message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Node.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.roles != null && message.roles.length) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork();
                        for (let i = 0; i < message.roles.length; ++i)
                            writer.int32(message.roles[i]);
                        writer.ldelim();
                    }
                    if (message.pubkey != null && Object.hasOwnProperty.call(message, "pubkey"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.pubkey);
                    if (message.endpoint != null && Object.hasOwnProperty.call(message, "endpoint"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.endpoint);
                    if (message.models != null && message.models.length)
                        for (let i = 0; i < message.models.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.models[i]);
                    if (message.capacity != null && Object.hasOwnProperty.call(message, "capacity"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.capacity);
                    if (message.pricePer_1k != null && Object.hasOwnProperty.call(message, "pricePer_1k"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.pricePer_1k);
                    if (message.hardware != null && Object.hasOwnProperty.call(message, "hardware"))
                        $root.strata.nodes.v1.Hardware.encode(message.hardware, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (message.stake != null && Object.hasOwnProperty.call(message, "stake"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.stake);
                    if (message.reputation != null && Object.hasOwnProperty.call(message, "reputation"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.reputation);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 11, wireType 0 =*/88).int32(message.status);
                    if (message.registeredHeight != null && Object.hasOwnProperty.call(message, "registeredHeight"))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.registeredHeight);
                    if (message.jailedUntilHeight != null && Object.hasOwnProperty.call(message, "jailedUntilHeight"))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.jailedUntilHeight);
                    if (message.unbondingHeight != null && Object.hasOwnProperty.call(message, "unbondingHeight"))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.unbondingHeight);
                    if (message.tasksSettled != null && Object.hasOwnProperty.call(message, "tasksSettled"))
                        writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.tasksSettled);
                    if (message.tasksFaulted != null && Object.hasOwnProperty.call(message, "tasksFaulted"))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.tasksFaulted);
                    if (message.slashedTotal != null && Object.hasOwnProperty.call(message, "slashedTotal"))
                        writer.uint32(/* id 17, wireType 2 =*/138).string(message.slashedTotal);
                    return writer;
                };

                /**
                 * Decodes a Node message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.Node
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.Node} Node
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Node.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.Node();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.roles.push(reader.int32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.roles.push(reader.int32());
                                break;
                            }
                        case 3: {
                                message.pubkey = reader.bytes();
                                break;
                            }
                        case 4: {
                                message.endpoint = reader.string();
                                break;
                            }
                        case 5: {
                                if (!(message.models && message.models.length))
                                    message.models = [];
                                message.models.push(reader.string());
                                break;
                            }
                        case 6: {
                                message.capacity = reader.uint32();
                                break;
                            }
                        case 7: {
                                message.pricePer_1k = reader.string();
                                break;
                            }
                        case 8: {
                                message.hardware = $root.strata.nodes.v1.Hardware.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 9: {
                                message.stake = reader.string();
                                break;
                            }
                        case 10: {
                                message.reputation = reader.uint64();
                                break;
                            }
                        case 11: {
                                message.status = reader.int32();
                                break;
                            }
                        case 12: {
                                message.registeredHeight = reader.uint64();
                                break;
                            }
                        case 13: {
                                message.jailedUntilHeight = reader.uint64();
                                break;
                            }
                        case 14: {
                                message.unbondingHeight = reader.uint64();
                                break;
                            }
                        case 15: {
                                message.tasksSettled = reader.uint64();
                                break;
                            }
                        case 16: {
                                message.tasksFaulted = reader.uint64();
                                break;
                            }
                        case 17: {
                                message.slashedTotal = reader.string();
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
                 * Gets the default type url for Node
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.Node
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Node.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.Node";
                };

                return Node;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof strata.nodes.v1
                 * @interface IParams
                 * @property {string|null} [minStake] Params minStake
                 * @property {number|null} [unbondingBlocks] Params unbondingBlocks
                 * @property {number|null} [initialReputation] Params initialReputation
                 * @property {number|null} [reputationAlpha] Params reputationAlpha
                 * @property {number|null} [jailBlocks] Params jailBlocks
                 */

                /**
                 * Constructs a new Params.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {strata.nodes.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params minStake.
                 * @member {string} minStake
                 * @memberof strata.nodes.v1.Params
                 * @instance
                 */
                Params.prototype.minStake = "";

                /**
                 * Params unbondingBlocks.
                 * @member {number} unbondingBlocks
                 * @memberof strata.nodes.v1.Params
                 * @instance
                 */
                Params.prototype.unbondingBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params initialReputation.
                 * @member {number} initialReputation
                 * @memberof strata.nodes.v1.Params
                 * @instance
                 */
                Params.prototype.initialReputation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params reputationAlpha.
                 * @member {number} reputationAlpha
                 * @memberof strata.nodes.v1.Params
                 * @instance
                 */
                Params.prototype.reputationAlpha = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params jailBlocks.
                 * @member {number} jailBlocks
                 * @memberof strata.nodes.v1.Params
                 * @instance
                 */
                Params.prototype.jailBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.Params
                 * @static
                 * @param {strata.nodes.v1.IParams=} [properties] Properties to set
                 * @returns {strata.nodes.v1.Params} Params instance
                 */
                Params.create = function create(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.nodes.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.Params
                 * @static
                 * @param {strata.nodes.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.minStake != null && Object.hasOwnProperty.call(message, "minStake"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.minStake);
                    if (message.unbondingBlocks != null && Object.hasOwnProperty.call(message, "unbondingBlocks"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.unbondingBlocks);
                    if (message.initialReputation != null && Object.hasOwnProperty.call(message, "initialReputation"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.initialReputation);
                    if (message.reputationAlpha != null && Object.hasOwnProperty.call(message, "reputationAlpha"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.reputationAlpha);
                    if (message.jailBlocks != null && Object.hasOwnProperty.call(message, "jailBlocks"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.jailBlocks);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.minStake = reader.string();
                                break;
                            }
                        case 2: {
                                message.unbondingBlocks = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.initialReputation = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.reputationAlpha = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.jailBlocks = reader.uint64();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.Params";
                };

                return Params;
            })();

            v1.MsgRegisterNode = (function() {

                /**
                 * Properties of a MsgRegisterNode.
                 * @memberof strata.nodes.v1
                 * @interface IMsgRegisterNode
                 * @property {string|null} [operator] MsgRegisterNode operator
                 * @property {Array.<strata.nodes.v1.Role>|null} [roles] MsgRegisterNode roles
                 * @property {Uint8Array|null} [pubkey] MsgRegisterNode pubkey
                 * @property {string|null} [endpoint] MsgRegisterNode endpoint
                 * @property {Array.<string>|null} [models] MsgRegisterNode models
                 * @property {number|null} [capacity] MsgRegisterNode capacity
                 * @property {string|null} [pricePer_1k] MsgRegisterNode pricePer_1k
                 * @property {strata.nodes.v1.IHardware|null} [hardware] MsgRegisterNode hardware
                 * @property {string|null} [stake] MsgRegisterNode stake
                 */

                /**
                 * Constructs a new MsgRegisterNode.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a MsgRegisterNode.
                 * @implements IMsgRegisterNode
                 * @constructor
                 * @param {strata.nodes.v1.IMsgRegisterNode=} [properties] Properties to set
                 */
                function MsgRegisterNode(properties) {
                    this.roles = [];
                    this.models = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRegisterNode operator.
                 * @member {string} operator
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.operator = "";

                /**
                 * MsgRegisterNode roles.
                 * @member {Array.<strata.nodes.v1.Role>} roles
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.roles = $util.emptyArray;

                /**
                 * MsgRegisterNode pubkey.
                 * @member {Uint8Array} pubkey
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.pubkey = $util.newBuffer([]);

                /**
                 * MsgRegisterNode endpoint.
                 * @member {string} endpoint
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.endpoint = "";

                /**
                 * MsgRegisterNode models.
                 * @member {Array.<string>} models
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.models = $util.emptyArray;

                /**
                 * MsgRegisterNode capacity.
                 * @member {number} capacity
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.capacity = 0;

                /**
                 * MsgRegisterNode pricePer_1k.
                 * @member {string} pricePer_1k
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.pricePer_1k = "";

                /**
                 * MsgRegisterNode hardware.
                 * @member {strata.nodes.v1.IHardware|null|undefined} hardware
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.hardware = null;

                /**
                 * MsgRegisterNode stake.
                 * @member {string} stake
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @instance
                 */
                MsgRegisterNode.prototype.stake = "";

                /**
                 * Creates a new MsgRegisterNode instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @static
                 * @param {strata.nodes.v1.IMsgRegisterNode=} [properties] Properties to set
                 * @returns {strata.nodes.v1.MsgRegisterNode} MsgRegisterNode instance
                 */
                MsgRegisterNode.create = function create(properties) {
                    return new MsgRegisterNode(properties);
                };

                /**
                 * Encodes the specified MsgRegisterNode message. Does not implicitly {@link strata.nodes.v1.MsgRegisterNode.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @static
                 * @param {strata.nodes.v1.IMsgRegisterNode} message MsgRegisterNode message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterNode.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.roles != null && message.roles.length) {
                        writer.uint32(/* id 2, wireType 2 =*/18).fork();
                        for (let i = 0; i < message.roles.length; ++i)
                            writer.int32(message.roles[i]);
                        writer.ldelim();
                    }
                    if (message.pubkey != null && Object.hasOwnProperty.call(message, "pubkey"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.pubkey);
                    if (message.endpoint != null && Object.hasOwnProperty.call(message, "endpoint"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.endpoint);
                    if (message.models != null && message.models.length)
                        for (let i = 0; i < message.models.length; ++i)
                            writer.uint32(/* id 5, wireType 2 =*/42).string(message.models[i]);
                    if (message.capacity != null && Object.hasOwnProperty.call(message, "capacity"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.capacity);
                    if (message.pricePer_1k != null && Object.hasOwnProperty.call(message, "pricePer_1k"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.pricePer_1k);
                    if (message.hardware != null && Object.hasOwnProperty.call(message, "hardware"))
                        $root.strata.nodes.v1.Hardware.encode(message.hardware, writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (message.stake != null && Object.hasOwnProperty.call(message, "stake"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.stake);
                    return writer;
                };

                /**
                 * Decodes a MsgRegisterNode message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.MsgRegisterNode} MsgRegisterNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterNode.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.MsgRegisterNode();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.roles.push(reader.int32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.roles.push(reader.int32());
                                break;
                            }
                        case 3: {
                                message.pubkey = reader.bytes();
                                break;
                            }
                        case 4: {
                                message.endpoint = reader.string();
                                break;
                            }
                        case 5: {
                                if (!(message.models && message.models.length))
                                    message.models = [];
                                message.models.push(reader.string());
                                break;
                            }
                        case 6: {
                                message.capacity = reader.uint32();
                                break;
                            }
                        case 7: {
                                message.pricePer_1k = reader.string();
                                break;
                            }
                        case 8: {
                                message.hardware = $root.strata.nodes.v1.Hardware.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 9: {
                                message.stake = reader.string();
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
                 * Gets the default type url for MsgRegisterNode
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.MsgRegisterNode
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRegisterNode.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.MsgRegisterNode";
                };

                return MsgRegisterNode;
            })();

            v1.MsgRegisterNodeResponse = (function() {

                /**
                 * Properties of a MsgRegisterNodeResponse.
                 * @memberof strata.nodes.v1
                 * @interface IMsgRegisterNodeResponse
                 */

                /**
                 * Constructs a new MsgRegisterNodeResponse.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a MsgRegisterNodeResponse.
                 * @implements IMsgRegisterNodeResponse
                 * @constructor
                 * @param {strata.nodes.v1.IMsgRegisterNodeResponse=} [properties] Properties to set
                 */
                function MsgRegisterNodeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgRegisterNodeResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.MsgRegisterNodeResponse
                 * @static
                 * @param {strata.nodes.v1.IMsgRegisterNodeResponse=} [properties] Properties to set
                 * @returns {strata.nodes.v1.MsgRegisterNodeResponse} MsgRegisterNodeResponse instance
                 */
                MsgRegisterNodeResponse.create = function create(properties) {
                    return new MsgRegisterNodeResponse(properties);
                };

                /**
                 * Encodes the specified MsgRegisterNodeResponse message. Does not implicitly {@link strata.nodes.v1.MsgRegisterNodeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.MsgRegisterNodeResponse
                 * @static
                 * @param {strata.nodes.v1.IMsgRegisterNodeResponse} message MsgRegisterNodeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRegisterNodeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgRegisterNodeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.MsgRegisterNodeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.MsgRegisterNodeResponse} MsgRegisterNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRegisterNodeResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.MsgRegisterNodeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for MsgRegisterNodeResponse
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.MsgRegisterNodeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRegisterNodeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.MsgRegisterNodeResponse";
                };

                return MsgRegisterNodeResponse;
            })();

            v1.MsgUpdateNode = (function() {

                /**
                 * Properties of a MsgUpdateNode.
                 * @memberof strata.nodes.v1
                 * @interface IMsgUpdateNode
                 * @property {string|null} [operator] MsgUpdateNode operator
                 * @property {string|null} [endpoint] MsgUpdateNode endpoint
                 * @property {boolean|null} [setModels] MsgUpdateNode setModels
                 * @property {Array.<string>|null} [models] MsgUpdateNode models
                 * @property {number|null} [capacity] MsgUpdateNode capacity
                 * @property {string|null} [pricePer_1k] MsgUpdateNode pricePer_1k
                 * @property {strata.nodes.v1.IHardware|null} [hardware] MsgUpdateNode hardware
                 * @property {string|null} [addStake] MsgUpdateNode addStake
                 * @property {boolean|null} [setRoles] MsgUpdateNode setRoles
                 * @property {Array.<strata.nodes.v1.Role>|null} [roles] MsgUpdateNode roles
                 */

                /**
                 * Constructs a new MsgUpdateNode.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a MsgUpdateNode.
                 * @implements IMsgUpdateNode
                 * @constructor
                 * @param {strata.nodes.v1.IMsgUpdateNode=} [properties] Properties to set
                 */
                function MsgUpdateNode(properties) {
                    this.models = [];
                    this.roles = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUpdateNode operator.
                 * @member {string} operator
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.operator = "";

                /**
                 * MsgUpdateNode endpoint.
                 * @member {string|null|undefined} endpoint
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.endpoint = null;

                /**
                 * MsgUpdateNode setModels.
                 * @member {boolean} setModels
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.setModels = false;

                /**
                 * MsgUpdateNode models.
                 * @member {Array.<string>} models
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.models = $util.emptyArray;

                /**
                 * MsgUpdateNode capacity.
                 * @member {number|null|undefined} capacity
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.capacity = null;

                /**
                 * MsgUpdateNode pricePer_1k.
                 * @member {string|null|undefined} pricePer_1k
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.pricePer_1k = null;

                /**
                 * MsgUpdateNode hardware.
                 * @member {strata.nodes.v1.IHardware|null|undefined} hardware
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.hardware = null;

                /**
                 * MsgUpdateNode addStake.
                 * @member {string} addStake
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.addStake = "";

                /**
                 * MsgUpdateNode setRoles.
                 * @member {boolean} setRoles
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.setRoles = false;

                /**
                 * MsgUpdateNode roles.
                 * @member {Array.<strata.nodes.v1.Role>} roles
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                MsgUpdateNode.prototype.roles = $util.emptyArray;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * MsgUpdateNode _endpoint.
                 * @member {"endpoint"|undefined} _endpoint
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                Object.defineProperty(MsgUpdateNode.prototype, "_endpoint", {
                    get: $util.oneOfGetter($oneOfFields = ["endpoint"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * MsgUpdateNode _capacity.
                 * @member {"capacity"|undefined} _capacity
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                Object.defineProperty(MsgUpdateNode.prototype, "_capacity", {
                    get: $util.oneOfGetter($oneOfFields = ["capacity"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * MsgUpdateNode _pricePer_1k.
                 * @member {"pricePer_1k"|undefined} _pricePer_1k
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @instance
                 */
                Object.defineProperty(MsgUpdateNode.prototype, "_pricePer_1k", {
                    get: $util.oneOfGetter($oneOfFields = ["pricePer_1k"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Creates a new MsgUpdateNode instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @static
                 * @param {strata.nodes.v1.IMsgUpdateNode=} [properties] Properties to set
                 * @returns {strata.nodes.v1.MsgUpdateNode} MsgUpdateNode instance
                 */
                MsgUpdateNode.create = function create(properties) {
                    return new MsgUpdateNode(properties);
                };

                /**
                 * Encodes the specified MsgUpdateNode message. Does not implicitly {@link strata.nodes.v1.MsgUpdateNode.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @static
                 * @param {strata.nodes.v1.IMsgUpdateNode} message MsgUpdateNode message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUpdateNode.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    if (message.endpoint != null && Object.hasOwnProperty.call(message, "endpoint"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.endpoint);
                    if (message.setModels != null && Object.hasOwnProperty.call(message, "setModels"))
                        writer.uint32(/* id 3, wireType 0 =*/24).bool(message.setModels);
                    if (message.models != null && message.models.length)
                        for (let i = 0; i < message.models.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.models[i]);
                    if (message.capacity != null && Object.hasOwnProperty.call(message, "capacity"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.capacity);
                    if (message.pricePer_1k != null && Object.hasOwnProperty.call(message, "pricePer_1k"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.pricePer_1k);
                    if (message.hardware != null && Object.hasOwnProperty.call(message, "hardware"))
                        $root.strata.nodes.v1.Hardware.encode(message.hardware, writer.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                    if (message.addStake != null && Object.hasOwnProperty.call(message, "addStake"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.addStake);
                    if (message.setRoles != null && Object.hasOwnProperty.call(message, "setRoles"))
                        writer.uint32(/* id 9, wireType 0 =*/72).bool(message.setRoles);
                    if (message.roles != null && message.roles.length) {
                        writer.uint32(/* id 10, wireType 2 =*/82).fork();
                        for (let i = 0; i < message.roles.length; ++i)
                            writer.int32(message.roles[i]);
                        writer.ldelim();
                    }
                    return writer;
                };

                /**
                 * Decodes a MsgUpdateNode message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.MsgUpdateNode} MsgUpdateNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUpdateNode.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.MsgUpdateNode();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
                                break;
                            }
                        case 2: {
                                message.endpoint = reader.string();
                                break;
                            }
                        case 3: {
                                message.setModels = reader.bool();
                                break;
                            }
                        case 4: {
                                if (!(message.models && message.models.length))
                                    message.models = [];
                                message.models.push(reader.string());
                                break;
                            }
                        case 5: {
                                message.capacity = reader.uint32();
                                break;
                            }
                        case 6: {
                                message.pricePer_1k = reader.string();
                                break;
                            }
                        case 7: {
                                message.hardware = $root.strata.nodes.v1.Hardware.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 8: {
                                message.addStake = reader.string();
                                break;
                            }
                        case 9: {
                                message.setRoles = reader.bool();
                                break;
                            }
                        case 10: {
                                if (!(message.roles && message.roles.length))
                                    message.roles = [];
                                if ((tag & 7) === 2) {
                                    let end2 = reader.uint32() + reader.pos;
                                    if (end2 > reader.len)
                                        throw RangeError("index out of range");
                                    reader.len = end2;
                                    while (reader.pos < end2)
                                        message.roles.push(reader.int32());
                                    if (reader.pos !== end2)
                                        throw RangeError("index out of range");
                                    reader.len = end;
                                } else
                                    message.roles.push(reader.int32());
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
                 * Gets the default type url for MsgUpdateNode
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.MsgUpdateNode
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUpdateNode.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.MsgUpdateNode";
                };

                return MsgUpdateNode;
            })();

            v1.MsgUpdateNodeResponse = (function() {

                /**
                 * Properties of a MsgUpdateNodeResponse.
                 * @memberof strata.nodes.v1
                 * @interface IMsgUpdateNodeResponse
                 */

                /**
                 * Constructs a new MsgUpdateNodeResponse.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a MsgUpdateNodeResponse.
                 * @implements IMsgUpdateNodeResponse
                 * @constructor
                 * @param {strata.nodes.v1.IMsgUpdateNodeResponse=} [properties] Properties to set
                 */
                function MsgUpdateNodeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgUpdateNodeResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.MsgUpdateNodeResponse
                 * @static
                 * @param {strata.nodes.v1.IMsgUpdateNodeResponse=} [properties] Properties to set
                 * @returns {strata.nodes.v1.MsgUpdateNodeResponse} MsgUpdateNodeResponse instance
                 */
                MsgUpdateNodeResponse.create = function create(properties) {
                    return new MsgUpdateNodeResponse(properties);
                };

                /**
                 * Encodes the specified MsgUpdateNodeResponse message. Does not implicitly {@link strata.nodes.v1.MsgUpdateNodeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.MsgUpdateNodeResponse
                 * @static
                 * @param {strata.nodes.v1.IMsgUpdateNodeResponse} message MsgUpdateNodeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUpdateNodeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgUpdateNodeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.MsgUpdateNodeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.MsgUpdateNodeResponse} MsgUpdateNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUpdateNodeResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.MsgUpdateNodeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for MsgUpdateNodeResponse
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.MsgUpdateNodeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUpdateNodeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.MsgUpdateNodeResponse";
                };

                return MsgUpdateNodeResponse;
            })();

            v1.MsgUnbondNode = (function() {

                /**
                 * Properties of a MsgUnbondNode.
                 * @memberof strata.nodes.v1
                 * @interface IMsgUnbondNode
                 * @property {string|null} [operator] MsgUnbondNode operator
                 */

                /**
                 * Constructs a new MsgUnbondNode.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a MsgUnbondNode.
                 * @implements IMsgUnbondNode
                 * @constructor
                 * @param {strata.nodes.v1.IMsgUnbondNode=} [properties] Properties to set
                 */
                function MsgUnbondNode(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUnbondNode operator.
                 * @member {string} operator
                 * @memberof strata.nodes.v1.MsgUnbondNode
                 * @instance
                 */
                MsgUnbondNode.prototype.operator = "";

                /**
                 * Creates a new MsgUnbondNode instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.MsgUnbondNode
                 * @static
                 * @param {strata.nodes.v1.IMsgUnbondNode=} [properties] Properties to set
                 * @returns {strata.nodes.v1.MsgUnbondNode} MsgUnbondNode instance
                 */
                MsgUnbondNode.create = function create(properties) {
                    return new MsgUnbondNode(properties);
                };

                /**
                 * Encodes the specified MsgUnbondNode message. Does not implicitly {@link strata.nodes.v1.MsgUnbondNode.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.MsgUnbondNode
                 * @static
                 * @param {strata.nodes.v1.IMsgUnbondNode} message MsgUnbondNode message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUnbondNode.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    return writer;
                };

                /**
                 * Decodes a MsgUnbondNode message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.MsgUnbondNode
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.MsgUnbondNode} MsgUnbondNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUnbondNode.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.MsgUnbondNode();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
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
                 * Gets the default type url for MsgUnbondNode
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.MsgUnbondNode
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUnbondNode.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.MsgUnbondNode";
                };

                return MsgUnbondNode;
            })();

            v1.MsgUnbondNodeResponse = (function() {

                /**
                 * Properties of a MsgUnbondNodeResponse.
                 * @memberof strata.nodes.v1
                 * @interface IMsgUnbondNodeResponse
                 * @property {number|null} [unbondingHeight] MsgUnbondNodeResponse unbondingHeight
                 */

                /**
                 * Constructs a new MsgUnbondNodeResponse.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a MsgUnbondNodeResponse.
                 * @implements IMsgUnbondNodeResponse
                 * @constructor
                 * @param {strata.nodes.v1.IMsgUnbondNodeResponse=} [properties] Properties to set
                 */
                function MsgUnbondNodeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUnbondNodeResponse unbondingHeight.
                 * @member {number} unbondingHeight
                 * @memberof strata.nodes.v1.MsgUnbondNodeResponse
                 * @instance
                 */
                MsgUnbondNodeResponse.prototype.unbondingHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgUnbondNodeResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.MsgUnbondNodeResponse
                 * @static
                 * @param {strata.nodes.v1.IMsgUnbondNodeResponse=} [properties] Properties to set
                 * @returns {strata.nodes.v1.MsgUnbondNodeResponse} MsgUnbondNodeResponse instance
                 */
                MsgUnbondNodeResponse.create = function create(properties) {
                    return new MsgUnbondNodeResponse(properties);
                };

                /**
                 * Encodes the specified MsgUnbondNodeResponse message. Does not implicitly {@link strata.nodes.v1.MsgUnbondNodeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.MsgUnbondNodeResponse
                 * @static
                 * @param {strata.nodes.v1.IMsgUnbondNodeResponse} message MsgUnbondNodeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUnbondNodeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.unbondingHeight != null && Object.hasOwnProperty.call(message, "unbondingHeight"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.unbondingHeight);
                    return writer;
                };

                /**
                 * Decodes a MsgUnbondNodeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.MsgUnbondNodeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.MsgUnbondNodeResponse} MsgUnbondNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUnbondNodeResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.MsgUnbondNodeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.unbondingHeight = reader.uint64();
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
                 * Gets the default type url for MsgUnbondNodeResponse
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.MsgUnbondNodeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUnbondNodeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.MsgUnbondNodeResponse";
                };

                return MsgUnbondNodeResponse;
            })();

            v1.MsgUnjailNode = (function() {

                /**
                 * Properties of a MsgUnjailNode.
                 * @memberof strata.nodes.v1
                 * @interface IMsgUnjailNode
                 * @property {string|null} [operator] MsgUnjailNode operator
                 */

                /**
                 * Constructs a new MsgUnjailNode.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a MsgUnjailNode.
                 * @implements IMsgUnjailNode
                 * @constructor
                 * @param {strata.nodes.v1.IMsgUnjailNode=} [properties] Properties to set
                 */
                function MsgUnjailNode(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgUnjailNode operator.
                 * @member {string} operator
                 * @memberof strata.nodes.v1.MsgUnjailNode
                 * @instance
                 */
                MsgUnjailNode.prototype.operator = "";

                /**
                 * Creates a new MsgUnjailNode instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.MsgUnjailNode
                 * @static
                 * @param {strata.nodes.v1.IMsgUnjailNode=} [properties] Properties to set
                 * @returns {strata.nodes.v1.MsgUnjailNode} MsgUnjailNode instance
                 */
                MsgUnjailNode.create = function create(properties) {
                    return new MsgUnjailNode(properties);
                };

                /**
                 * Encodes the specified MsgUnjailNode message. Does not implicitly {@link strata.nodes.v1.MsgUnjailNode.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.MsgUnjailNode
                 * @static
                 * @param {strata.nodes.v1.IMsgUnjailNode} message MsgUnjailNode message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUnjailNode.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    return writer;
                };

                /**
                 * Decodes a MsgUnjailNode message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.MsgUnjailNode
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.MsgUnjailNode} MsgUnjailNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUnjailNode.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.MsgUnjailNode();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
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
                 * Gets the default type url for MsgUnjailNode
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.MsgUnjailNode
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUnjailNode.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.MsgUnjailNode";
                };

                return MsgUnjailNode;
            })();

            v1.MsgUnjailNodeResponse = (function() {

                /**
                 * Properties of a MsgUnjailNodeResponse.
                 * @memberof strata.nodes.v1
                 * @interface IMsgUnjailNodeResponse
                 */

                /**
                 * Constructs a new MsgUnjailNodeResponse.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a MsgUnjailNodeResponse.
                 * @implements IMsgUnjailNodeResponse
                 * @constructor
                 * @param {strata.nodes.v1.IMsgUnjailNodeResponse=} [properties] Properties to set
                 */
                function MsgUnjailNodeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgUnjailNodeResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.MsgUnjailNodeResponse
                 * @static
                 * @param {strata.nodes.v1.IMsgUnjailNodeResponse=} [properties] Properties to set
                 * @returns {strata.nodes.v1.MsgUnjailNodeResponse} MsgUnjailNodeResponse instance
                 */
                MsgUnjailNodeResponse.create = function create(properties) {
                    return new MsgUnjailNodeResponse(properties);
                };

                /**
                 * Encodes the specified MsgUnjailNodeResponse message. Does not implicitly {@link strata.nodes.v1.MsgUnjailNodeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.MsgUnjailNodeResponse
                 * @static
                 * @param {strata.nodes.v1.IMsgUnjailNodeResponse} message MsgUnjailNodeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgUnjailNodeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgUnjailNodeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.MsgUnjailNodeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.MsgUnjailNodeResponse} MsgUnjailNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgUnjailNodeResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.MsgUnjailNodeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for MsgUnjailNodeResponse
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.MsgUnjailNodeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgUnjailNodeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.MsgUnjailNodeResponse";
                };

                return MsgUnjailNodeResponse;
            })();

            v1.Msg = (function() {

                /**
                 * Constructs a new Msg service.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a Msg
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Msg(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Msg.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Msg;

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.nodes.v1.Msg
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Msg} RPC service. Useful where requests and/or responses are streamed.
                 */
                Msg.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.nodes.v1.Msg#registerNode}.
                 * @memberof strata.nodes.v1.Msg
                 * @typedef RegisterNodeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.nodes.v1.MsgRegisterNodeResponse} [response] MsgRegisterNodeResponse
                 */

                /**
                 * Calls RegisterNode.
                 * @function registerNode
                 * @memberof strata.nodes.v1.Msg
                 * @instance
                 * @param {strata.nodes.v1.IMsgRegisterNode} request MsgRegisterNode message or plain object
                 * @param {strata.nodes.v1.Msg.RegisterNodeCallback} callback Node-style callback called with the error, if any, and MsgRegisterNodeResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.registerNode = function registerNode(request, callback) {
                    return this.rpcCall(registerNode, $root.strata.nodes.v1.MsgRegisterNode, $root.strata.nodes.v1.MsgRegisterNodeResponse, request, callback);
                }, "name", { value: "RegisterNode" });

                /**
                 * Calls RegisterNode.
                 * @function registerNode
                 * @memberof strata.nodes.v1.Msg
                 * @instance
                 * @param {strata.nodes.v1.IMsgRegisterNode} request MsgRegisterNode message or plain object
                 * @returns {Promise<strata.nodes.v1.MsgRegisterNodeResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.nodes.v1.Msg#updateNode}.
                 * @memberof strata.nodes.v1.Msg
                 * @typedef UpdateNodeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.nodes.v1.MsgUpdateNodeResponse} [response] MsgUpdateNodeResponse
                 */

                /**
                 * Calls UpdateNode.
                 * @function updateNode
                 * @memberof strata.nodes.v1.Msg
                 * @instance
                 * @param {strata.nodes.v1.IMsgUpdateNode} request MsgUpdateNode message or plain object
                 * @param {strata.nodes.v1.Msg.UpdateNodeCallback} callback Node-style callback called with the error, if any, and MsgUpdateNodeResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.updateNode = function updateNode(request, callback) {
                    return this.rpcCall(updateNode, $root.strata.nodes.v1.MsgUpdateNode, $root.strata.nodes.v1.MsgUpdateNodeResponse, request, callback);
                }, "name", { value: "UpdateNode" });

                /**
                 * Calls UpdateNode.
                 * @function updateNode
                 * @memberof strata.nodes.v1.Msg
                 * @instance
                 * @param {strata.nodes.v1.IMsgUpdateNode} request MsgUpdateNode message or plain object
                 * @returns {Promise<strata.nodes.v1.MsgUpdateNodeResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.nodes.v1.Msg#unbondNode}.
                 * @memberof strata.nodes.v1.Msg
                 * @typedef UnbondNodeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.nodes.v1.MsgUnbondNodeResponse} [response] MsgUnbondNodeResponse
                 */

                /**
                 * Calls UnbondNode.
                 * @function unbondNode
                 * @memberof strata.nodes.v1.Msg
                 * @instance
                 * @param {strata.nodes.v1.IMsgUnbondNode} request MsgUnbondNode message or plain object
                 * @param {strata.nodes.v1.Msg.UnbondNodeCallback} callback Node-style callback called with the error, if any, and MsgUnbondNodeResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.unbondNode = function unbondNode(request, callback) {
                    return this.rpcCall(unbondNode, $root.strata.nodes.v1.MsgUnbondNode, $root.strata.nodes.v1.MsgUnbondNodeResponse, request, callback);
                }, "name", { value: "UnbondNode" });

                /**
                 * Calls UnbondNode.
                 * @function unbondNode
                 * @memberof strata.nodes.v1.Msg
                 * @instance
                 * @param {strata.nodes.v1.IMsgUnbondNode} request MsgUnbondNode message or plain object
                 * @returns {Promise<strata.nodes.v1.MsgUnbondNodeResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.nodes.v1.Msg#unjailNode}.
                 * @memberof strata.nodes.v1.Msg
                 * @typedef UnjailNodeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.nodes.v1.MsgUnjailNodeResponse} [response] MsgUnjailNodeResponse
                 */

                /**
                 * Calls UnjailNode.
                 * @function unjailNode
                 * @memberof strata.nodes.v1.Msg
                 * @instance
                 * @param {strata.nodes.v1.IMsgUnjailNode} request MsgUnjailNode message or plain object
                 * @param {strata.nodes.v1.Msg.UnjailNodeCallback} callback Node-style callback called with the error, if any, and MsgUnjailNodeResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.unjailNode = function unjailNode(request, callback) {
                    return this.rpcCall(unjailNode, $root.strata.nodes.v1.MsgUnjailNode, $root.strata.nodes.v1.MsgUnjailNodeResponse, request, callback);
                }, "name", { value: "UnjailNode" });

                /**
                 * Calls UnjailNode.
                 * @function unjailNode
                 * @memberof strata.nodes.v1.Msg
                 * @instance
                 * @param {strata.nodes.v1.IMsgUnjailNode} request MsgUnjailNode message or plain object
                 * @returns {Promise<strata.nodes.v1.MsgUnjailNodeResponse>} Promise
                 * @variation 2
                 */

                return Msg;
            })();

            v1.QueryNodeRequest = (function() {

                /**
                 * Properties of a QueryNodeRequest.
                 * @memberof strata.nodes.v1
                 * @interface IQueryNodeRequest
                 * @property {string|null} [operator] QueryNodeRequest operator
                 */

                /**
                 * Constructs a new QueryNodeRequest.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a QueryNodeRequest.
                 * @implements IQueryNodeRequest
                 * @constructor
                 * @param {strata.nodes.v1.IQueryNodeRequest=} [properties] Properties to set
                 */
                function QueryNodeRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryNodeRequest operator.
                 * @member {string} operator
                 * @memberof strata.nodes.v1.QueryNodeRequest
                 * @instance
                 */
                QueryNodeRequest.prototype.operator = "";

                /**
                 * Creates a new QueryNodeRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.QueryNodeRequest
                 * @static
                 * @param {strata.nodes.v1.IQueryNodeRequest=} [properties] Properties to set
                 * @returns {strata.nodes.v1.QueryNodeRequest} QueryNodeRequest instance
                 */
                QueryNodeRequest.create = function create(properties) {
                    return new QueryNodeRequest(properties);
                };

                /**
                 * Encodes the specified QueryNodeRequest message. Does not implicitly {@link strata.nodes.v1.QueryNodeRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.QueryNodeRequest
                 * @static
                 * @param {strata.nodes.v1.IQueryNodeRequest} message QueryNodeRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryNodeRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.operator != null && Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.operator);
                    return writer;
                };

                /**
                 * Decodes a QueryNodeRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.QueryNodeRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.QueryNodeRequest} QueryNodeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryNodeRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.QueryNodeRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.operator = reader.string();
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
                 * Gets the default type url for QueryNodeRequest
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.QueryNodeRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryNodeRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.QueryNodeRequest";
                };

                return QueryNodeRequest;
            })();

            v1.QueryNodeResponse = (function() {

                /**
                 * Properties of a QueryNodeResponse.
                 * @memberof strata.nodes.v1
                 * @interface IQueryNodeResponse
                 * @property {strata.nodes.v1.INode|null} [node] QueryNodeResponse node
                 */

                /**
                 * Constructs a new QueryNodeResponse.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a QueryNodeResponse.
                 * @implements IQueryNodeResponse
                 * @constructor
                 * @param {strata.nodes.v1.IQueryNodeResponse=} [properties] Properties to set
                 */
                function QueryNodeResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryNodeResponse node.
                 * @member {strata.nodes.v1.INode|null|undefined} node
                 * @memberof strata.nodes.v1.QueryNodeResponse
                 * @instance
                 */
                QueryNodeResponse.prototype.node = null;

                /**
                 * Creates a new QueryNodeResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.QueryNodeResponse
                 * @static
                 * @param {strata.nodes.v1.IQueryNodeResponse=} [properties] Properties to set
                 * @returns {strata.nodes.v1.QueryNodeResponse} QueryNodeResponse instance
                 */
                QueryNodeResponse.create = function create(properties) {
                    return new QueryNodeResponse(properties);
                };

                /**
                 * Encodes the specified QueryNodeResponse message. Does not implicitly {@link strata.nodes.v1.QueryNodeResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.QueryNodeResponse
                 * @static
                 * @param {strata.nodes.v1.IQueryNodeResponse} message QueryNodeResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryNodeResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                        $root.strata.nodes.v1.Node.encode(message.node, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryNodeResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.QueryNodeResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.QueryNodeResponse} QueryNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryNodeResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.QueryNodeResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.node = $root.strata.nodes.v1.Node.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryNodeResponse
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.QueryNodeResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryNodeResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.QueryNodeResponse";
                };

                return QueryNodeResponse;
            })();

            v1.QueryNodesRequest = (function() {

                /**
                 * Properties of a QueryNodesRequest.
                 * @memberof strata.nodes.v1
                 * @interface IQueryNodesRequest
                 * @property {strata.nodes.v1.Role|null} [role] QueryNodesRequest role
                 * @property {string|null} [model] QueryNodesRequest model
                 * @property {strata.nodes.v1.NodeStatus|null} [status] QueryNodesRequest status
                 * @property {strata.base.v1.IPageRequest|null} [pagination] QueryNodesRequest pagination
                 */

                /**
                 * Constructs a new QueryNodesRequest.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a QueryNodesRequest.
                 * @implements IQueryNodesRequest
                 * @constructor
                 * @param {strata.nodes.v1.IQueryNodesRequest=} [properties] Properties to set
                 */
                function QueryNodesRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryNodesRequest role.
                 * @member {strata.nodes.v1.Role} role
                 * @memberof strata.nodes.v1.QueryNodesRequest
                 * @instance
                 */
                QueryNodesRequest.prototype.role = 0;

                /**
                 * QueryNodesRequest model.
                 * @member {string} model
                 * @memberof strata.nodes.v1.QueryNodesRequest
                 * @instance
                 */
                QueryNodesRequest.prototype.model = "";

                /**
                 * QueryNodesRequest status.
                 * @member {strata.nodes.v1.NodeStatus} status
                 * @memberof strata.nodes.v1.QueryNodesRequest
                 * @instance
                 */
                QueryNodesRequest.prototype.status = 0;

                /**
                 * QueryNodesRequest pagination.
                 * @member {strata.base.v1.IPageRequest|null|undefined} pagination
                 * @memberof strata.nodes.v1.QueryNodesRequest
                 * @instance
                 */
                QueryNodesRequest.prototype.pagination = null;

                /**
                 * Creates a new QueryNodesRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.QueryNodesRequest
                 * @static
                 * @param {strata.nodes.v1.IQueryNodesRequest=} [properties] Properties to set
                 * @returns {strata.nodes.v1.QueryNodesRequest} QueryNodesRequest instance
                 */
                QueryNodesRequest.create = function create(properties) {
                    return new QueryNodesRequest(properties);
                };

                /**
                 * Encodes the specified QueryNodesRequest message. Does not implicitly {@link strata.nodes.v1.QueryNodesRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.QueryNodesRequest
                 * @static
                 * @param {strata.nodes.v1.IQueryNodesRequest} message QueryNodesRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryNodesRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.role);
                    if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.model);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int32(message.status);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.strata.base.v1.PageRequest.encode(message.pagination, writer.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryNodesRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.QueryNodesRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.QueryNodesRequest} QueryNodesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryNodesRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.QueryNodesRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.role = reader.int32();
                                break;
                            }
                        case 2: {
                                message.model = reader.string();
                                break;
                            }
                        case 3: {
                                message.status = reader.int32();
                                break;
                            }
                        case 4: {
                                message.pagination = $root.strata.base.v1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryNodesRequest
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.QueryNodesRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryNodesRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.QueryNodesRequest";
                };

                return QueryNodesRequest;
            })();

            v1.QueryNodesResponse = (function() {

                /**
                 * Properties of a QueryNodesResponse.
                 * @memberof strata.nodes.v1
                 * @interface IQueryNodesResponse
                 * @property {Array.<strata.nodes.v1.INode>|null} [nodes] QueryNodesResponse nodes
                 * @property {strata.base.v1.IPageResponse|null} [pagination] QueryNodesResponse pagination
                 */

                /**
                 * Constructs a new QueryNodesResponse.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a QueryNodesResponse.
                 * @implements IQueryNodesResponse
                 * @constructor
                 * @param {strata.nodes.v1.IQueryNodesResponse=} [properties] Properties to set
                 */
                function QueryNodesResponse(properties) {
                    this.nodes = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryNodesResponse nodes.
                 * @member {Array.<strata.nodes.v1.INode>} nodes
                 * @memberof strata.nodes.v1.QueryNodesResponse
                 * @instance
                 */
                QueryNodesResponse.prototype.nodes = $util.emptyArray;

                /**
                 * QueryNodesResponse pagination.
                 * @member {strata.base.v1.IPageResponse|null|undefined} pagination
                 * @memberof strata.nodes.v1.QueryNodesResponse
                 * @instance
                 */
                QueryNodesResponse.prototype.pagination = null;

                /**
                 * Creates a new QueryNodesResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.QueryNodesResponse
                 * @static
                 * @param {strata.nodes.v1.IQueryNodesResponse=} [properties] Properties to set
                 * @returns {strata.nodes.v1.QueryNodesResponse} QueryNodesResponse instance
                 */
                QueryNodesResponse.create = function create(properties) {
                    return new QueryNodesResponse(properties);
                };

                /**
                 * Encodes the specified QueryNodesResponse message. Does not implicitly {@link strata.nodes.v1.QueryNodesResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.QueryNodesResponse
                 * @static
                 * @param {strata.nodes.v1.IQueryNodesResponse} message QueryNodesResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryNodesResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.nodes != null && message.nodes.length)
                        for (let i = 0; i < message.nodes.length; ++i)
                            $root.strata.nodes.v1.Node.encode(message.nodes[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.strata.base.v1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryNodesResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.QueryNodesResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.QueryNodesResponse} QueryNodesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryNodesResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.QueryNodesResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.nodes && message.nodes.length))
                                    message.nodes = [];
                                message.nodes.push($root.strata.nodes.v1.Node.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.pagination = $root.strata.base.v1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryNodesResponse
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.QueryNodesResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryNodesResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.QueryNodesResponse";
                };

                return QueryNodesResponse;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof strata.nodes.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {strata.nodes.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.QueryParamsRequest
                 * @static
                 * @param {strata.nodes.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {strata.nodes.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.nodes.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.QueryParamsRequest
                 * @static
                 * @param {strata.nodes.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof strata.nodes.v1
                 * @interface IQueryParamsResponse
                 * @property {strata.nodes.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {strata.nodes.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {strata.nodes.v1.IParams|null|undefined} params
                 * @memberof strata.nodes.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.QueryParamsResponse
                 * @static
                 * @param {strata.nodes.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {strata.nodes.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.nodes.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.QueryParamsResponse
                 * @static
                 * @param {strata.nodes.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.strata.nodes.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.strata.nodes.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.Query = (function() {

                /**
                 * Constructs a new Query service.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a Query
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Query(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Query.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Query;

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.nodes.v1.Query
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Query} RPC service. Useful where requests and/or responses are streamed.
                 */
                Query.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.nodes.v1.Query#node}.
                 * @memberof strata.nodes.v1.Query
                 * @typedef NodeCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.nodes.v1.QueryNodeResponse} [response] QueryNodeResponse
                 */

                /**
                 * Calls Node.
                 * @function node
                 * @memberof strata.nodes.v1.Query
                 * @instance
                 * @param {strata.nodes.v1.IQueryNodeRequest} request QueryNodeRequest message or plain object
                 * @param {strata.nodes.v1.Query.NodeCallback} callback Node-style callback called with the error, if any, and QueryNodeResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.node = function node(request, callback) {
                    return this.rpcCall(node, $root.strata.nodes.v1.QueryNodeRequest, $root.strata.nodes.v1.QueryNodeResponse, request, callback);
                }, "name", { value: "Node" });

                /**
                 * Calls Node.
                 * @function node
                 * @memberof strata.nodes.v1.Query
                 * @instance
                 * @param {strata.nodes.v1.IQueryNodeRequest} request QueryNodeRequest message or plain object
                 * @returns {Promise<strata.nodes.v1.QueryNodeResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.nodes.v1.Query#nodes}.
                 * @memberof strata.nodes.v1.Query
                 * @typedef NodesCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.nodes.v1.QueryNodesResponse} [response] QueryNodesResponse
                 */

                /**
                 * Calls Nodes.
                 * @function nodes
                 * @memberof strata.nodes.v1.Query
                 * @instance
                 * @param {strata.nodes.v1.IQueryNodesRequest} request QueryNodesRequest message or plain object
                 * @param {strata.nodes.v1.Query.NodesCallback} callback Node-style callback called with the error, if any, and QueryNodesResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.nodes = function nodes(request, callback) {
                    return this.rpcCall(nodes, $root.strata.nodes.v1.QueryNodesRequest, $root.strata.nodes.v1.QueryNodesResponse, request, callback);
                }, "name", { value: "Nodes" });

                /**
                 * Calls Nodes.
                 * @function nodes
                 * @memberof strata.nodes.v1.Query
                 * @instance
                 * @param {strata.nodes.v1.IQueryNodesRequest} request QueryNodesRequest message or plain object
                 * @returns {Promise<strata.nodes.v1.QueryNodesResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.nodes.v1.Query#params}.
                 * @memberof strata.nodes.v1.Query
                 * @typedef ParamsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.nodes.v1.QueryParamsResponse} [response] QueryParamsResponse
                 */

                /**
                 * Calls Params.
                 * @function params
                 * @memberof strata.nodes.v1.Query
                 * @instance
                 * @param {strata.nodes.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @param {strata.nodes.v1.Query.ParamsCallback} callback Node-style callback called with the error, if any, and QueryParamsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.params = function params(request, callback) {
                    return this.rpcCall(params, $root.strata.nodes.v1.QueryParamsRequest, $root.strata.nodes.v1.QueryParamsResponse, request, callback);
                }, "name", { value: "Params" });

                /**
                 * Calls Params.
                 * @function params
                 * @memberof strata.nodes.v1.Query
                 * @instance
                 * @param {strata.nodes.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @returns {Promise<strata.nodes.v1.QueryParamsResponse>} Promise
                 * @variation 2
                 */

                return Query;
            })();

            v1.GenesisState = (function() {

                /**
                 * Properties of a GenesisState.
                 * @memberof strata.nodes.v1
                 * @interface IGenesisState
                 * @property {strata.nodes.v1.IParams|null} [params] GenesisState params
                 * @property {Array.<strata.nodes.v1.INode>|null} [nodes] GenesisState nodes
                 */

                /**
                 * Constructs a new GenesisState.
                 * @memberof strata.nodes.v1
                 * @classdesc Represents a GenesisState.
                 * @implements IGenesisState
                 * @constructor
                 * @param {strata.nodes.v1.IGenesisState=} [properties] Properties to set
                 */
                function GenesisState(properties) {
                    this.nodes = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GenesisState params.
                 * @member {strata.nodes.v1.IParams|null|undefined} params
                 * @memberof strata.nodes.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.params = null;

                /**
                 * GenesisState nodes.
                 * @member {Array.<strata.nodes.v1.INode>} nodes
                 * @memberof strata.nodes.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.nodes = $util.emptyArray;

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @function create
                 * @memberof strata.nodes.v1.GenesisState
                 * @static
                 * @param {strata.nodes.v1.IGenesisState=} [properties] Properties to set
                 * @returns {strata.nodes.v1.GenesisState} GenesisState instance
                 */
                GenesisState.create = function create(properties) {
                    return new GenesisState(properties);
                };

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.nodes.v1.GenesisState.verify|verify} messages.
                 * @function encode
                 * @memberof strata.nodes.v1.GenesisState
                 * @static
                 * @param {strata.nodes.v1.IGenesisState} message GenesisState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenesisState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.strata.nodes.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.nodes != null && message.nodes.length)
                        for (let i = 0; i < message.nodes.length; ++i)
                            $root.strata.nodes.v1.Node.encode(message.nodes[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.nodes.v1.GenesisState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.nodes.v1.GenesisState} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenesisState.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.nodes.v1.GenesisState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.strata.nodes.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.nodes && message.nodes.length))
                                    message.nodes = [];
                                message.nodes.push($root.strata.nodes.v1.Node.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for GenesisState
                 * @function getTypeUrl
                 * @memberof strata.nodes.v1.GenesisState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GenesisState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.nodes.v1.GenesisState";
                };

                return GenesisState;
            })();

            return v1;
        })();

        return nodes;
    })();

    strata.scores = (function() {

        /**
         * Namespace scores.
         * @memberof strata
         * @namespace
         */
        const scores = {};

        scores.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof strata.scores
             * @namespace
             */
            const v1 = {};

            /**
             * Method enum.
             * @name strata.scores.v1.Method
             * @enum {number}
             * @property {number} METHOD_UNSPECIFIED=0 METHOD_UNSPECIFIED value
             * @property {number} METHOD_EXACT_MATCH=1 METHOD_EXACT_MATCH value
             * @property {number} METHOD_SIMILARITY=2 METHOD_SIMILARITY value
             * @property {number} METHOD_REEXECUTION=3 METHOD_REEXECUTION value
             * @property {number} METHOD_DIGEST_CHECK=4 METHOD_DIGEST_CHECK value
             */
            v1.Method = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "METHOD_UNSPECIFIED"] = 0;
                values[valuesById[1] = "METHOD_EXACT_MATCH"] = 1;
                values[valuesById[2] = "METHOD_SIMILARITY"] = 2;
                values[valuesById[3] = "METHOD_REEXECUTION"] = 3;
                values[valuesById[4] = "METHOD_DIGEST_CHECK"] = 4;
                return values;
            })();

            /**
             * Verdict enum.
             * @name strata.scores.v1.Verdict
             * @enum {number}
             * @property {number} VERDICT_UNSPECIFIED=0 VERDICT_UNSPECIFIED value
             * @property {number} VERDICT_ACCEPTED=1 VERDICT_ACCEPTED value
             * @property {number} VERDICT_REJECTED=2 VERDICT_REJECTED value
             * @property {number} VERDICT_UNVERIFIED=3 VERDICT_UNVERIFIED value
             * @property {number} VERDICT_EXPIRED=4 VERDICT_EXPIRED value
             */
            v1.Verdict = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "VERDICT_UNSPECIFIED"] = 0;
                values[valuesById[1] = "VERDICT_ACCEPTED"] = 1;
                values[valuesById[2] = "VERDICT_REJECTED"] = 2;
                values[valuesById[3] = "VERDICT_UNVERIFIED"] = 3;
                values[valuesById[4] = "VERDICT_EXPIRED"] = 4;
                return values;
            })();

            v1.ExecutorScore = (function() {

                /**
                 * Properties of an ExecutorScore.
                 * @memberof strata.scores.v1
                 * @interface IExecutorScore
                 * @property {string|null} [executor] ExecutorScore executor
                 * @property {number|null} [score] ExecutorScore score
                 */

                /**
                 * Constructs a new ExecutorScore.
                 * @memberof strata.scores.v1
                 * @classdesc Represents an ExecutorScore.
                 * @implements IExecutorScore
                 * @constructor
                 * @param {strata.scores.v1.IExecutorScore=} [properties] Properties to set
                 */
                function ExecutorScore(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * ExecutorScore executor.
                 * @member {string} executor
                 * @memberof strata.scores.v1.ExecutorScore
                 * @instance
                 */
                ExecutorScore.prototype.executor = "";

                /**
                 * ExecutorScore score.
                 * @member {number} score
                 * @memberof strata.scores.v1.ExecutorScore
                 * @instance
                 */
                ExecutorScore.prototype.score = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new ExecutorScore instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.ExecutorScore
                 * @static
                 * @param {strata.scores.v1.IExecutorScore=} [properties] Properties to set
                 * @returns {strata.scores.v1.ExecutorScore} ExecutorScore instance
                 */
                ExecutorScore.create = function create(properties) {
                    return new ExecutorScore(properties);
                };

                /**
                 * Encodes the specified ExecutorScore message. Does not implicitly {@link strata.scores.v1.ExecutorScore.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.ExecutorScore
                 * @static
                 * @param {strata.scores.v1.IExecutorScore} message ExecutorScore message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExecutorScore.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.executor != null && Object.hasOwnProperty.call(message, "executor"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.executor);
                    if (message.score != null && Object.hasOwnProperty.call(message, "score"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.score);
                    return writer;
                };

                /**
                 * Decodes an ExecutorScore message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.ExecutorScore
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.ExecutorScore} ExecutorScore
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExecutorScore.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.ExecutorScore();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.executor = reader.string();
                                break;
                            }
                        case 2: {
                                message.score = reader.uint64();
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
                 * Gets the default type url for ExecutorScore
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.ExecutorScore
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                ExecutorScore.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.ExecutorScore";
                };

                return ExecutorScore;
            })();

            v1.TaskScore = (function() {

                /**
                 * Properties of a TaskScore.
                 * @memberof strata.scores.v1
                 * @interface ITaskScore
                 * @property {string|null} [taskId] TaskScore taskId
                 * @property {strata.scores.v1.Method|null} [method] TaskScore method
                 * @property {Array.<strata.scores.v1.IExecutorScore>|null} [scores] TaskScore scores
                 * @property {string|null} [note] TaskScore note
                 */

                /**
                 * Constructs a new TaskScore.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a TaskScore.
                 * @implements ITaskScore
                 * @constructor
                 * @param {strata.scores.v1.ITaskScore=} [properties] Properties to set
                 */
                function TaskScore(properties) {
                    this.scores = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TaskScore taskId.
                 * @member {string} taskId
                 * @memberof strata.scores.v1.TaskScore
                 * @instance
                 */
                TaskScore.prototype.taskId = "";

                /**
                 * TaskScore method.
                 * @member {strata.scores.v1.Method} method
                 * @memberof strata.scores.v1.TaskScore
                 * @instance
                 */
                TaskScore.prototype.method = 0;

                /**
                 * TaskScore scores.
                 * @member {Array.<strata.scores.v1.IExecutorScore>} scores
                 * @memberof strata.scores.v1.TaskScore
                 * @instance
                 */
                TaskScore.prototype.scores = $util.emptyArray;

                /**
                 * TaskScore note.
                 * @member {string} note
                 * @memberof strata.scores.v1.TaskScore
                 * @instance
                 */
                TaskScore.prototype.note = "";

                /**
                 * Creates a new TaskScore instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.TaskScore
                 * @static
                 * @param {strata.scores.v1.ITaskScore=} [properties] Properties to set
                 * @returns {strata.scores.v1.TaskScore} TaskScore instance
                 */
                TaskScore.create = function create(properties) {
                    return new TaskScore(properties);
                };

                /**
                 * Encodes the specified TaskScore message. Does not implicitly {@link strata.scores.v1.TaskScore.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.TaskScore
                 * @static
                 * @param {strata.scores.v1.ITaskScore} message TaskScore message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TaskScore.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.taskId != null && Object.hasOwnProperty.call(message, "taskId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                    if (message.method != null && Object.hasOwnProperty.call(message, "method"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.method);
                    if (message.scores != null && message.scores.length)
                        for (let i = 0; i < message.scores.length; ++i)
                            $root.strata.scores.v1.ExecutorScore.encode(message.scores[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    if (message.note != null && Object.hasOwnProperty.call(message, "note"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.note);
                    return writer;
                };

                /**
                 * Decodes a TaskScore message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.TaskScore
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.TaskScore} TaskScore
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TaskScore.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.TaskScore();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.taskId = reader.string();
                                break;
                            }
                        case 2: {
                                message.method = reader.int32();
                                break;
                            }
                        case 3: {
                                if (!(message.scores && message.scores.length))
                                    message.scores = [];
                                message.scores.push($root.strata.scores.v1.ExecutorScore.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 4: {
                                message.note = reader.string();
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
                 * Gets the default type url for TaskScore
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.TaskScore
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TaskScore.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.TaskScore";
                };

                return TaskScore;
            })();

            v1.GuardScore = (function() {

                /**
                 * Properties of a GuardScore.
                 * @memberof strata.scores.v1
                 * @interface IGuardScore
                 * @property {string|null} [guard] GuardScore guard
                 * @property {strata.scores.v1.ITaskScore|null} [score] GuardScore score
                 * @property {number|null} [height] GuardScore height
                 */

                /**
                 * Constructs a new GuardScore.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a GuardScore.
                 * @implements IGuardScore
                 * @constructor
                 * @param {strata.scores.v1.IGuardScore=} [properties] Properties to set
                 */
                function GuardScore(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GuardScore guard.
                 * @member {string} guard
                 * @memberof strata.scores.v1.GuardScore
                 * @instance
                 */
                GuardScore.prototype.guard = "";

                /**
                 * GuardScore score.
                 * @member {strata.scores.v1.ITaskScore|null|undefined} score
                 * @memberof strata.scores.v1.GuardScore
                 * @instance
                 */
                GuardScore.prototype.score = null;

                /**
                 * GuardScore height.
                 * @member {number} height
                 * @memberof strata.scores.v1.GuardScore
                 * @instance
                 */
                GuardScore.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new GuardScore instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.GuardScore
                 * @static
                 * @param {strata.scores.v1.IGuardScore=} [properties] Properties to set
                 * @returns {strata.scores.v1.GuardScore} GuardScore instance
                 */
                GuardScore.create = function create(properties) {
                    return new GuardScore(properties);
                };

                /**
                 * Encodes the specified GuardScore message. Does not implicitly {@link strata.scores.v1.GuardScore.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.GuardScore
                 * @static
                 * @param {strata.scores.v1.IGuardScore} message GuardScore message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuardScore.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.guard != null && Object.hasOwnProperty.call(message, "guard"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.guard);
                    if (message.score != null && Object.hasOwnProperty.call(message, "score"))
                        $root.strata.scores.v1.TaskScore.encode(message.score, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes a GuardScore message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.GuardScore
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.GuardScore} GuardScore
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuardScore.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.GuardScore();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.guard = reader.string();
                                break;
                            }
                        case 2: {
                                message.score = $root.strata.scores.v1.TaskScore.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 3: {
                                message.height = reader.uint64();
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
                 * Gets the default type url for GuardScore
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.GuardScore
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GuardScore.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.GuardScore";
                };

                return GuardScore;
            })();

            v1.TaskScoring = (function() {

                /**
                 * Properties of a TaskScoring.
                 * @memberof strata.scores.v1
                 * @interface ITaskScoring
                 * @property {string|null} [taskId] TaskScoring taskId
                 * @property {Array.<string>|null} [assigned] TaskScoring assigned
                 * @property {number|null} [assignedHeight] TaskScoring assignedHeight
                 * @property {number|null} [deadline] TaskScoring deadline
                 * @property {number|null} [quorum] TaskScoring quorum
                 * @property {Array.<strata.scores.v1.IGuardScore>|null} [scores] TaskScoring scores
                 * @property {strata.scores.v1.Verdict|null} [verdict] TaskScoring verdict
                 * @property {Array.<strata.scores.v1.IExecutorScore>|null} [finalScores] TaskScoring finalScores
                 * @property {Array.<string>|null} [faulty] TaskScoring faulty
                 * @property {number|null} [verdictHeight] TaskScoring verdictHeight
                 */

                /**
                 * Constructs a new TaskScoring.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a TaskScoring.
                 * @implements ITaskScoring
                 * @constructor
                 * @param {strata.scores.v1.ITaskScoring=} [properties] Properties to set
                 */
                function TaskScoring(properties) {
                    this.assigned = [];
                    this.scores = [];
                    this.finalScores = [];
                    this.faulty = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TaskScoring taskId.
                 * @member {string} taskId
                 * @memberof strata.scores.v1.TaskScoring
                 * @instance
                 */
                TaskScoring.prototype.taskId = "";

                /**
                 * TaskScoring assigned.
                 * @member {Array.<string>} assigned
                 * @memberof strata.scores.v1.TaskScoring
                 * @instance
                 */
                TaskScoring.prototype.assigned = $util.emptyArray;

                /**
                 * TaskScoring assignedHeight.
                 * @member {number} assignedHeight
                 * @memberof strata.scores.v1.TaskScoring
                 * @instance
                 */
                TaskScoring.prototype.assignedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TaskScoring deadline.
                 * @member {number} deadline
                 * @memberof strata.scores.v1.TaskScoring
                 * @instance
                 */
                TaskScoring.prototype.deadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TaskScoring quorum.
                 * @member {number} quorum
                 * @memberof strata.scores.v1.TaskScoring
                 * @instance
                 */
                TaskScoring.prototype.quorum = 0;

                /**
                 * TaskScoring scores.
                 * @member {Array.<strata.scores.v1.IGuardScore>} scores
                 * @memberof strata.scores.v1.TaskScoring
                 * @instance
                 */
                TaskScoring.prototype.scores = $util.emptyArray;

                /**
                 * TaskScoring verdict.
                 * @member {strata.scores.v1.Verdict} verdict
                 * @memberof strata.scores.v1.TaskScoring
                 * @instance
                 */
                TaskScoring.prototype.verdict = 0;

                /**
                 * TaskScoring finalScores.
                 * @member {Array.<strata.scores.v1.IExecutorScore>} finalScores
                 * @memberof strata.scores.v1.TaskScoring
                 * @instance
                 */
                TaskScoring.prototype.finalScores = $util.emptyArray;

                /**
                 * TaskScoring faulty.
                 * @member {Array.<string>} faulty
                 * @memberof strata.scores.v1.TaskScoring
                 * @instance
                 */
                TaskScoring.prototype.faulty = $util.emptyArray;

                /**
                 * TaskScoring verdictHeight.
                 * @member {number} verdictHeight
                 * @memberof strata.scores.v1.TaskScoring
                 * @instance
                 */
                TaskScoring.prototype.verdictHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new TaskScoring instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.TaskScoring
                 * @static
                 * @param {strata.scores.v1.ITaskScoring=} [properties] Properties to set
                 * @returns {strata.scores.v1.TaskScoring} TaskScoring instance
                 */
                TaskScoring.create = function create(properties) {
                    return new TaskScoring(properties);
                };

                /**
                 * Encodes the specified TaskScoring message. Does not implicitly {@link strata.scores.v1.TaskScoring.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.TaskScoring
                 * @static
                 * @param {strata.scores.v1.ITaskScoring} message TaskScoring message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TaskScoring.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.taskId != null && Object.hasOwnProperty.call(message, "taskId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                    if (message.assigned != null && message.assigned.length)
                        for (let i = 0; i < message.assigned.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.assigned[i]);
                    if (message.assignedHeight != null && Object.hasOwnProperty.call(message, "assignedHeight"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.assignedHeight);
                    if (message.deadline != null && Object.hasOwnProperty.call(message, "deadline"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.deadline);
                    if (message.quorum != null && Object.hasOwnProperty.call(message, "quorum"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.quorum);
                    if (message.scores != null && message.scores.length)
                        for (let i = 0; i < message.scores.length; ++i)
                            $root.strata.scores.v1.GuardScore.encode(message.scores[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.verdict != null && Object.hasOwnProperty.call(message, "verdict"))
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.verdict);
                    if (message.finalScores != null && message.finalScores.length)
                        for (let i = 0; i < message.finalScores.length; ++i)
                            $root.strata.scores.v1.ExecutorScore.encode(message.finalScores[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                    if (message.faulty != null && message.faulty.length)
                        for (let i = 0; i < message.faulty.length; ++i)
                            writer.uint32(/* id 9, wireType 2 =*/74).string(message.faulty[i]);
                    if (message.verdictHeight != null && Object.hasOwnProperty.call(message, "verdictHeight"))
                        writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.verdictHeight);
                    return writer;
                };

                /**
                 * Decodes a TaskScoring message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.TaskScoring
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.TaskScoring} TaskScoring
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TaskScoring.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.TaskScoring();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.taskId = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.assigned && message.assigned.length))
                                    message.assigned = [];
                                message.assigned.push(reader.string());
                                break;
                            }
                        case 3: {
                                message.assignedHeight = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.deadline = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.quorum = reader.uint32();
                                break;
                            }
                        case 6: {
                                if (!(message.scores && message.scores.length))
                                    message.scores = [];
                                message.scores.push($root.strata.scores.v1.GuardScore.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 7: {
                                message.verdict = reader.int32();
                                break;
                            }
                        case 8: {
                                if (!(message.finalScores && message.finalScores.length))
                                    message.finalScores = [];
                                message.finalScores.push($root.strata.scores.v1.ExecutorScore.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 9: {
                                if (!(message.faulty && message.faulty.length))
                                    message.faulty = [];
                                message.faulty.push(reader.string());
                                break;
                            }
                        case 10: {
                                message.verdictHeight = reader.uint64();
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
                 * Gets the default type url for TaskScoring
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.TaskScoring
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TaskScoring.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.TaskScoring";
                };

                return TaskScoring;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof strata.scores.v1
                 * @interface IParams
                 * @property {number|null} [guardsPerTask] Params guardsPerTask
                 * @property {number|null} [quorum] Params quorum
                 * @property {number|null} [scoreBlocks] Params scoreBlocks
                 * @property {number|null} [fraudThreshold] Params fraudThreshold
                 * @property {number|null} [maxScoresPerMsg] Params maxScoresPerMsg
                 */

                /**
                 * Constructs a new Params.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {strata.scores.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params guardsPerTask.
                 * @member {number} guardsPerTask
                 * @memberof strata.scores.v1.Params
                 * @instance
                 */
                Params.prototype.guardsPerTask = 0;

                /**
                 * Params quorum.
                 * @member {number} quorum
                 * @memberof strata.scores.v1.Params
                 * @instance
                 */
                Params.prototype.quorum = 0;

                /**
                 * Params scoreBlocks.
                 * @member {number} scoreBlocks
                 * @memberof strata.scores.v1.Params
                 * @instance
                 */
                Params.prototype.scoreBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params fraudThreshold.
                 * @member {number} fraudThreshold
                 * @memberof strata.scores.v1.Params
                 * @instance
                 */
                Params.prototype.fraudThreshold = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxScoresPerMsg.
                 * @member {number} maxScoresPerMsg
                 * @memberof strata.scores.v1.Params
                 * @instance
                 */
                Params.prototype.maxScoresPerMsg = 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.Params
                 * @static
                 * @param {strata.scores.v1.IParams=} [properties] Properties to set
                 * @returns {strata.scores.v1.Params} Params instance
                 */
                Params.create = function create(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.scores.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.Params
                 * @static
                 * @param {strata.scores.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.guardsPerTask != null && Object.hasOwnProperty.call(message, "guardsPerTask"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.guardsPerTask);
                    if (message.quorum != null && Object.hasOwnProperty.call(message, "quorum"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.quorum);
                    if (message.scoreBlocks != null && Object.hasOwnProperty.call(message, "scoreBlocks"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.scoreBlocks);
                    if (message.fraudThreshold != null && Object.hasOwnProperty.call(message, "fraudThreshold"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.fraudThreshold);
                    if (message.maxScoresPerMsg != null && Object.hasOwnProperty.call(message, "maxScoresPerMsg"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxScoresPerMsg);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.guardsPerTask = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.quorum = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.scoreBlocks = reader.uint64();
                                break;
                            }
                        case 4: {
                                message.fraudThreshold = reader.uint64();
                                break;
                            }
                        case 5: {
                                message.maxScoresPerMsg = reader.uint32();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.Params";
                };

                return Params;
            })();

            v1.MsgSubmitScores = (function() {

                /**
                 * Properties of a MsgSubmitScores.
                 * @memberof strata.scores.v1
                 * @interface IMsgSubmitScores
                 * @property {string|null} [guard] MsgSubmitScores guard
                 * @property {Array.<strata.scores.v1.ITaskScore>|null} [scores] MsgSubmitScores scores
                 */

                /**
                 * Constructs a new MsgSubmitScores.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a MsgSubmitScores.
                 * @implements IMsgSubmitScores
                 * @constructor
                 * @param {strata.scores.v1.IMsgSubmitScores=} [properties] Properties to set
                 */
                function MsgSubmitScores(properties) {
                    this.scores = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgSubmitScores guard.
                 * @member {string} guard
                 * @memberof strata.scores.v1.MsgSubmitScores
                 * @instance
                 */
                MsgSubmitScores.prototype.guard = "";

                /**
                 * MsgSubmitScores scores.
                 * @member {Array.<strata.scores.v1.ITaskScore>} scores
                 * @memberof strata.scores.v1.MsgSubmitScores
                 * @instance
                 */
                MsgSubmitScores.prototype.scores = $util.emptyArray;

                /**
                 * Creates a new MsgSubmitScores instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.MsgSubmitScores
                 * @static
                 * @param {strata.scores.v1.IMsgSubmitScores=} [properties] Properties to set
                 * @returns {strata.scores.v1.MsgSubmitScores} MsgSubmitScores instance
                 */
                MsgSubmitScores.create = function create(properties) {
                    return new MsgSubmitScores(properties);
                };

                /**
                 * Encodes the specified MsgSubmitScores message. Does not implicitly {@link strata.scores.v1.MsgSubmitScores.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.MsgSubmitScores
                 * @static
                 * @param {strata.scores.v1.IMsgSubmitScores} message MsgSubmitScores message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSubmitScores.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.guard != null && Object.hasOwnProperty.call(message, "guard"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.guard);
                    if (message.scores != null && message.scores.length)
                        for (let i = 0; i < message.scores.length; ++i)
                            $root.strata.scores.v1.TaskScore.encode(message.scores[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a MsgSubmitScores message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.MsgSubmitScores
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.MsgSubmitScores} MsgSubmitScores
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSubmitScores.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.MsgSubmitScores();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.guard = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.scores && message.scores.length))
                                    message.scores = [];
                                message.scores.push($root.strata.scores.v1.TaskScore.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for MsgSubmitScores
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.MsgSubmitScores
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgSubmitScores.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.MsgSubmitScores";
                };

                return MsgSubmitScores;
            })();

            v1.MsgSubmitScoresResponse = (function() {

                /**
                 * Properties of a MsgSubmitScoresResponse.
                 * @memberof strata.scores.v1
                 * @interface IMsgSubmitScoresResponse
                 * @property {Array.<string>|null} [decided] MsgSubmitScoresResponse decided
                 */

                /**
                 * Constructs a new MsgSubmitScoresResponse.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a MsgSubmitScoresResponse.
                 * @implements IMsgSubmitScoresResponse
                 * @constructor
                 * @param {strata.scores.v1.IMsgSubmitScoresResponse=} [properties] Properties to set
                 */
                function MsgSubmitScoresResponse(properties) {
                    this.decided = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgSubmitScoresResponse decided.
                 * @member {Array.<string>} decided
                 * @memberof strata.scores.v1.MsgSubmitScoresResponse
                 * @instance
                 */
                MsgSubmitScoresResponse.prototype.decided = $util.emptyArray;

                /**
                 * Creates a new MsgSubmitScoresResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.MsgSubmitScoresResponse
                 * @static
                 * @param {strata.scores.v1.IMsgSubmitScoresResponse=} [properties] Properties to set
                 * @returns {strata.scores.v1.MsgSubmitScoresResponse} MsgSubmitScoresResponse instance
                 */
                MsgSubmitScoresResponse.create = function create(properties) {
                    return new MsgSubmitScoresResponse(properties);
                };

                /**
                 * Encodes the specified MsgSubmitScoresResponse message. Does not implicitly {@link strata.scores.v1.MsgSubmitScoresResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.MsgSubmitScoresResponse
                 * @static
                 * @param {strata.scores.v1.IMsgSubmitScoresResponse} message MsgSubmitScoresResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgSubmitScoresResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.decided != null && message.decided.length)
                        for (let i = 0; i < message.decided.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.decided[i]);
                    return writer;
                };

                /**
                 * Decodes a MsgSubmitScoresResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.MsgSubmitScoresResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.MsgSubmitScoresResponse} MsgSubmitScoresResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgSubmitScoresResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.MsgSubmitScoresResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.decided && message.decided.length))
                                    message.decided = [];
                                message.decided.push(reader.string());
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
                 * Gets the default type url for MsgSubmitScoresResponse
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.MsgSubmitScoresResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgSubmitScoresResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.MsgSubmitScoresResponse";
                };

                return MsgSubmitScoresResponse;
            })();

            v1.Msg = (function() {

                /**
                 * Constructs a new Msg service.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a Msg
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Msg(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Msg.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Msg;

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.scores.v1.Msg
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Msg} RPC service. Useful where requests and/or responses are streamed.
                 */
                Msg.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.scores.v1.Msg#submitScores}.
                 * @memberof strata.scores.v1.Msg
                 * @typedef SubmitScoresCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.scores.v1.MsgSubmitScoresResponse} [response] MsgSubmitScoresResponse
                 */

                /**
                 * Calls SubmitScores.
                 * @function submitScores
                 * @memberof strata.scores.v1.Msg
                 * @instance
                 * @param {strata.scores.v1.IMsgSubmitScores} request MsgSubmitScores message or plain object
                 * @param {strata.scores.v1.Msg.SubmitScoresCallback} callback Node-style callback called with the error, if any, and MsgSubmitScoresResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.submitScores = function submitScores(request, callback) {
                    return this.rpcCall(submitScores, $root.strata.scores.v1.MsgSubmitScores, $root.strata.scores.v1.MsgSubmitScoresResponse, request, callback);
                }, "name", { value: "SubmitScores" });

                /**
                 * Calls SubmitScores.
                 * @function submitScores
                 * @memberof strata.scores.v1.Msg
                 * @instance
                 * @param {strata.scores.v1.IMsgSubmitScores} request MsgSubmitScores message or plain object
                 * @returns {Promise<strata.scores.v1.MsgSubmitScoresResponse>} Promise
                 * @variation 2
                 */

                return Msg;
            })();

            v1.QueryTaskScoringRequest = (function() {

                /**
                 * Properties of a QueryTaskScoringRequest.
                 * @memberof strata.scores.v1
                 * @interface IQueryTaskScoringRequest
                 * @property {string|null} [taskId] QueryTaskScoringRequest taskId
                 */

                /**
                 * Constructs a new QueryTaskScoringRequest.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a QueryTaskScoringRequest.
                 * @implements IQueryTaskScoringRequest
                 * @constructor
                 * @param {strata.scores.v1.IQueryTaskScoringRequest=} [properties] Properties to set
                 */
                function QueryTaskScoringRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryTaskScoringRequest taskId.
                 * @member {string} taskId
                 * @memberof strata.scores.v1.QueryTaskScoringRequest
                 * @instance
                 */
                QueryTaskScoringRequest.prototype.taskId = "";

                /**
                 * Creates a new QueryTaskScoringRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.QueryTaskScoringRequest
                 * @static
                 * @param {strata.scores.v1.IQueryTaskScoringRequest=} [properties] Properties to set
                 * @returns {strata.scores.v1.QueryTaskScoringRequest} QueryTaskScoringRequest instance
                 */
                QueryTaskScoringRequest.create = function create(properties) {
                    return new QueryTaskScoringRequest(properties);
                };

                /**
                 * Encodes the specified QueryTaskScoringRequest message. Does not implicitly {@link strata.scores.v1.QueryTaskScoringRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.QueryTaskScoringRequest
                 * @static
                 * @param {strata.scores.v1.IQueryTaskScoringRequest} message QueryTaskScoringRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryTaskScoringRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.taskId != null && Object.hasOwnProperty.call(message, "taskId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                    return writer;
                };

                /**
                 * Decodes a QueryTaskScoringRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.QueryTaskScoringRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.QueryTaskScoringRequest} QueryTaskScoringRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryTaskScoringRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.QueryTaskScoringRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.taskId = reader.string();
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
                 * Gets the default type url for QueryTaskScoringRequest
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.QueryTaskScoringRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryTaskScoringRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.QueryTaskScoringRequest";
                };

                return QueryTaskScoringRequest;
            })();

            v1.QueryTaskScoringResponse = (function() {

                /**
                 * Properties of a QueryTaskScoringResponse.
                 * @memberof strata.scores.v1
                 * @interface IQueryTaskScoringResponse
                 * @property {strata.scores.v1.ITaskScoring|null} [scoring] QueryTaskScoringResponse scoring
                 */

                /**
                 * Constructs a new QueryTaskScoringResponse.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a QueryTaskScoringResponse.
                 * @implements IQueryTaskScoringResponse
                 * @constructor
                 * @param {strata.scores.v1.IQueryTaskScoringResponse=} [properties] Properties to set
                 */
                function QueryTaskScoringResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryTaskScoringResponse scoring.
                 * @member {strata.scores.v1.ITaskScoring|null|undefined} scoring
                 * @memberof strata.scores.v1.QueryTaskScoringResponse
                 * @instance
                 */
                QueryTaskScoringResponse.prototype.scoring = null;

                /**
                 * Creates a new QueryTaskScoringResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.QueryTaskScoringResponse
                 * @static
                 * @param {strata.scores.v1.IQueryTaskScoringResponse=} [properties] Properties to set
                 * @returns {strata.scores.v1.QueryTaskScoringResponse} QueryTaskScoringResponse instance
                 */
                QueryTaskScoringResponse.create = function create(properties) {
                    return new QueryTaskScoringResponse(properties);
                };

                /**
                 * Encodes the specified QueryTaskScoringResponse message. Does not implicitly {@link strata.scores.v1.QueryTaskScoringResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.QueryTaskScoringResponse
                 * @static
                 * @param {strata.scores.v1.IQueryTaskScoringResponse} message QueryTaskScoringResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryTaskScoringResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.scoring != null && Object.hasOwnProperty.call(message, "scoring"))
                        $root.strata.scores.v1.TaskScoring.encode(message.scoring, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryTaskScoringResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.QueryTaskScoringResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.QueryTaskScoringResponse} QueryTaskScoringResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryTaskScoringResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.QueryTaskScoringResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.scoring = $root.strata.scores.v1.TaskScoring.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryTaskScoringResponse
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.QueryTaskScoringResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryTaskScoringResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.QueryTaskScoringResponse";
                };

                return QueryTaskScoringResponse;
            })();

            v1.QueryGuardAssignmentsRequest = (function() {

                /**
                 * Properties of a QueryGuardAssignmentsRequest.
                 * @memberof strata.scores.v1
                 * @interface IQueryGuardAssignmentsRequest
                 * @property {string|null} [guard] QueryGuardAssignmentsRequest guard
                 */

                /**
                 * Constructs a new QueryGuardAssignmentsRequest.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a QueryGuardAssignmentsRequest.
                 * @implements IQueryGuardAssignmentsRequest
                 * @constructor
                 * @param {strata.scores.v1.IQueryGuardAssignmentsRequest=} [properties] Properties to set
                 */
                function QueryGuardAssignmentsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryGuardAssignmentsRequest guard.
                 * @member {string} guard
                 * @memberof strata.scores.v1.QueryGuardAssignmentsRequest
                 * @instance
                 */
                QueryGuardAssignmentsRequest.prototype.guard = "";

                /**
                 * Creates a new QueryGuardAssignmentsRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.QueryGuardAssignmentsRequest
                 * @static
                 * @param {strata.scores.v1.IQueryGuardAssignmentsRequest=} [properties] Properties to set
                 * @returns {strata.scores.v1.QueryGuardAssignmentsRequest} QueryGuardAssignmentsRequest instance
                 */
                QueryGuardAssignmentsRequest.create = function create(properties) {
                    return new QueryGuardAssignmentsRequest(properties);
                };

                /**
                 * Encodes the specified QueryGuardAssignmentsRequest message. Does not implicitly {@link strata.scores.v1.QueryGuardAssignmentsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.QueryGuardAssignmentsRequest
                 * @static
                 * @param {strata.scores.v1.IQueryGuardAssignmentsRequest} message QueryGuardAssignmentsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryGuardAssignmentsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.guard != null && Object.hasOwnProperty.call(message, "guard"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.guard);
                    return writer;
                };

                /**
                 * Decodes a QueryGuardAssignmentsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.QueryGuardAssignmentsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.QueryGuardAssignmentsRequest} QueryGuardAssignmentsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryGuardAssignmentsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.QueryGuardAssignmentsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.guard = reader.string();
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
                 * Gets the default type url for QueryGuardAssignmentsRequest
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.QueryGuardAssignmentsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryGuardAssignmentsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.QueryGuardAssignmentsRequest";
                };

                return QueryGuardAssignmentsRequest;
            })();

            v1.QueryGuardAssignmentsResponse = (function() {

                /**
                 * Properties of a QueryGuardAssignmentsResponse.
                 * @memberof strata.scores.v1
                 * @interface IQueryGuardAssignmentsResponse
                 * @property {Array.<string>|null} [taskIds] QueryGuardAssignmentsResponse taskIds
                 */

                /**
                 * Constructs a new QueryGuardAssignmentsResponse.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a QueryGuardAssignmentsResponse.
                 * @implements IQueryGuardAssignmentsResponse
                 * @constructor
                 * @param {strata.scores.v1.IQueryGuardAssignmentsResponse=} [properties] Properties to set
                 */
                function QueryGuardAssignmentsResponse(properties) {
                    this.taskIds = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryGuardAssignmentsResponse taskIds.
                 * @member {Array.<string>} taskIds
                 * @memberof strata.scores.v1.QueryGuardAssignmentsResponse
                 * @instance
                 */
                QueryGuardAssignmentsResponse.prototype.taskIds = $util.emptyArray;

                /**
                 * Creates a new QueryGuardAssignmentsResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.QueryGuardAssignmentsResponse
                 * @static
                 * @param {strata.scores.v1.IQueryGuardAssignmentsResponse=} [properties] Properties to set
                 * @returns {strata.scores.v1.QueryGuardAssignmentsResponse} QueryGuardAssignmentsResponse instance
                 */
                QueryGuardAssignmentsResponse.create = function create(properties) {
                    return new QueryGuardAssignmentsResponse(properties);
                };

                /**
                 * Encodes the specified QueryGuardAssignmentsResponse message. Does not implicitly {@link strata.scores.v1.QueryGuardAssignmentsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.QueryGuardAssignmentsResponse
                 * @static
                 * @param {strata.scores.v1.IQueryGuardAssignmentsResponse} message QueryGuardAssignmentsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryGuardAssignmentsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.taskIds != null && message.taskIds.length)
                        for (let i = 0; i < message.taskIds.length; ++i)
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskIds[i]);
                    return writer;
                };

                /**
                 * Decodes a QueryGuardAssignmentsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.QueryGuardAssignmentsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.QueryGuardAssignmentsResponse} QueryGuardAssignmentsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryGuardAssignmentsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.QueryGuardAssignmentsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.taskIds && message.taskIds.length))
                                    message.taskIds = [];
                                message.taskIds.push(reader.string());
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
                 * Gets the default type url for QueryGuardAssignmentsResponse
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.QueryGuardAssignmentsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryGuardAssignmentsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.QueryGuardAssignmentsResponse";
                };

                return QueryGuardAssignmentsResponse;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof strata.scores.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {strata.scores.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.QueryParamsRequest
                 * @static
                 * @param {strata.scores.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {strata.scores.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.scores.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.QueryParamsRequest
                 * @static
                 * @param {strata.scores.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof strata.scores.v1
                 * @interface IQueryParamsResponse
                 * @property {strata.scores.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {strata.scores.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {strata.scores.v1.IParams|null|undefined} params
                 * @memberof strata.scores.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.QueryParamsResponse
                 * @static
                 * @param {strata.scores.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {strata.scores.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.scores.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.QueryParamsResponse
                 * @static
                 * @param {strata.scores.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.strata.scores.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.strata.scores.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.Query = (function() {

                /**
                 * Constructs a new Query service.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a Query
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Query(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Query.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Query;

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.scores.v1.Query
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Query} RPC service. Useful where requests and/or responses are streamed.
                 */
                Query.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.scores.v1.Query#taskScoring}.
                 * @memberof strata.scores.v1.Query
                 * @typedef TaskScoringCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.scores.v1.QueryTaskScoringResponse} [response] QueryTaskScoringResponse
                 */

                /**
                 * Calls TaskScoring.
                 * @function taskScoring
                 * @memberof strata.scores.v1.Query
                 * @instance
                 * @param {strata.scores.v1.IQueryTaskScoringRequest} request QueryTaskScoringRequest message or plain object
                 * @param {strata.scores.v1.Query.TaskScoringCallback} callback Node-style callback called with the error, if any, and QueryTaskScoringResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.taskScoring = function taskScoring(request, callback) {
                    return this.rpcCall(taskScoring, $root.strata.scores.v1.QueryTaskScoringRequest, $root.strata.scores.v1.QueryTaskScoringResponse, request, callback);
                }, "name", { value: "TaskScoring" });

                /**
                 * Calls TaskScoring.
                 * @function taskScoring
                 * @memberof strata.scores.v1.Query
                 * @instance
                 * @param {strata.scores.v1.IQueryTaskScoringRequest} request QueryTaskScoringRequest message or plain object
                 * @returns {Promise<strata.scores.v1.QueryTaskScoringResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.scores.v1.Query#guardAssignments}.
                 * @memberof strata.scores.v1.Query
                 * @typedef GuardAssignmentsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.scores.v1.QueryGuardAssignmentsResponse} [response] QueryGuardAssignmentsResponse
                 */

                /**
                 * Calls GuardAssignments.
                 * @function guardAssignments
                 * @memberof strata.scores.v1.Query
                 * @instance
                 * @param {strata.scores.v1.IQueryGuardAssignmentsRequest} request QueryGuardAssignmentsRequest message or plain object
                 * @param {strata.scores.v1.Query.GuardAssignmentsCallback} callback Node-style callback called with the error, if any, and QueryGuardAssignmentsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.guardAssignments = function guardAssignments(request, callback) {
                    return this.rpcCall(guardAssignments, $root.strata.scores.v1.QueryGuardAssignmentsRequest, $root.strata.scores.v1.QueryGuardAssignmentsResponse, request, callback);
                }, "name", { value: "GuardAssignments" });

                /**
                 * Calls GuardAssignments.
                 * @function guardAssignments
                 * @memberof strata.scores.v1.Query
                 * @instance
                 * @param {strata.scores.v1.IQueryGuardAssignmentsRequest} request QueryGuardAssignmentsRequest message or plain object
                 * @returns {Promise<strata.scores.v1.QueryGuardAssignmentsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.scores.v1.Query#params}.
                 * @memberof strata.scores.v1.Query
                 * @typedef ParamsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.scores.v1.QueryParamsResponse} [response] QueryParamsResponse
                 */

                /**
                 * Calls Params.
                 * @function params
                 * @memberof strata.scores.v1.Query
                 * @instance
                 * @param {strata.scores.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @param {strata.scores.v1.Query.ParamsCallback} callback Node-style callback called with the error, if any, and QueryParamsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.params = function params(request, callback) {
                    return this.rpcCall(params, $root.strata.scores.v1.QueryParamsRequest, $root.strata.scores.v1.QueryParamsResponse, request, callback);
                }, "name", { value: "Params" });

                /**
                 * Calls Params.
                 * @function params
                 * @memberof strata.scores.v1.Query
                 * @instance
                 * @param {strata.scores.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @returns {Promise<strata.scores.v1.QueryParamsResponse>} Promise
                 * @variation 2
                 */

                return Query;
            })();

            v1.GenesisState = (function() {

                /**
                 * Properties of a GenesisState.
                 * @memberof strata.scores.v1
                 * @interface IGenesisState
                 * @property {strata.scores.v1.IParams|null} [params] GenesisState params
                 * @property {Array.<strata.scores.v1.ITaskScoring>|null} [scorings] GenesisState scorings
                 */

                /**
                 * Constructs a new GenesisState.
                 * @memberof strata.scores.v1
                 * @classdesc Represents a GenesisState.
                 * @implements IGenesisState
                 * @constructor
                 * @param {strata.scores.v1.IGenesisState=} [properties] Properties to set
                 */
                function GenesisState(properties) {
                    this.scorings = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GenesisState params.
                 * @member {strata.scores.v1.IParams|null|undefined} params
                 * @memberof strata.scores.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.params = null;

                /**
                 * GenesisState scorings.
                 * @member {Array.<strata.scores.v1.ITaskScoring>} scorings
                 * @memberof strata.scores.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.scorings = $util.emptyArray;

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @function create
                 * @memberof strata.scores.v1.GenesisState
                 * @static
                 * @param {strata.scores.v1.IGenesisState=} [properties] Properties to set
                 * @returns {strata.scores.v1.GenesisState} GenesisState instance
                 */
                GenesisState.create = function create(properties) {
                    return new GenesisState(properties);
                };

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.scores.v1.GenesisState.verify|verify} messages.
                 * @function encode
                 * @memberof strata.scores.v1.GenesisState
                 * @static
                 * @param {strata.scores.v1.IGenesisState} message GenesisState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenesisState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.strata.scores.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.scorings != null && message.scorings.length)
                        for (let i = 0; i < message.scorings.length; ++i)
                            $root.strata.scores.v1.TaskScoring.encode(message.scorings[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.scores.v1.GenesisState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.scores.v1.GenesisState} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenesisState.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.scores.v1.GenesisState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.strata.scores.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.scorings && message.scorings.length))
                                    message.scorings = [];
                                message.scorings.push($root.strata.scores.v1.TaskScoring.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for GenesisState
                 * @function getTypeUrl
                 * @memberof strata.scores.v1.GenesisState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GenesisState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.scores.v1.GenesisState";
                };

                return GenesisState;
            })();

            return v1;
        })();

        return scores;
    })();

    strata.sessions = (function() {

        /**
         * Namespace sessions.
         * @memberof strata
         * @namespace
         */
        const sessions = {};

        sessions.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof strata.sessions
             * @namespace
             */
            const v1 = {};

            /**
             * SessionStatus enum.
             * @name strata.sessions.v1.SessionStatus
             * @enum {number}
             * @property {number} SESSION_STATUS_UNSPECIFIED=0 SESSION_STATUS_UNSPECIFIED value
             * @property {number} SESSION_STATUS_OPEN=1 SESSION_STATUS_OPEN value
             * @property {number} SESSION_STATUS_CLOSED=2 SESSION_STATUS_CLOSED value
             */
            v1.SessionStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "SESSION_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SESSION_STATUS_OPEN"] = 1;
                values[valuesById[2] = "SESSION_STATUS_CLOSED"] = 2;
                return values;
            })();

            v1.Session = (function() {

                /**
                 * Properties of a Session.
                 * @memberof strata.sessions.v1
                 * @interface ISession
                 * @property {number|null} [id] Session id
                 * @property {string|null} [owner] Session owner
                 * @property {string|null} [model] Session model
                 * @property {number|null} [redundancy] Session redundancy
                 * @property {string|null} [maxPricePer_1k] Session maxPricePer_1k
                 * @property {string|null} [apiKeySha256] Session apiKeySha256
                 * @property {Array.<string>|null} [routers] Session routers
                 * @property {string|null} [l3ChainId] Session l3ChainId
                 * @property {string|null} [balance] Session balance
                 * @property {string|null} [reserved] Session reserved
                 * @property {string|null} [spent] Session spent
                 * @property {string|null} [deposited] Session deposited
                 * @property {number|null} [openedHeight] Session openedHeight
                 * @property {number|null} [expiresHeight] Session expiresHeight
                 * @property {strata.sessions.v1.SessionStatus|null} [status] Session status
                 * @property {number|null} [openTasks] Session openTasks
                 * @property {number|null} [settledTasks] Session settledTasks
                 * @property {number|null} [closedHeight] Session closedHeight
                 */

                /**
                 * Constructs a new Session.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a Session.
                 * @implements ISession
                 * @constructor
                 * @param {strata.sessions.v1.ISession=} [properties] Properties to set
                 */
                function Session(properties) {
                    this.routers = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Session id.
                 * @member {number} id
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Session owner.
                 * @member {string} owner
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.owner = "";

                /**
                 * Session model.
                 * @member {string} model
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.model = "";

                /**
                 * Session redundancy.
                 * @member {number} redundancy
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.redundancy = 0;

                /**
                 * Session maxPricePer_1k.
                 * @member {string} maxPricePer_1k
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.maxPricePer_1k = "";

                /**
                 * Session apiKeySha256.
                 * @member {string} apiKeySha256
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.apiKeySha256 = "";

                /**
                 * Session routers.
                 * @member {Array.<string>} routers
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.routers = $util.emptyArray;

                /**
                 * Session l3ChainId.
                 * @member {string} l3ChainId
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.l3ChainId = "";

                /**
                 * Session balance.
                 * @member {string} balance
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.balance = "";

                /**
                 * Session reserved.
                 * @member {string} reserved
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.reserved = "";

                /**
                 * Session spent.
                 * @member {string} spent
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.spent = "";

                /**
                 * Session deposited.
                 * @member {string} deposited
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.deposited = "";

                /**
                 * Session openedHeight.
                 * @member {number} openedHeight
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.openedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Session expiresHeight.
                 * @member {number} expiresHeight
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.expiresHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Session status.
                 * @member {strata.sessions.v1.SessionStatus} status
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.status = 0;

                /**
                 * Session openTasks.
                 * @member {number} openTasks
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.openTasks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Session settledTasks.
                 * @member {number} settledTasks
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.settledTasks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Session closedHeight.
                 * @member {number} closedHeight
                 * @memberof strata.sessions.v1.Session
                 * @instance
                 */
                Session.prototype.closedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Session instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.Session
                 * @static
                 * @param {strata.sessions.v1.ISession=} [properties] Properties to set
                 * @returns {strata.sessions.v1.Session} Session instance
                 */
                Session.create = function create(properties) {
                    return new Session(properties);
                };

                /**
                 * Encodes the specified Session message. Does not implicitly {@link strata.sessions.v1.Session.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.Session
                 * @static
                 * @param {strata.sessions.v1.ISession} message Session message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Session.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.owner);
                    if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.model);
                    if (message.redundancy != null && Object.hasOwnProperty.call(message, "redundancy"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.redundancy);
                    if (message.maxPricePer_1k != null && Object.hasOwnProperty.call(message, "maxPricePer_1k"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.maxPricePer_1k);
                    if (message.apiKeySha256 != null && Object.hasOwnProperty.call(message, "apiKeySha256"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.apiKeySha256);
                    if (message.routers != null && message.routers.length)
                        for (let i = 0; i < message.routers.length; ++i)
                            writer.uint32(/* id 7, wireType 2 =*/58).string(message.routers[i]);
                    if (message.l3ChainId != null && Object.hasOwnProperty.call(message, "l3ChainId"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.l3ChainId);
                    if (message.balance != null && Object.hasOwnProperty.call(message, "balance"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.balance);
                    if (message.reserved != null && Object.hasOwnProperty.call(message, "reserved"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.reserved);
                    if (message.spent != null && Object.hasOwnProperty.call(message, "spent"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.spent);
                    if (message.deposited != null && Object.hasOwnProperty.call(message, "deposited"))
                        writer.uint32(/* id 12, wireType 2 =*/98).string(message.deposited);
                    if (message.openedHeight != null && Object.hasOwnProperty.call(message, "openedHeight"))
                        writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.openedHeight);
                    if (message.expiresHeight != null && Object.hasOwnProperty.call(message, "expiresHeight"))
                        writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.expiresHeight);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 15, wireType 0 =*/120).int32(message.status);
                    if (message.openTasks != null && Object.hasOwnProperty.call(message, "openTasks"))
                        writer.uint32(/* id 16, wireType 0 =*/128).uint64(message.openTasks);
                    if (message.settledTasks != null && Object.hasOwnProperty.call(message, "settledTasks"))
                        writer.uint32(/* id 17, wireType 0 =*/136).uint64(message.settledTasks);
                    if (message.closedHeight != null && Object.hasOwnProperty.call(message, "closedHeight"))
                        writer.uint32(/* id 18, wireType 0 =*/144).uint64(message.closedHeight);
                    return writer;
                };

                /**
                 * Decodes a Session message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.Session
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.Session} Session
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Session.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.Session();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.owner = reader.string();
                                break;
                            }
                        case 3: {
                                message.model = reader.string();
                                break;
                            }
                        case 4: {
                                message.redundancy = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.maxPricePer_1k = reader.string();
                                break;
                            }
                        case 6: {
                                message.apiKeySha256 = reader.string();
                                break;
                            }
                        case 7: {
                                if (!(message.routers && message.routers.length))
                                    message.routers = [];
                                message.routers.push(reader.string());
                                break;
                            }
                        case 8: {
                                message.l3ChainId = reader.string();
                                break;
                            }
                        case 9: {
                                message.balance = reader.string();
                                break;
                            }
                        case 10: {
                                message.reserved = reader.string();
                                break;
                            }
                        case 11: {
                                message.spent = reader.string();
                                break;
                            }
                        case 12: {
                                message.deposited = reader.string();
                                break;
                            }
                        case 13: {
                                message.openedHeight = reader.uint64();
                                break;
                            }
                        case 14: {
                                message.expiresHeight = reader.uint64();
                                break;
                            }
                        case 15: {
                                message.status = reader.int32();
                                break;
                            }
                        case 16: {
                                message.openTasks = reader.uint64();
                                break;
                            }
                        case 17: {
                                message.settledTasks = reader.uint64();
                                break;
                            }
                        case 18: {
                                message.closedHeight = reader.uint64();
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
                 * Gets the default type url for Session
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.Session
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Session.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.Session";
                };

                return Session;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof strata.sessions.v1
                 * @interface IParams
                 * @property {number|null} [maxDurationBlocks] Params maxDurationBlocks
                 * @property {number|null} [maxRedundancy] Params maxRedundancy
                 */

                /**
                 * Constructs a new Params.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {strata.sessions.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params maxDurationBlocks.
                 * @member {number} maxDurationBlocks
                 * @memberof strata.sessions.v1.Params
                 * @instance
                 */
                Params.prototype.maxDurationBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxRedundancy.
                 * @member {number} maxRedundancy
                 * @memberof strata.sessions.v1.Params
                 * @instance
                 */
                Params.prototype.maxRedundancy = 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.Params
                 * @static
                 * @param {strata.sessions.v1.IParams=} [properties] Properties to set
                 * @returns {strata.sessions.v1.Params} Params instance
                 */
                Params.create = function create(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.sessions.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.Params
                 * @static
                 * @param {strata.sessions.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.maxDurationBlocks != null && Object.hasOwnProperty.call(message, "maxDurationBlocks"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.maxDurationBlocks);
                    if (message.maxRedundancy != null && Object.hasOwnProperty.call(message, "maxRedundancy"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxRedundancy);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.maxDurationBlocks = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.maxRedundancy = reader.uint32();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.Params";
                };

                return Params;
            })();

            v1.MsgOpenSession = (function() {

                /**
                 * Properties of a MsgOpenSession.
                 * @memberof strata.sessions.v1
                 * @interface IMsgOpenSession
                 * @property {string|null} [owner] MsgOpenSession owner
                 * @property {string|null} [model] MsgOpenSession model
                 * @property {number|null} [redundancy] MsgOpenSession redundancy
                 * @property {string|null} [maxPricePer_1k] MsgOpenSession maxPricePer_1k
                 * @property {string|null} [deposit] MsgOpenSession deposit
                 * @property {string|null} [apiKeySha256] MsgOpenSession apiKeySha256
                 * @property {number|null} [durationBlocks] MsgOpenSession durationBlocks
                 * @property {Array.<string>|null} [routers] MsgOpenSession routers
                 * @property {string|null} [l3ChainId] MsgOpenSession l3ChainId
                 */

                /**
                 * Constructs a new MsgOpenSession.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a MsgOpenSession.
                 * @implements IMsgOpenSession
                 * @constructor
                 * @param {strata.sessions.v1.IMsgOpenSession=} [properties] Properties to set
                 */
                function MsgOpenSession(properties) {
                    this.routers = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgOpenSession owner.
                 * @member {string} owner
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @instance
                 */
                MsgOpenSession.prototype.owner = "";

                /**
                 * MsgOpenSession model.
                 * @member {string} model
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @instance
                 */
                MsgOpenSession.prototype.model = "";

                /**
                 * MsgOpenSession redundancy.
                 * @member {number} redundancy
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @instance
                 */
                MsgOpenSession.prototype.redundancy = 0;

                /**
                 * MsgOpenSession maxPricePer_1k.
                 * @member {string} maxPricePer_1k
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @instance
                 */
                MsgOpenSession.prototype.maxPricePer_1k = "";

                /**
                 * MsgOpenSession deposit.
                 * @member {string} deposit
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @instance
                 */
                MsgOpenSession.prototype.deposit = "";

                /**
                 * MsgOpenSession apiKeySha256.
                 * @member {string} apiKeySha256
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @instance
                 */
                MsgOpenSession.prototype.apiKeySha256 = "";

                /**
                 * MsgOpenSession durationBlocks.
                 * @member {number} durationBlocks
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @instance
                 */
                MsgOpenSession.prototype.durationBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgOpenSession routers.
                 * @member {Array.<string>} routers
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @instance
                 */
                MsgOpenSession.prototype.routers = $util.emptyArray;

                /**
                 * MsgOpenSession l3ChainId.
                 * @member {string} l3ChainId
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @instance
                 */
                MsgOpenSession.prototype.l3ChainId = "";

                /**
                 * Creates a new MsgOpenSession instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @static
                 * @param {strata.sessions.v1.IMsgOpenSession=} [properties] Properties to set
                 * @returns {strata.sessions.v1.MsgOpenSession} MsgOpenSession instance
                 */
                MsgOpenSession.create = function create(properties) {
                    return new MsgOpenSession(properties);
                };

                /**
                 * Encodes the specified MsgOpenSession message. Does not implicitly {@link strata.sessions.v1.MsgOpenSession.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @static
                 * @param {strata.sessions.v1.IMsgOpenSession} message MsgOpenSession message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgOpenSession.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.model);
                    if (message.redundancy != null && Object.hasOwnProperty.call(message, "redundancy"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.redundancy);
                    if (message.maxPricePer_1k != null && Object.hasOwnProperty.call(message, "maxPricePer_1k"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.maxPricePer_1k);
                    if (message.deposit != null && Object.hasOwnProperty.call(message, "deposit"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.deposit);
                    if (message.apiKeySha256 != null && Object.hasOwnProperty.call(message, "apiKeySha256"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.apiKeySha256);
                    if (message.durationBlocks != null && Object.hasOwnProperty.call(message, "durationBlocks"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.durationBlocks);
                    if (message.routers != null && message.routers.length)
                        for (let i = 0; i < message.routers.length; ++i)
                            writer.uint32(/* id 8, wireType 2 =*/66).string(message.routers[i]);
                    if (message.l3ChainId != null && Object.hasOwnProperty.call(message, "l3ChainId"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.l3ChainId);
                    return writer;
                };

                /**
                 * Decodes a MsgOpenSession message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.MsgOpenSession} MsgOpenSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgOpenSession.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.MsgOpenSession();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.owner = reader.string();
                                break;
                            }
                        case 2: {
                                message.model = reader.string();
                                break;
                            }
                        case 3: {
                                message.redundancy = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.maxPricePer_1k = reader.string();
                                break;
                            }
                        case 5: {
                                message.deposit = reader.string();
                                break;
                            }
                        case 6: {
                                message.apiKeySha256 = reader.string();
                                break;
                            }
                        case 7: {
                                message.durationBlocks = reader.uint64();
                                break;
                            }
                        case 8: {
                                if (!(message.routers && message.routers.length))
                                    message.routers = [];
                                message.routers.push(reader.string());
                                break;
                            }
                        case 9: {
                                message.l3ChainId = reader.string();
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
                 * Gets the default type url for MsgOpenSession
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.MsgOpenSession
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgOpenSession.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.MsgOpenSession";
                };

                return MsgOpenSession;
            })();

            v1.MsgOpenSessionResponse = (function() {

                /**
                 * Properties of a MsgOpenSessionResponse.
                 * @memberof strata.sessions.v1
                 * @interface IMsgOpenSessionResponse
                 * @property {number|null} [id] MsgOpenSessionResponse id
                 * @property {number|null} [expiresHeight] MsgOpenSessionResponse expiresHeight
                 */

                /**
                 * Constructs a new MsgOpenSessionResponse.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a MsgOpenSessionResponse.
                 * @implements IMsgOpenSessionResponse
                 * @constructor
                 * @param {strata.sessions.v1.IMsgOpenSessionResponse=} [properties] Properties to set
                 */
                function MsgOpenSessionResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgOpenSessionResponse id.
                 * @member {number} id
                 * @memberof strata.sessions.v1.MsgOpenSessionResponse
                 * @instance
                 */
                MsgOpenSessionResponse.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgOpenSessionResponse expiresHeight.
                 * @member {number} expiresHeight
                 * @memberof strata.sessions.v1.MsgOpenSessionResponse
                 * @instance
                 */
                MsgOpenSessionResponse.prototype.expiresHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgOpenSessionResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.MsgOpenSessionResponse
                 * @static
                 * @param {strata.sessions.v1.IMsgOpenSessionResponse=} [properties] Properties to set
                 * @returns {strata.sessions.v1.MsgOpenSessionResponse} MsgOpenSessionResponse instance
                 */
                MsgOpenSessionResponse.create = function create(properties) {
                    return new MsgOpenSessionResponse(properties);
                };

                /**
                 * Encodes the specified MsgOpenSessionResponse message. Does not implicitly {@link strata.sessions.v1.MsgOpenSessionResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.MsgOpenSessionResponse
                 * @static
                 * @param {strata.sessions.v1.IMsgOpenSessionResponse} message MsgOpenSessionResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgOpenSessionResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    if (message.expiresHeight != null && Object.hasOwnProperty.call(message, "expiresHeight"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.expiresHeight);
                    return writer;
                };

                /**
                 * Decodes a MsgOpenSessionResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.MsgOpenSessionResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.MsgOpenSessionResponse} MsgOpenSessionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgOpenSessionResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.MsgOpenSessionResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.expiresHeight = reader.uint64();
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
                 * Gets the default type url for MsgOpenSessionResponse
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.MsgOpenSessionResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgOpenSessionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.MsgOpenSessionResponse";
                };

                return MsgOpenSessionResponse;
            })();

            v1.MsgTopUpSession = (function() {

                /**
                 * Properties of a MsgTopUpSession.
                 * @memberof strata.sessions.v1
                 * @interface IMsgTopUpSession
                 * @property {string|null} [sender] MsgTopUpSession sender
                 * @property {number|null} [id] MsgTopUpSession id
                 * @property {string|null} [amount] MsgTopUpSession amount
                 */

                /**
                 * Constructs a new MsgTopUpSession.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a MsgTopUpSession.
                 * @implements IMsgTopUpSession
                 * @constructor
                 * @param {strata.sessions.v1.IMsgTopUpSession=} [properties] Properties to set
                 */
                function MsgTopUpSession(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgTopUpSession sender.
                 * @member {string} sender
                 * @memberof strata.sessions.v1.MsgTopUpSession
                 * @instance
                 */
                MsgTopUpSession.prototype.sender = "";

                /**
                 * MsgTopUpSession id.
                 * @member {number} id
                 * @memberof strata.sessions.v1.MsgTopUpSession
                 * @instance
                 */
                MsgTopUpSession.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * MsgTopUpSession amount.
                 * @member {string} amount
                 * @memberof strata.sessions.v1.MsgTopUpSession
                 * @instance
                 */
                MsgTopUpSession.prototype.amount = "";

                /**
                 * Creates a new MsgTopUpSession instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.MsgTopUpSession
                 * @static
                 * @param {strata.sessions.v1.IMsgTopUpSession=} [properties] Properties to set
                 * @returns {strata.sessions.v1.MsgTopUpSession} MsgTopUpSession instance
                 */
                MsgTopUpSession.create = function create(properties) {
                    return new MsgTopUpSession(properties);
                };

                /**
                 * Encodes the specified MsgTopUpSession message. Does not implicitly {@link strata.sessions.v1.MsgTopUpSession.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.MsgTopUpSession
                 * @static
                 * @param {strata.sessions.v1.IMsgTopUpSession} message MsgTopUpSession message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgTopUpSession.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.sender != null && Object.hasOwnProperty.call(message, "sender"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.id);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    return writer;
                };

                /**
                 * Decodes a MsgTopUpSession message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.MsgTopUpSession
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.MsgTopUpSession} MsgTopUpSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgTopUpSession.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.MsgTopUpSession();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.sender = reader.string();
                                break;
                            }
                        case 2: {
                                message.id = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.amount = reader.string();
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
                 * Gets the default type url for MsgTopUpSession
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.MsgTopUpSession
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgTopUpSession.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.MsgTopUpSession";
                };

                return MsgTopUpSession;
            })();

            v1.MsgTopUpSessionResponse = (function() {

                /**
                 * Properties of a MsgTopUpSessionResponse.
                 * @memberof strata.sessions.v1
                 * @interface IMsgTopUpSessionResponse
                 */

                /**
                 * Constructs a new MsgTopUpSessionResponse.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a MsgTopUpSessionResponse.
                 * @implements IMsgTopUpSessionResponse
                 * @constructor
                 * @param {strata.sessions.v1.IMsgTopUpSessionResponse=} [properties] Properties to set
                 */
                function MsgTopUpSessionResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgTopUpSessionResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.MsgTopUpSessionResponse
                 * @static
                 * @param {strata.sessions.v1.IMsgTopUpSessionResponse=} [properties] Properties to set
                 * @returns {strata.sessions.v1.MsgTopUpSessionResponse} MsgTopUpSessionResponse instance
                 */
                MsgTopUpSessionResponse.create = function create(properties) {
                    return new MsgTopUpSessionResponse(properties);
                };

                /**
                 * Encodes the specified MsgTopUpSessionResponse message. Does not implicitly {@link strata.sessions.v1.MsgTopUpSessionResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.MsgTopUpSessionResponse
                 * @static
                 * @param {strata.sessions.v1.IMsgTopUpSessionResponse} message MsgTopUpSessionResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgTopUpSessionResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgTopUpSessionResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.MsgTopUpSessionResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.MsgTopUpSessionResponse} MsgTopUpSessionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgTopUpSessionResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.MsgTopUpSessionResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for MsgTopUpSessionResponse
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.MsgTopUpSessionResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgTopUpSessionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.MsgTopUpSessionResponse";
                };

                return MsgTopUpSessionResponse;
            })();

            v1.MsgCloseSession = (function() {

                /**
                 * Properties of a MsgCloseSession.
                 * @memberof strata.sessions.v1
                 * @interface IMsgCloseSession
                 * @property {string|null} [owner] MsgCloseSession owner
                 * @property {number|null} [id] MsgCloseSession id
                 */

                /**
                 * Constructs a new MsgCloseSession.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a MsgCloseSession.
                 * @implements IMsgCloseSession
                 * @constructor
                 * @param {strata.sessions.v1.IMsgCloseSession=} [properties] Properties to set
                 */
                function MsgCloseSession(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgCloseSession owner.
                 * @member {string} owner
                 * @memberof strata.sessions.v1.MsgCloseSession
                 * @instance
                 */
                MsgCloseSession.prototype.owner = "";

                /**
                 * MsgCloseSession id.
                 * @member {number} id
                 * @memberof strata.sessions.v1.MsgCloseSession
                 * @instance
                 */
                MsgCloseSession.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new MsgCloseSession instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.MsgCloseSession
                 * @static
                 * @param {strata.sessions.v1.IMsgCloseSession=} [properties] Properties to set
                 * @returns {strata.sessions.v1.MsgCloseSession} MsgCloseSession instance
                 */
                MsgCloseSession.create = function create(properties) {
                    return new MsgCloseSession(properties);
                };

                /**
                 * Encodes the specified MsgCloseSession message. Does not implicitly {@link strata.sessions.v1.MsgCloseSession.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.MsgCloseSession
                 * @static
                 * @param {strata.sessions.v1.IMsgCloseSession} message MsgCloseSession message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCloseSession.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.id);
                    return writer;
                };

                /**
                 * Decodes a MsgCloseSession message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.MsgCloseSession
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.MsgCloseSession} MsgCloseSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCloseSession.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.MsgCloseSession();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.owner = reader.string();
                                break;
                            }
                        case 2: {
                                message.id = reader.uint64();
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
                 * Gets the default type url for MsgCloseSession
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.MsgCloseSession
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgCloseSession.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.MsgCloseSession";
                };

                return MsgCloseSession;
            })();

            v1.MsgCloseSessionResponse = (function() {

                /**
                 * Properties of a MsgCloseSessionResponse.
                 * @memberof strata.sessions.v1
                 * @interface IMsgCloseSessionResponse
                 * @property {string|null} [refunded] MsgCloseSessionResponse refunded
                 */

                /**
                 * Constructs a new MsgCloseSessionResponse.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a MsgCloseSessionResponse.
                 * @implements IMsgCloseSessionResponse
                 * @constructor
                 * @param {strata.sessions.v1.IMsgCloseSessionResponse=} [properties] Properties to set
                 */
                function MsgCloseSessionResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgCloseSessionResponse refunded.
                 * @member {string} refunded
                 * @memberof strata.sessions.v1.MsgCloseSessionResponse
                 * @instance
                 */
                MsgCloseSessionResponse.prototype.refunded = "";

                /**
                 * Creates a new MsgCloseSessionResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.MsgCloseSessionResponse
                 * @static
                 * @param {strata.sessions.v1.IMsgCloseSessionResponse=} [properties] Properties to set
                 * @returns {strata.sessions.v1.MsgCloseSessionResponse} MsgCloseSessionResponse instance
                 */
                MsgCloseSessionResponse.create = function create(properties) {
                    return new MsgCloseSessionResponse(properties);
                };

                /**
                 * Encodes the specified MsgCloseSessionResponse message. Does not implicitly {@link strata.sessions.v1.MsgCloseSessionResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.MsgCloseSessionResponse
                 * @static
                 * @param {strata.sessions.v1.IMsgCloseSessionResponse} message MsgCloseSessionResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgCloseSessionResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.refunded != null && Object.hasOwnProperty.call(message, "refunded"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.refunded);
                    return writer;
                };

                /**
                 * Decodes a MsgCloseSessionResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.MsgCloseSessionResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.MsgCloseSessionResponse} MsgCloseSessionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgCloseSessionResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.MsgCloseSessionResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.refunded = reader.string();
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
                 * Gets the default type url for MsgCloseSessionResponse
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.MsgCloseSessionResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgCloseSessionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.MsgCloseSessionResponse";
                };

                return MsgCloseSessionResponse;
            })();

            v1.Msg = (function() {

                /**
                 * Constructs a new Msg service.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a Msg
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Msg(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Msg.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Msg;

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.sessions.v1.Msg
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Msg} RPC service. Useful where requests and/or responses are streamed.
                 */
                Msg.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.sessions.v1.Msg#openSession}.
                 * @memberof strata.sessions.v1.Msg
                 * @typedef OpenSessionCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.sessions.v1.MsgOpenSessionResponse} [response] MsgOpenSessionResponse
                 */

                /**
                 * Calls OpenSession.
                 * @function openSession
                 * @memberof strata.sessions.v1.Msg
                 * @instance
                 * @param {strata.sessions.v1.IMsgOpenSession} request MsgOpenSession message or plain object
                 * @param {strata.sessions.v1.Msg.OpenSessionCallback} callback Node-style callback called with the error, if any, and MsgOpenSessionResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.openSession = function openSession(request, callback) {
                    return this.rpcCall(openSession, $root.strata.sessions.v1.MsgOpenSession, $root.strata.sessions.v1.MsgOpenSessionResponse, request, callback);
                }, "name", { value: "OpenSession" });

                /**
                 * Calls OpenSession.
                 * @function openSession
                 * @memberof strata.sessions.v1.Msg
                 * @instance
                 * @param {strata.sessions.v1.IMsgOpenSession} request MsgOpenSession message or plain object
                 * @returns {Promise<strata.sessions.v1.MsgOpenSessionResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.sessions.v1.Msg#topUpSession}.
                 * @memberof strata.sessions.v1.Msg
                 * @typedef TopUpSessionCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.sessions.v1.MsgTopUpSessionResponse} [response] MsgTopUpSessionResponse
                 */

                /**
                 * Calls TopUpSession.
                 * @function topUpSession
                 * @memberof strata.sessions.v1.Msg
                 * @instance
                 * @param {strata.sessions.v1.IMsgTopUpSession} request MsgTopUpSession message or plain object
                 * @param {strata.sessions.v1.Msg.TopUpSessionCallback} callback Node-style callback called with the error, if any, and MsgTopUpSessionResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.topUpSession = function topUpSession(request, callback) {
                    return this.rpcCall(topUpSession, $root.strata.sessions.v1.MsgTopUpSession, $root.strata.sessions.v1.MsgTopUpSessionResponse, request, callback);
                }, "name", { value: "TopUpSession" });

                /**
                 * Calls TopUpSession.
                 * @function topUpSession
                 * @memberof strata.sessions.v1.Msg
                 * @instance
                 * @param {strata.sessions.v1.IMsgTopUpSession} request MsgTopUpSession message or plain object
                 * @returns {Promise<strata.sessions.v1.MsgTopUpSessionResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.sessions.v1.Msg#closeSession}.
                 * @memberof strata.sessions.v1.Msg
                 * @typedef CloseSessionCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.sessions.v1.MsgCloseSessionResponse} [response] MsgCloseSessionResponse
                 */

                /**
                 * Calls CloseSession.
                 * @function closeSession
                 * @memberof strata.sessions.v1.Msg
                 * @instance
                 * @param {strata.sessions.v1.IMsgCloseSession} request MsgCloseSession message or plain object
                 * @param {strata.sessions.v1.Msg.CloseSessionCallback} callback Node-style callback called with the error, if any, and MsgCloseSessionResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.closeSession = function closeSession(request, callback) {
                    return this.rpcCall(closeSession, $root.strata.sessions.v1.MsgCloseSession, $root.strata.sessions.v1.MsgCloseSessionResponse, request, callback);
                }, "name", { value: "CloseSession" });

                /**
                 * Calls CloseSession.
                 * @function closeSession
                 * @memberof strata.sessions.v1.Msg
                 * @instance
                 * @param {strata.sessions.v1.IMsgCloseSession} request MsgCloseSession message or plain object
                 * @returns {Promise<strata.sessions.v1.MsgCloseSessionResponse>} Promise
                 * @variation 2
                 */

                return Msg;
            })();

            v1.QuerySessionRequest = (function() {

                /**
                 * Properties of a QuerySessionRequest.
                 * @memberof strata.sessions.v1
                 * @interface IQuerySessionRequest
                 * @property {number|null} [id] QuerySessionRequest id
                 */

                /**
                 * Constructs a new QuerySessionRequest.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a QuerySessionRequest.
                 * @implements IQuerySessionRequest
                 * @constructor
                 * @param {strata.sessions.v1.IQuerySessionRequest=} [properties] Properties to set
                 */
                function QuerySessionRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QuerySessionRequest id.
                 * @member {number} id
                 * @memberof strata.sessions.v1.QuerySessionRequest
                 * @instance
                 */
                QuerySessionRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new QuerySessionRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.QuerySessionRequest
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionRequest=} [properties] Properties to set
                 * @returns {strata.sessions.v1.QuerySessionRequest} QuerySessionRequest instance
                 */
                QuerySessionRequest.create = function create(properties) {
                    return new QuerySessionRequest(properties);
                };

                /**
                 * Encodes the specified QuerySessionRequest message. Does not implicitly {@link strata.sessions.v1.QuerySessionRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.QuerySessionRequest
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionRequest} message QuerySessionRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySessionRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.id);
                    return writer;
                };

                /**
                 * Decodes a QuerySessionRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.QuerySessionRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.QuerySessionRequest} QuerySessionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySessionRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.QuerySessionRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.uint64();
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
                 * Gets the default type url for QuerySessionRequest
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.QuerySessionRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuerySessionRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.QuerySessionRequest";
                };

                return QuerySessionRequest;
            })();

            v1.QuerySessionResponse = (function() {

                /**
                 * Properties of a QuerySessionResponse.
                 * @memberof strata.sessions.v1
                 * @interface IQuerySessionResponse
                 * @property {strata.sessions.v1.ISession|null} [session] QuerySessionResponse session
                 */

                /**
                 * Constructs a new QuerySessionResponse.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a QuerySessionResponse.
                 * @implements IQuerySessionResponse
                 * @constructor
                 * @param {strata.sessions.v1.IQuerySessionResponse=} [properties] Properties to set
                 */
                function QuerySessionResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QuerySessionResponse session.
                 * @member {strata.sessions.v1.ISession|null|undefined} session
                 * @memberof strata.sessions.v1.QuerySessionResponse
                 * @instance
                 */
                QuerySessionResponse.prototype.session = null;

                /**
                 * Creates a new QuerySessionResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.QuerySessionResponse
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionResponse=} [properties] Properties to set
                 * @returns {strata.sessions.v1.QuerySessionResponse} QuerySessionResponse instance
                 */
                QuerySessionResponse.create = function create(properties) {
                    return new QuerySessionResponse(properties);
                };

                /**
                 * Encodes the specified QuerySessionResponse message. Does not implicitly {@link strata.sessions.v1.QuerySessionResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.QuerySessionResponse
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionResponse} message QuerySessionResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySessionResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.session != null && Object.hasOwnProperty.call(message, "session"))
                        $root.strata.sessions.v1.Session.encode(message.session, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QuerySessionResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.QuerySessionResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.QuerySessionResponse} QuerySessionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySessionResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.QuerySessionResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.session = $root.strata.sessions.v1.Session.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QuerySessionResponse
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.QuerySessionResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuerySessionResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.QuerySessionResponse";
                };

                return QuerySessionResponse;
            })();

            v1.QuerySessionsRequest = (function() {

                /**
                 * Properties of a QuerySessionsRequest.
                 * @memberof strata.sessions.v1
                 * @interface IQuerySessionsRequest
                 * @property {string|null} [owner] QuerySessionsRequest owner
                 * @property {strata.base.v1.IPageRequest|null} [pagination] QuerySessionsRequest pagination
                 */

                /**
                 * Constructs a new QuerySessionsRequest.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a QuerySessionsRequest.
                 * @implements IQuerySessionsRequest
                 * @constructor
                 * @param {strata.sessions.v1.IQuerySessionsRequest=} [properties] Properties to set
                 */
                function QuerySessionsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QuerySessionsRequest owner.
                 * @member {string} owner
                 * @memberof strata.sessions.v1.QuerySessionsRequest
                 * @instance
                 */
                QuerySessionsRequest.prototype.owner = "";

                /**
                 * QuerySessionsRequest pagination.
                 * @member {strata.base.v1.IPageRequest|null|undefined} pagination
                 * @memberof strata.sessions.v1.QuerySessionsRequest
                 * @instance
                 */
                QuerySessionsRequest.prototype.pagination = null;

                /**
                 * Creates a new QuerySessionsRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.QuerySessionsRequest
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionsRequest=} [properties] Properties to set
                 * @returns {strata.sessions.v1.QuerySessionsRequest} QuerySessionsRequest instance
                 */
                QuerySessionsRequest.create = function create(properties) {
                    return new QuerySessionsRequest(properties);
                };

                /**
                 * Encodes the specified QuerySessionsRequest message. Does not implicitly {@link strata.sessions.v1.QuerySessionsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.QuerySessionsRequest
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionsRequest} message QuerySessionsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySessionsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.owner != null && Object.hasOwnProperty.call(message, "owner"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.owner);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.strata.base.v1.PageRequest.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QuerySessionsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.QuerySessionsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.QuerySessionsRequest} QuerySessionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySessionsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.QuerySessionsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.owner = reader.string();
                                break;
                            }
                        case 2: {
                                message.pagination = $root.strata.base.v1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QuerySessionsRequest
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.QuerySessionsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuerySessionsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.QuerySessionsRequest";
                };

                return QuerySessionsRequest;
            })();

            v1.QuerySessionsResponse = (function() {

                /**
                 * Properties of a QuerySessionsResponse.
                 * @memberof strata.sessions.v1
                 * @interface IQuerySessionsResponse
                 * @property {Array.<strata.sessions.v1.ISession>|null} [sessions] QuerySessionsResponse sessions
                 * @property {strata.base.v1.IPageResponse|null} [pagination] QuerySessionsResponse pagination
                 */

                /**
                 * Constructs a new QuerySessionsResponse.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a QuerySessionsResponse.
                 * @implements IQuerySessionsResponse
                 * @constructor
                 * @param {strata.sessions.v1.IQuerySessionsResponse=} [properties] Properties to set
                 */
                function QuerySessionsResponse(properties) {
                    this.sessions = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QuerySessionsResponse sessions.
                 * @member {Array.<strata.sessions.v1.ISession>} sessions
                 * @memberof strata.sessions.v1.QuerySessionsResponse
                 * @instance
                 */
                QuerySessionsResponse.prototype.sessions = $util.emptyArray;

                /**
                 * QuerySessionsResponse pagination.
                 * @member {strata.base.v1.IPageResponse|null|undefined} pagination
                 * @memberof strata.sessions.v1.QuerySessionsResponse
                 * @instance
                 */
                QuerySessionsResponse.prototype.pagination = null;

                /**
                 * Creates a new QuerySessionsResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.QuerySessionsResponse
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionsResponse=} [properties] Properties to set
                 * @returns {strata.sessions.v1.QuerySessionsResponse} QuerySessionsResponse instance
                 */
                QuerySessionsResponse.create = function create(properties) {
                    return new QuerySessionsResponse(properties);
                };

                /**
                 * Encodes the specified QuerySessionsResponse message. Does not implicitly {@link strata.sessions.v1.QuerySessionsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.QuerySessionsResponse
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionsResponse} message QuerySessionsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySessionsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.sessions != null && message.sessions.length)
                        for (let i = 0; i < message.sessions.length; ++i)
                            $root.strata.sessions.v1.Session.encode(message.sessions[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.strata.base.v1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QuerySessionsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.QuerySessionsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.QuerySessionsResponse} QuerySessionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySessionsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.QuerySessionsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.sessions && message.sessions.length))
                                    message.sessions = [];
                                message.sessions.push($root.strata.sessions.v1.Session.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.pagination = $root.strata.base.v1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QuerySessionsResponse
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.QuerySessionsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuerySessionsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.QuerySessionsResponse";
                };

                return QuerySessionsResponse;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof strata.sessions.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {strata.sessions.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.QueryParamsRequest
                 * @static
                 * @param {strata.sessions.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {strata.sessions.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.sessions.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.QueryParamsRequest
                 * @static
                 * @param {strata.sessions.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof strata.sessions.v1
                 * @interface IQueryParamsResponse
                 * @property {strata.sessions.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {strata.sessions.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {strata.sessions.v1.IParams|null|undefined} params
                 * @memberof strata.sessions.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.QueryParamsResponse
                 * @static
                 * @param {strata.sessions.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {strata.sessions.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.sessions.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.QueryParamsResponse
                 * @static
                 * @param {strata.sessions.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.strata.sessions.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.strata.sessions.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.Query = (function() {

                /**
                 * Constructs a new Query service.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a Query
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Query(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Query.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Query;

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.sessions.v1.Query
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Query} RPC service. Useful where requests and/or responses are streamed.
                 */
                Query.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.sessions.v1.Query#session}.
                 * @memberof strata.sessions.v1.Query
                 * @typedef SessionCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.sessions.v1.QuerySessionResponse} [response] QuerySessionResponse
                 */

                /**
                 * Calls Session.
                 * @function session
                 * @memberof strata.sessions.v1.Query
                 * @instance
                 * @param {strata.sessions.v1.IQuerySessionRequest} request QuerySessionRequest message or plain object
                 * @param {strata.sessions.v1.Query.SessionCallback} callback Node-style callback called with the error, if any, and QuerySessionResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.session = function session(request, callback) {
                    return this.rpcCall(session, $root.strata.sessions.v1.QuerySessionRequest, $root.strata.sessions.v1.QuerySessionResponse, request, callback);
                }, "name", { value: "Session" });

                /**
                 * Calls Session.
                 * @function session
                 * @memberof strata.sessions.v1.Query
                 * @instance
                 * @param {strata.sessions.v1.IQuerySessionRequest} request QuerySessionRequest message or plain object
                 * @returns {Promise<strata.sessions.v1.QuerySessionResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.sessions.v1.Query#sessions}.
                 * @memberof strata.sessions.v1.Query
                 * @typedef SessionsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.sessions.v1.QuerySessionsResponse} [response] QuerySessionsResponse
                 */

                /**
                 * Calls Sessions.
                 * @function sessions
                 * @memberof strata.sessions.v1.Query
                 * @instance
                 * @param {strata.sessions.v1.IQuerySessionsRequest} request QuerySessionsRequest message or plain object
                 * @param {strata.sessions.v1.Query.SessionsCallback} callback Node-style callback called with the error, if any, and QuerySessionsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.sessions = function sessions(request, callback) {
                    return this.rpcCall(sessions, $root.strata.sessions.v1.QuerySessionsRequest, $root.strata.sessions.v1.QuerySessionsResponse, request, callback);
                }, "name", { value: "Sessions" });

                /**
                 * Calls Sessions.
                 * @function sessions
                 * @memberof strata.sessions.v1.Query
                 * @instance
                 * @param {strata.sessions.v1.IQuerySessionsRequest} request QuerySessionsRequest message or plain object
                 * @returns {Promise<strata.sessions.v1.QuerySessionsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.sessions.v1.Query#params}.
                 * @memberof strata.sessions.v1.Query
                 * @typedef ParamsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.sessions.v1.QueryParamsResponse} [response] QueryParamsResponse
                 */

                /**
                 * Calls Params.
                 * @function params
                 * @memberof strata.sessions.v1.Query
                 * @instance
                 * @param {strata.sessions.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @param {strata.sessions.v1.Query.ParamsCallback} callback Node-style callback called with the error, if any, and QueryParamsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.params = function params(request, callback) {
                    return this.rpcCall(params, $root.strata.sessions.v1.QueryParamsRequest, $root.strata.sessions.v1.QueryParamsResponse, request, callback);
                }, "name", { value: "Params" });

                /**
                 * Calls Params.
                 * @function params
                 * @memberof strata.sessions.v1.Query
                 * @instance
                 * @param {strata.sessions.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @returns {Promise<strata.sessions.v1.QueryParamsResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.sessions.v1.Query#sessionByApiKey}.
                 * @memberof strata.sessions.v1.Query
                 * @typedef SessionByApiKeyCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.sessions.v1.QuerySessionByApiKeyResponse} [response] QuerySessionByApiKeyResponse
                 */

                /**
                 * Calls SessionByApiKey.
                 * @function sessionByApiKey
                 * @memberof strata.sessions.v1.Query
                 * @instance
                 * @param {strata.sessions.v1.IQuerySessionByApiKeyRequest} request QuerySessionByApiKeyRequest message or plain object
                 * @param {strata.sessions.v1.Query.SessionByApiKeyCallback} callback Node-style callback called with the error, if any, and QuerySessionByApiKeyResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.sessionByApiKey = function sessionByApiKey(request, callback) {
                    return this.rpcCall(sessionByApiKey, $root.strata.sessions.v1.QuerySessionByApiKeyRequest, $root.strata.sessions.v1.QuerySessionByApiKeyResponse, request, callback);
                }, "name", { value: "SessionByApiKey" });

                /**
                 * Calls SessionByApiKey.
                 * @function sessionByApiKey
                 * @memberof strata.sessions.v1.Query
                 * @instance
                 * @param {strata.sessions.v1.IQuerySessionByApiKeyRequest} request QuerySessionByApiKeyRequest message or plain object
                 * @returns {Promise<strata.sessions.v1.QuerySessionByApiKeyResponse>} Promise
                 * @variation 2
                 */

                return Query;
            })();

            v1.GenesisState = (function() {

                /**
                 * Properties of a GenesisState.
                 * @memberof strata.sessions.v1
                 * @interface IGenesisState
                 * @property {strata.sessions.v1.IParams|null} [params] GenesisState params
                 * @property {Array.<strata.sessions.v1.ISession>|null} [sessions] GenesisState sessions
                 * @property {number|null} [nextId] GenesisState nextId
                 */

                /**
                 * Constructs a new GenesisState.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a GenesisState.
                 * @implements IGenesisState
                 * @constructor
                 * @param {strata.sessions.v1.IGenesisState=} [properties] Properties to set
                 */
                function GenesisState(properties) {
                    this.sessions = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GenesisState params.
                 * @member {strata.sessions.v1.IParams|null|undefined} params
                 * @memberof strata.sessions.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.params = null;

                /**
                 * GenesisState sessions.
                 * @member {Array.<strata.sessions.v1.ISession>} sessions
                 * @memberof strata.sessions.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.sessions = $util.emptyArray;

                /**
                 * GenesisState nextId.
                 * @member {number} nextId
                 * @memberof strata.sessions.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.nextId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.GenesisState
                 * @static
                 * @param {strata.sessions.v1.IGenesisState=} [properties] Properties to set
                 * @returns {strata.sessions.v1.GenesisState} GenesisState instance
                 */
                GenesisState.create = function create(properties) {
                    return new GenesisState(properties);
                };

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.sessions.v1.GenesisState.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.GenesisState
                 * @static
                 * @param {strata.sessions.v1.IGenesisState} message GenesisState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenesisState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.strata.sessions.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.sessions != null && message.sessions.length)
                        for (let i = 0; i < message.sessions.length; ++i)
                            $root.strata.sessions.v1.Session.encode(message.sessions[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    if (message.nextId != null && Object.hasOwnProperty.call(message, "nextId"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nextId);
                    return writer;
                };

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.GenesisState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.GenesisState} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenesisState.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.GenesisState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.strata.sessions.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.sessions && message.sessions.length))
                                    message.sessions = [];
                                message.sessions.push($root.strata.sessions.v1.Session.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 3: {
                                message.nextId = reader.uint64();
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
                 * Gets the default type url for GenesisState
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.GenesisState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GenesisState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.GenesisState";
                };

                return GenesisState;
            })();

            v1.QuerySessionByApiKeyRequest = (function() {

                /**
                 * Properties of a QuerySessionByApiKeyRequest.
                 * @memberof strata.sessions.v1
                 * @interface IQuerySessionByApiKeyRequest
                 * @property {string|null} [apiKeySha256] QuerySessionByApiKeyRequest apiKeySha256
                 */

                /**
                 * Constructs a new QuerySessionByApiKeyRequest.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a QuerySessionByApiKeyRequest.
                 * @implements IQuerySessionByApiKeyRequest
                 * @constructor
                 * @param {strata.sessions.v1.IQuerySessionByApiKeyRequest=} [properties] Properties to set
                 */
                function QuerySessionByApiKeyRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QuerySessionByApiKeyRequest apiKeySha256.
                 * @member {string} apiKeySha256
                 * @memberof strata.sessions.v1.QuerySessionByApiKeyRequest
                 * @instance
                 */
                QuerySessionByApiKeyRequest.prototype.apiKeySha256 = "";

                /**
                 * Creates a new QuerySessionByApiKeyRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.QuerySessionByApiKeyRequest
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionByApiKeyRequest=} [properties] Properties to set
                 * @returns {strata.sessions.v1.QuerySessionByApiKeyRequest} QuerySessionByApiKeyRequest instance
                 */
                QuerySessionByApiKeyRequest.create = function create(properties) {
                    return new QuerySessionByApiKeyRequest(properties);
                };

                /**
                 * Encodes the specified QuerySessionByApiKeyRequest message. Does not implicitly {@link strata.sessions.v1.QuerySessionByApiKeyRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.QuerySessionByApiKeyRequest
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionByApiKeyRequest} message QuerySessionByApiKeyRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySessionByApiKeyRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.apiKeySha256 != null && Object.hasOwnProperty.call(message, "apiKeySha256"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.apiKeySha256);
                    return writer;
                };

                /**
                 * Decodes a QuerySessionByApiKeyRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.QuerySessionByApiKeyRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.QuerySessionByApiKeyRequest} QuerySessionByApiKeyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySessionByApiKeyRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.QuerySessionByApiKeyRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.apiKeySha256 = reader.string();
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
                 * Gets the default type url for QuerySessionByApiKeyRequest
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.QuerySessionByApiKeyRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuerySessionByApiKeyRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.QuerySessionByApiKeyRequest";
                };

                return QuerySessionByApiKeyRequest;
            })();

            v1.QuerySessionByApiKeyResponse = (function() {

                /**
                 * Properties of a QuerySessionByApiKeyResponse.
                 * @memberof strata.sessions.v1
                 * @interface IQuerySessionByApiKeyResponse
                 * @property {strata.sessions.v1.ISession|null} [session] QuerySessionByApiKeyResponse session
                 */

                /**
                 * Constructs a new QuerySessionByApiKeyResponse.
                 * @memberof strata.sessions.v1
                 * @classdesc Represents a QuerySessionByApiKeyResponse.
                 * @implements IQuerySessionByApiKeyResponse
                 * @constructor
                 * @param {strata.sessions.v1.IQuerySessionByApiKeyResponse=} [properties] Properties to set
                 */
                function QuerySessionByApiKeyResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QuerySessionByApiKeyResponse session.
                 * @member {strata.sessions.v1.ISession|null|undefined} session
                 * @memberof strata.sessions.v1.QuerySessionByApiKeyResponse
                 * @instance
                 */
                QuerySessionByApiKeyResponse.prototype.session = null;

                /**
                 * Creates a new QuerySessionByApiKeyResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.sessions.v1.QuerySessionByApiKeyResponse
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionByApiKeyResponse=} [properties] Properties to set
                 * @returns {strata.sessions.v1.QuerySessionByApiKeyResponse} QuerySessionByApiKeyResponse instance
                 */
                QuerySessionByApiKeyResponse.create = function create(properties) {
                    return new QuerySessionByApiKeyResponse(properties);
                };

                /**
                 * Encodes the specified QuerySessionByApiKeyResponse message. Does not implicitly {@link strata.sessions.v1.QuerySessionByApiKeyResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.sessions.v1.QuerySessionByApiKeyResponse
                 * @static
                 * @param {strata.sessions.v1.IQuerySessionByApiKeyResponse} message QuerySessionByApiKeyResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySessionByApiKeyResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.session != null && Object.hasOwnProperty.call(message, "session"))
                        $root.strata.sessions.v1.Session.encode(message.session, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QuerySessionByApiKeyResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.sessions.v1.QuerySessionByApiKeyResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.sessions.v1.QuerySessionByApiKeyResponse} QuerySessionByApiKeyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySessionByApiKeyResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.sessions.v1.QuerySessionByApiKeyResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.session = $root.strata.sessions.v1.Session.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QuerySessionByApiKeyResponse
                 * @function getTypeUrl
                 * @memberof strata.sessions.v1.QuerySessionByApiKeyResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuerySessionByApiKeyResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.sessions.v1.QuerySessionByApiKeyResponse";
                };

                return QuerySessionByApiKeyResponse;
            })();

            return v1;
        })();

        return sessions;
    })();

    strata.settlement = (function() {

        /**
         * Namespace settlement.
         * @memberof strata
         * @namespace
         */
        const settlement = {};

        settlement.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof strata.settlement
             * @namespace
             */
            const v1 = {};

            /**
             * PaymentRole enum.
             * @name strata.settlement.v1.PaymentRole
             * @enum {number}
             * @property {number} PAYMENT_ROLE_UNSPECIFIED=0 PAYMENT_ROLE_UNSPECIFIED value
             * @property {number} PAYMENT_ROLE_EXECUTOR=1 PAYMENT_ROLE_EXECUTOR value
             * @property {number} PAYMENT_ROLE_ROUTER=2 PAYMENT_ROLE_ROUTER value
             * @property {number} PAYMENT_ROLE_GUARD=3 PAYMENT_ROLE_GUARD value
             * @property {number} PAYMENT_ROLE_MODEL_OWNER=4 PAYMENT_ROLE_MODEL_OWNER value
             * @property {number} PAYMENT_ROLE_TREASURY=5 PAYMENT_ROLE_TREASURY value
             */
            v1.PaymentRole = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "PAYMENT_ROLE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PAYMENT_ROLE_EXECUTOR"] = 1;
                values[valuesById[2] = "PAYMENT_ROLE_ROUTER"] = 2;
                values[valuesById[3] = "PAYMENT_ROLE_GUARD"] = 3;
                values[valuesById[4] = "PAYMENT_ROLE_MODEL_OWNER"] = 4;
                values[valuesById[5] = "PAYMENT_ROLE_TREASURY"] = 5;
                return values;
            })();

            v1.Payment = (function() {

                /**
                 * Properties of a Payment.
                 * @memberof strata.settlement.v1
                 * @interface IPayment
                 * @property {string|null} [recipient] Payment recipient
                 * @property {strata.settlement.v1.PaymentRole|null} [role] Payment role
                 * @property {string|null} [amount] Payment amount
                 * @property {string|null} [reason] Payment reason
                 */

                /**
                 * Constructs a new Payment.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a Payment.
                 * @implements IPayment
                 * @constructor
                 * @param {strata.settlement.v1.IPayment=} [properties] Properties to set
                 */
                function Payment(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Payment recipient.
                 * @member {string} recipient
                 * @memberof strata.settlement.v1.Payment
                 * @instance
                 */
                Payment.prototype.recipient = "";

                /**
                 * Payment role.
                 * @member {strata.settlement.v1.PaymentRole} role
                 * @memberof strata.settlement.v1.Payment
                 * @instance
                 */
                Payment.prototype.role = 0;

                /**
                 * Payment amount.
                 * @member {string} amount
                 * @memberof strata.settlement.v1.Payment
                 * @instance
                 */
                Payment.prototype.amount = "";

                /**
                 * Payment reason.
                 * @member {string} reason
                 * @memberof strata.settlement.v1.Payment
                 * @instance
                 */
                Payment.prototype.reason = "";

                /**
                 * Creates a new Payment instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.Payment
                 * @static
                 * @param {strata.settlement.v1.IPayment=} [properties] Properties to set
                 * @returns {strata.settlement.v1.Payment} Payment instance
                 */
                Payment.create = function create(properties) {
                    return new Payment(properties);
                };

                /**
                 * Encodes the specified Payment message. Does not implicitly {@link strata.settlement.v1.Payment.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.Payment
                 * @static
                 * @param {strata.settlement.v1.IPayment} message Payment message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Payment.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.recipient != null && Object.hasOwnProperty.call(message, "recipient"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.recipient);
                    if (message.role != null && Object.hasOwnProperty.call(message, "role"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.role);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.amount);
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.reason);
                    return writer;
                };

                /**
                 * Decodes a Payment message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.Payment
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.Payment} Payment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Payment.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.Payment();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.recipient = reader.string();
                                break;
                            }
                        case 2: {
                                message.role = reader.int32();
                                break;
                            }
                        case 3: {
                                message.amount = reader.string();
                                break;
                            }
                        case 4: {
                                message.reason = reader.string();
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
                 * Gets the default type url for Payment
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.Payment
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Payment.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.Payment";
                };

                return Payment;
            })();

            v1.Slash = (function() {

                /**
                 * Properties of a Slash.
                 * @memberof strata.settlement.v1
                 * @interface ISlash
                 * @property {string|null} [node] Slash node
                 * @property {string|null} [amount] Slash amount
                 * @property {string|null} [reason] Slash reason
                 * @property {boolean|null} [jailed] Slash jailed
                 */

                /**
                 * Constructs a new Slash.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a Slash.
                 * @implements ISlash
                 * @constructor
                 * @param {strata.settlement.v1.ISlash=} [properties] Properties to set
                 */
                function Slash(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Slash node.
                 * @member {string} node
                 * @memberof strata.settlement.v1.Slash
                 * @instance
                 */
                Slash.prototype.node = "";

                /**
                 * Slash amount.
                 * @member {string} amount
                 * @memberof strata.settlement.v1.Slash
                 * @instance
                 */
                Slash.prototype.amount = "";

                /**
                 * Slash reason.
                 * @member {string} reason
                 * @memberof strata.settlement.v1.Slash
                 * @instance
                 */
                Slash.prototype.reason = "";

                /**
                 * Slash jailed.
                 * @member {boolean} jailed
                 * @memberof strata.settlement.v1.Slash
                 * @instance
                 */
                Slash.prototype.jailed = false;

                /**
                 * Creates a new Slash instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.Slash
                 * @static
                 * @param {strata.settlement.v1.ISlash=} [properties] Properties to set
                 * @returns {strata.settlement.v1.Slash} Slash instance
                 */
                Slash.create = function create(properties) {
                    return new Slash(properties);
                };

                /**
                 * Encodes the specified Slash message. Does not implicitly {@link strata.settlement.v1.Slash.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.Slash
                 * @static
                 * @param {strata.settlement.v1.ISlash} message Slash message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Slash.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.node != null && Object.hasOwnProperty.call(message, "node"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.node);
                    if (message.amount != null && Object.hasOwnProperty.call(message, "amount"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.amount);
                    if (message.reason != null && Object.hasOwnProperty.call(message, "reason"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                    if (message.jailed != null && Object.hasOwnProperty.call(message, "jailed"))
                        writer.uint32(/* id 4, wireType 0 =*/32).bool(message.jailed);
                    return writer;
                };

                /**
                 * Decodes a Slash message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.Slash
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.Slash} Slash
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Slash.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.Slash();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.node = reader.string();
                                break;
                            }
                        case 2: {
                                message.amount = reader.string();
                                break;
                            }
                        case 3: {
                                message.reason = reader.string();
                                break;
                            }
                        case 4: {
                                message.jailed = reader.bool();
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
                 * Gets the default type url for Slash
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.Slash
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Slash.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.Slash";
                };

                return Slash;
            })();

            v1.Settlement = (function() {

                /**
                 * Properties of a Settlement.
                 * @memberof strata.settlement.v1
                 * @interface ISettlement
                 * @property {string|null} [taskId] Settlement taskId
                 * @property {number|null} [sessionId] Settlement sessionId
                 * @property {string|null} [charge] Settlement charge
                 * @property {string|null} [refunded] Settlement refunded
                 * @property {number|null} [inputTokens] Settlement inputTokens
                 * @property {number|null} [outputTokens] Settlement outputTokens
                 * @property {string|null} [priceInputPer_1k] Settlement priceInputPer_1k
                 * @property {string|null} [priceOutputPer_1k] Settlement priceOutputPer_1k
                 * @property {Array.<strata.settlement.v1.IPayment>|null} [payments] Settlement payments
                 * @property {Array.<strata.settlement.v1.ISlash>|null} [slashes] Settlement slashes
                 * @property {number|null} [height] Settlement height
                 */

                /**
                 * Constructs a new Settlement.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a Settlement.
                 * @implements ISettlement
                 * @constructor
                 * @param {strata.settlement.v1.ISettlement=} [properties] Properties to set
                 */
                function Settlement(properties) {
                    this.payments = [];
                    this.slashes = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Settlement taskId.
                 * @member {string} taskId
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.taskId = "";

                /**
                 * Settlement sessionId.
                 * @member {number} sessionId
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Settlement charge.
                 * @member {string} charge
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.charge = "";

                /**
                 * Settlement refunded.
                 * @member {string} refunded
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.refunded = "";

                /**
                 * Settlement inputTokens.
                 * @member {number} inputTokens
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.inputTokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Settlement outputTokens.
                 * @member {number} outputTokens
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.outputTokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Settlement priceInputPer_1k.
                 * @member {string} priceInputPer_1k
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.priceInputPer_1k = "";

                /**
                 * Settlement priceOutputPer_1k.
                 * @member {string} priceOutputPer_1k
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.priceOutputPer_1k = "";

                /**
                 * Settlement payments.
                 * @member {Array.<strata.settlement.v1.IPayment>} payments
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.payments = $util.emptyArray;

                /**
                 * Settlement slashes.
                 * @member {Array.<strata.settlement.v1.ISlash>} slashes
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.slashes = $util.emptyArray;

                /**
                 * Settlement height.
                 * @member {number} height
                 * @memberof strata.settlement.v1.Settlement
                 * @instance
                 */
                Settlement.prototype.height = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Settlement instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.Settlement
                 * @static
                 * @param {strata.settlement.v1.ISettlement=} [properties] Properties to set
                 * @returns {strata.settlement.v1.Settlement} Settlement instance
                 */
                Settlement.create = function create(properties) {
                    return new Settlement(properties);
                };

                /**
                 * Encodes the specified Settlement message. Does not implicitly {@link strata.settlement.v1.Settlement.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.Settlement
                 * @static
                 * @param {strata.settlement.v1.ISettlement} message Settlement message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Settlement.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.taskId != null && Object.hasOwnProperty.call(message, "taskId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                    if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sessionId);
                    if (message.charge != null && Object.hasOwnProperty.call(message, "charge"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.charge);
                    if (message.refunded != null && Object.hasOwnProperty.call(message, "refunded"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.refunded);
                    if (message.inputTokens != null && Object.hasOwnProperty.call(message, "inputTokens"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.inputTokens);
                    if (message.outputTokens != null && Object.hasOwnProperty.call(message, "outputTokens"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.outputTokens);
                    if (message.priceInputPer_1k != null && Object.hasOwnProperty.call(message, "priceInputPer_1k"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.priceInputPer_1k);
                    if (message.priceOutputPer_1k != null && Object.hasOwnProperty.call(message, "priceOutputPer_1k"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.priceOutputPer_1k);
                    if (message.payments != null && message.payments.length)
                        for (let i = 0; i < message.payments.length; ++i)
                            $root.strata.settlement.v1.Payment.encode(message.payments[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                    if (message.slashes != null && message.slashes.length)
                        for (let i = 0; i < message.slashes.length; ++i)
                            $root.strata.settlement.v1.Slash.encode(message.slashes[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                    if (message.height != null && Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.height);
                    return writer;
                };

                /**
                 * Decodes a Settlement message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.Settlement
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.Settlement} Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Settlement.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.Settlement();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.taskId = reader.string();
                                break;
                            }
                        case 2: {
                                message.sessionId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.charge = reader.string();
                                break;
                            }
                        case 4: {
                                message.refunded = reader.string();
                                break;
                            }
                        case 5: {
                                message.inputTokens = reader.uint64();
                                break;
                            }
                        case 6: {
                                message.outputTokens = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.priceInputPer_1k = reader.string();
                                break;
                            }
                        case 8: {
                                message.priceOutputPer_1k = reader.string();
                                break;
                            }
                        case 9: {
                                if (!(message.payments && message.payments.length))
                                    message.payments = [];
                                message.payments.push($root.strata.settlement.v1.Payment.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 10: {
                                if (!(message.slashes && message.slashes.length))
                                    message.slashes = [];
                                message.slashes.push($root.strata.settlement.v1.Slash.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 11: {
                                message.height = reader.uint64();
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
                 * Gets the default type url for Settlement
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.Settlement
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Settlement.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.Settlement";
                };

                return Settlement;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof strata.settlement.v1
                 * @interface IParams
                 * @property {number|null} [executorsBps] Params executorsBps
                 * @property {number|null} [routerBps] Params routerBps
                 * @property {number|null} [guardsBps] Params guardsBps
                 * @property {number|null} [modelOwnerBps] Params modelOwnerBps
                 * @property {number|null} [treasuryBps] Params treasuryBps
                 * @property {number|null} [fraudSlash] Params fraudSlash
                 * @property {number|null} [missedRevealSlash] Params missedRevealSlash
                 */

                /**
                 * Constructs a new Params.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {strata.settlement.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params executorsBps.
                 * @member {number} executorsBps
                 * @memberof strata.settlement.v1.Params
                 * @instance
                 */
                Params.prototype.executorsBps = 0;

                /**
                 * Params routerBps.
                 * @member {number} routerBps
                 * @memberof strata.settlement.v1.Params
                 * @instance
                 */
                Params.prototype.routerBps = 0;

                /**
                 * Params guardsBps.
                 * @member {number} guardsBps
                 * @memberof strata.settlement.v1.Params
                 * @instance
                 */
                Params.prototype.guardsBps = 0;

                /**
                 * Params modelOwnerBps.
                 * @member {number} modelOwnerBps
                 * @memberof strata.settlement.v1.Params
                 * @instance
                 */
                Params.prototype.modelOwnerBps = 0;

                /**
                 * Params treasuryBps.
                 * @member {number} treasuryBps
                 * @memberof strata.settlement.v1.Params
                 * @instance
                 */
                Params.prototype.treasuryBps = 0;

                /**
                 * Params fraudSlash.
                 * @member {number} fraudSlash
                 * @memberof strata.settlement.v1.Params
                 * @instance
                 */
                Params.prototype.fraudSlash = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params missedRevealSlash.
                 * @member {number} missedRevealSlash
                 * @memberof strata.settlement.v1.Params
                 * @instance
                 */
                Params.prototype.missedRevealSlash = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.Params
                 * @static
                 * @param {strata.settlement.v1.IParams=} [properties] Properties to set
                 * @returns {strata.settlement.v1.Params} Params instance
                 */
                Params.create = function create(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.settlement.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.Params
                 * @static
                 * @param {strata.settlement.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.executorsBps != null && Object.hasOwnProperty.call(message, "executorsBps"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.executorsBps);
                    if (message.routerBps != null && Object.hasOwnProperty.call(message, "routerBps"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.routerBps);
                    if (message.guardsBps != null && Object.hasOwnProperty.call(message, "guardsBps"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.guardsBps);
                    if (message.modelOwnerBps != null && Object.hasOwnProperty.call(message, "modelOwnerBps"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.modelOwnerBps);
                    if (message.treasuryBps != null && Object.hasOwnProperty.call(message, "treasuryBps"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.treasuryBps);
                    if (message.fraudSlash != null && Object.hasOwnProperty.call(message, "fraudSlash"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.fraudSlash);
                    if (message.missedRevealSlash != null && Object.hasOwnProperty.call(message, "missedRevealSlash"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.missedRevealSlash);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.executorsBps = reader.uint32();
                                break;
                            }
                        case 2: {
                                message.routerBps = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.guardsBps = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.modelOwnerBps = reader.uint32();
                                break;
                            }
                        case 5: {
                                message.treasuryBps = reader.uint32();
                                break;
                            }
                        case 6: {
                                message.fraudSlash = reader.uint64();
                                break;
                            }
                        case 7: {
                                message.missedRevealSlash = reader.uint64();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.Params";
                };

                return Params;
            })();

            v1.QuerySettlementRequest = (function() {

                /**
                 * Properties of a QuerySettlementRequest.
                 * @memberof strata.settlement.v1
                 * @interface IQuerySettlementRequest
                 * @property {string|null} [taskId] QuerySettlementRequest taskId
                 */

                /**
                 * Constructs a new QuerySettlementRequest.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a QuerySettlementRequest.
                 * @implements IQuerySettlementRequest
                 * @constructor
                 * @param {strata.settlement.v1.IQuerySettlementRequest=} [properties] Properties to set
                 */
                function QuerySettlementRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QuerySettlementRequest taskId.
                 * @member {string} taskId
                 * @memberof strata.settlement.v1.QuerySettlementRequest
                 * @instance
                 */
                QuerySettlementRequest.prototype.taskId = "";

                /**
                 * Creates a new QuerySettlementRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.QuerySettlementRequest
                 * @static
                 * @param {strata.settlement.v1.IQuerySettlementRequest=} [properties] Properties to set
                 * @returns {strata.settlement.v1.QuerySettlementRequest} QuerySettlementRequest instance
                 */
                QuerySettlementRequest.create = function create(properties) {
                    return new QuerySettlementRequest(properties);
                };

                /**
                 * Encodes the specified QuerySettlementRequest message. Does not implicitly {@link strata.settlement.v1.QuerySettlementRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.QuerySettlementRequest
                 * @static
                 * @param {strata.settlement.v1.IQuerySettlementRequest} message QuerySettlementRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySettlementRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.taskId != null && Object.hasOwnProperty.call(message, "taskId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                    return writer;
                };

                /**
                 * Decodes a QuerySettlementRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.QuerySettlementRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.QuerySettlementRequest} QuerySettlementRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySettlementRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.QuerySettlementRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.taskId = reader.string();
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
                 * Gets the default type url for QuerySettlementRequest
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.QuerySettlementRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuerySettlementRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.QuerySettlementRequest";
                };

                return QuerySettlementRequest;
            })();

            v1.QuerySettlementResponse = (function() {

                /**
                 * Properties of a QuerySettlementResponse.
                 * @memberof strata.settlement.v1
                 * @interface IQuerySettlementResponse
                 * @property {strata.settlement.v1.ISettlement|null} [settlement] QuerySettlementResponse settlement
                 */

                /**
                 * Constructs a new QuerySettlementResponse.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a QuerySettlementResponse.
                 * @implements IQuerySettlementResponse
                 * @constructor
                 * @param {strata.settlement.v1.IQuerySettlementResponse=} [properties] Properties to set
                 */
                function QuerySettlementResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QuerySettlementResponse settlement.
                 * @member {strata.settlement.v1.ISettlement|null|undefined} settlement
                 * @memberof strata.settlement.v1.QuerySettlementResponse
                 * @instance
                 */
                QuerySettlementResponse.prototype.settlement = null;

                /**
                 * Creates a new QuerySettlementResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.QuerySettlementResponse
                 * @static
                 * @param {strata.settlement.v1.IQuerySettlementResponse=} [properties] Properties to set
                 * @returns {strata.settlement.v1.QuerySettlementResponse} QuerySettlementResponse instance
                 */
                QuerySettlementResponse.create = function create(properties) {
                    return new QuerySettlementResponse(properties);
                };

                /**
                 * Encodes the specified QuerySettlementResponse message. Does not implicitly {@link strata.settlement.v1.QuerySettlementResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.QuerySettlementResponse
                 * @static
                 * @param {strata.settlement.v1.IQuerySettlementResponse} message QuerySettlementResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QuerySettlementResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.settlement != null && Object.hasOwnProperty.call(message, "settlement"))
                        $root.strata.settlement.v1.Settlement.encode(message.settlement, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QuerySettlementResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.QuerySettlementResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.QuerySettlementResponse} QuerySettlementResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QuerySettlementResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.QuerySettlementResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.settlement = $root.strata.settlement.v1.Settlement.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QuerySettlementResponse
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.QuerySettlementResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QuerySettlementResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.QuerySettlementResponse";
                };

                return QuerySettlementResponse;
            })();

            v1.QueryTreasuryRequest = (function() {

                /**
                 * Properties of a QueryTreasuryRequest.
                 * @memberof strata.settlement.v1
                 * @interface IQueryTreasuryRequest
                 */

                /**
                 * Constructs a new QueryTreasuryRequest.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a QueryTreasuryRequest.
                 * @implements IQueryTreasuryRequest
                 * @constructor
                 * @param {strata.settlement.v1.IQueryTreasuryRequest=} [properties] Properties to set
                 */
                function QueryTreasuryRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryTreasuryRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.QueryTreasuryRequest
                 * @static
                 * @param {strata.settlement.v1.IQueryTreasuryRequest=} [properties] Properties to set
                 * @returns {strata.settlement.v1.QueryTreasuryRequest} QueryTreasuryRequest instance
                 */
                QueryTreasuryRequest.create = function create(properties) {
                    return new QueryTreasuryRequest(properties);
                };

                /**
                 * Encodes the specified QueryTreasuryRequest message. Does not implicitly {@link strata.settlement.v1.QueryTreasuryRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.QueryTreasuryRequest
                 * @static
                 * @param {strata.settlement.v1.IQueryTreasuryRequest} message QueryTreasuryRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryTreasuryRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryTreasuryRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.QueryTreasuryRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.QueryTreasuryRequest} QueryTreasuryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryTreasuryRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.QueryTreasuryRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for QueryTreasuryRequest
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.QueryTreasuryRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryTreasuryRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.QueryTreasuryRequest";
                };

                return QueryTreasuryRequest;
            })();

            v1.QueryTreasuryResponse = (function() {

                /**
                 * Properties of a QueryTreasuryResponse.
                 * @memberof strata.settlement.v1
                 * @interface IQueryTreasuryResponse
                 * @property {string|null} [address] QueryTreasuryResponse address
                 * @property {string|null} [balance] QueryTreasuryResponse balance
                 */

                /**
                 * Constructs a new QueryTreasuryResponse.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a QueryTreasuryResponse.
                 * @implements IQueryTreasuryResponse
                 * @constructor
                 * @param {strata.settlement.v1.IQueryTreasuryResponse=} [properties] Properties to set
                 */
                function QueryTreasuryResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryTreasuryResponse address.
                 * @member {string} address
                 * @memberof strata.settlement.v1.QueryTreasuryResponse
                 * @instance
                 */
                QueryTreasuryResponse.prototype.address = "";

                /**
                 * QueryTreasuryResponse balance.
                 * @member {string} balance
                 * @memberof strata.settlement.v1.QueryTreasuryResponse
                 * @instance
                 */
                QueryTreasuryResponse.prototype.balance = "";

                /**
                 * Creates a new QueryTreasuryResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.QueryTreasuryResponse
                 * @static
                 * @param {strata.settlement.v1.IQueryTreasuryResponse=} [properties] Properties to set
                 * @returns {strata.settlement.v1.QueryTreasuryResponse} QueryTreasuryResponse instance
                 */
                QueryTreasuryResponse.create = function create(properties) {
                    return new QueryTreasuryResponse(properties);
                };

                /**
                 * Encodes the specified QueryTreasuryResponse message. Does not implicitly {@link strata.settlement.v1.QueryTreasuryResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.QueryTreasuryResponse
                 * @static
                 * @param {strata.settlement.v1.IQueryTreasuryResponse} message QueryTreasuryResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryTreasuryResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.address != null && Object.hasOwnProperty.call(message, "address"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.address);
                    if (message.balance != null && Object.hasOwnProperty.call(message, "balance"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.balance);
                    return writer;
                };

                /**
                 * Decodes a QueryTreasuryResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.QueryTreasuryResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.QueryTreasuryResponse} QueryTreasuryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryTreasuryResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.QueryTreasuryResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.address = reader.string();
                                break;
                            }
                        case 2: {
                                message.balance = reader.string();
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
                 * Gets the default type url for QueryTreasuryResponse
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.QueryTreasuryResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryTreasuryResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.QueryTreasuryResponse";
                };

                return QueryTreasuryResponse;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof strata.settlement.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {strata.settlement.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.QueryParamsRequest
                 * @static
                 * @param {strata.settlement.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {strata.settlement.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.settlement.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.QueryParamsRequest
                 * @static
                 * @param {strata.settlement.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof strata.settlement.v1
                 * @interface IQueryParamsResponse
                 * @property {strata.settlement.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {strata.settlement.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {strata.settlement.v1.IParams|null|undefined} params
                 * @memberof strata.settlement.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.QueryParamsResponse
                 * @static
                 * @param {strata.settlement.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {strata.settlement.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.settlement.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.QueryParamsResponse
                 * @static
                 * @param {strata.settlement.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.strata.settlement.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.strata.settlement.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.Query = (function() {

                /**
                 * Constructs a new Query service.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a Query
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Query(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Query.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Query;

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.settlement.v1.Query
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Query} RPC service. Useful where requests and/or responses are streamed.
                 */
                Query.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.settlement.v1.Query#settlement}.
                 * @memberof strata.settlement.v1.Query
                 * @typedef SettlementCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.settlement.v1.QuerySettlementResponse} [response] QuerySettlementResponse
                 */

                /**
                 * Calls Settlement.
                 * @function settlement
                 * @memberof strata.settlement.v1.Query
                 * @instance
                 * @param {strata.settlement.v1.IQuerySettlementRequest} request QuerySettlementRequest message or plain object
                 * @param {strata.settlement.v1.Query.SettlementCallback} callback Node-style callback called with the error, if any, and QuerySettlementResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.settlement = function settlement(request, callback) {
                    return this.rpcCall(settlement, $root.strata.settlement.v1.QuerySettlementRequest, $root.strata.settlement.v1.QuerySettlementResponse, request, callback);
                }, "name", { value: "Settlement" });

                /**
                 * Calls Settlement.
                 * @function settlement
                 * @memberof strata.settlement.v1.Query
                 * @instance
                 * @param {strata.settlement.v1.IQuerySettlementRequest} request QuerySettlementRequest message or plain object
                 * @returns {Promise<strata.settlement.v1.QuerySettlementResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.settlement.v1.Query#treasury}.
                 * @memberof strata.settlement.v1.Query
                 * @typedef TreasuryCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.settlement.v1.QueryTreasuryResponse} [response] QueryTreasuryResponse
                 */

                /**
                 * Calls Treasury.
                 * @function treasury
                 * @memberof strata.settlement.v1.Query
                 * @instance
                 * @param {strata.settlement.v1.IQueryTreasuryRequest} request QueryTreasuryRequest message or plain object
                 * @param {strata.settlement.v1.Query.TreasuryCallback} callback Node-style callback called with the error, if any, and QueryTreasuryResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.treasury = function treasury(request, callback) {
                    return this.rpcCall(treasury, $root.strata.settlement.v1.QueryTreasuryRequest, $root.strata.settlement.v1.QueryTreasuryResponse, request, callback);
                }, "name", { value: "Treasury" });

                /**
                 * Calls Treasury.
                 * @function treasury
                 * @memberof strata.settlement.v1.Query
                 * @instance
                 * @param {strata.settlement.v1.IQueryTreasuryRequest} request QueryTreasuryRequest message or plain object
                 * @returns {Promise<strata.settlement.v1.QueryTreasuryResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.settlement.v1.Query#params}.
                 * @memberof strata.settlement.v1.Query
                 * @typedef ParamsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.settlement.v1.QueryParamsResponse} [response] QueryParamsResponse
                 */

                /**
                 * Calls Params.
                 * @function params
                 * @memberof strata.settlement.v1.Query
                 * @instance
                 * @param {strata.settlement.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @param {strata.settlement.v1.Query.ParamsCallback} callback Node-style callback called with the error, if any, and QueryParamsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.params = function params(request, callback) {
                    return this.rpcCall(params, $root.strata.settlement.v1.QueryParamsRequest, $root.strata.settlement.v1.QueryParamsResponse, request, callback);
                }, "name", { value: "Params" });

                /**
                 * Calls Params.
                 * @function params
                 * @memberof strata.settlement.v1.Query
                 * @instance
                 * @param {strata.settlement.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @returns {Promise<strata.settlement.v1.QueryParamsResponse>} Promise
                 * @variation 2
                 */

                return Query;
            })();

            v1.GenesisState = (function() {

                /**
                 * Properties of a GenesisState.
                 * @memberof strata.settlement.v1
                 * @interface IGenesisState
                 * @property {strata.settlement.v1.IParams|null} [params] GenesisState params
                 * @property {Array.<strata.settlement.v1.ISettlement>|null} [settlements] GenesisState settlements
                 */

                /**
                 * Constructs a new GenesisState.
                 * @memberof strata.settlement.v1
                 * @classdesc Represents a GenesisState.
                 * @implements IGenesisState
                 * @constructor
                 * @param {strata.settlement.v1.IGenesisState=} [properties] Properties to set
                 */
                function GenesisState(properties) {
                    this.settlements = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GenesisState params.
                 * @member {strata.settlement.v1.IParams|null|undefined} params
                 * @memberof strata.settlement.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.params = null;

                /**
                 * GenesisState settlements.
                 * @member {Array.<strata.settlement.v1.ISettlement>} settlements
                 * @memberof strata.settlement.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.settlements = $util.emptyArray;

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @function create
                 * @memberof strata.settlement.v1.GenesisState
                 * @static
                 * @param {strata.settlement.v1.IGenesisState=} [properties] Properties to set
                 * @returns {strata.settlement.v1.GenesisState} GenesisState instance
                 */
                GenesisState.create = function create(properties) {
                    return new GenesisState(properties);
                };

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.settlement.v1.GenesisState.verify|verify} messages.
                 * @function encode
                 * @memberof strata.settlement.v1.GenesisState
                 * @static
                 * @param {strata.settlement.v1.IGenesisState} message GenesisState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenesisState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.strata.settlement.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.settlements != null && message.settlements.length)
                        for (let i = 0; i < message.settlements.length; ++i)
                            $root.strata.settlement.v1.Settlement.encode(message.settlements[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.settlement.v1.GenesisState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.settlement.v1.GenesisState} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenesisState.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.settlement.v1.GenesisState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.strata.settlement.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.settlements && message.settlements.length))
                                    message.settlements = [];
                                message.settlements.push($root.strata.settlement.v1.Settlement.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for GenesisState
                 * @function getTypeUrl
                 * @memberof strata.settlement.v1.GenesisState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GenesisState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.settlement.v1.GenesisState";
                };

                return GenesisState;
            })();

            return v1;
        })();

        return settlement;
    })();

    strata.tasks = (function() {

        /**
         * Namespace tasks.
         * @memberof strata
         * @namespace
         */
        const tasks = {};

        tasks.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof strata.tasks
             * @namespace
             */
            const v1 = {};

            /**
             * TaskStatus enum.
             * @name strata.tasks.v1.TaskStatus
             * @enum {number}
             * @property {number} TASK_STATUS_UNSPECIFIED=0 TASK_STATUS_UNSPECIFIED value
             * @property {number} TASK_STATUS_COMMITTED=1 TASK_STATUS_COMMITTED value
             * @property {number} TASK_STATUS_SCORING=2 TASK_STATUS_SCORING value
             * @property {number} TASK_STATUS_SETTLED=3 TASK_STATUS_SETTLED value
             */
            v1.TaskStatus = (function() {
                const valuesById = {}, values = Object.create(valuesById);
                values[valuesById[0] = "TASK_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TASK_STATUS_COMMITTED"] = 1;
                values[valuesById[2] = "TASK_STATUS_SCORING"] = 2;
                values[valuesById[3] = "TASK_STATUS_SETTLED"] = 3;
                return values;
            })();

            v1.Receipt = (function() {

                /**
                 * Properties of a Receipt.
                 * @memberof strata.tasks.v1
                 * @interface IReceipt
                 * @property {string|null} [taskId] Receipt taskId
                 * @property {number|null} [sessionId] Receipt sessionId
                 * @property {string|null} [executor] Receipt executor
                 * @property {string|null} [modelSha256] Receipt modelSha256
                 * @property {string|null} [promptSha256] Receipt promptSha256
                 * @property {string|null} [commitment] Receipt commitment
                 * @property {number|null} [inputTokens] Receipt inputTokens
                 * @property {number|null} [outputTokens] Receipt outputTokens
                 * @property {Uint8Array|null} [signature] Receipt signature
                 */

                /**
                 * Constructs a new Receipt.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a Receipt.
                 * @implements IReceipt
                 * @constructor
                 * @param {strata.tasks.v1.IReceipt=} [properties] Properties to set
                 */
                function Receipt(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Receipt taskId.
                 * @member {string} taskId
                 * @memberof strata.tasks.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.taskId = "";

                /**
                 * Receipt sessionId.
                 * @member {number} sessionId
                 * @memberof strata.tasks.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Receipt executor.
                 * @member {string} executor
                 * @memberof strata.tasks.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.executor = "";

                /**
                 * Receipt modelSha256.
                 * @member {string} modelSha256
                 * @memberof strata.tasks.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.modelSha256 = "";

                /**
                 * Receipt promptSha256.
                 * @member {string} promptSha256
                 * @memberof strata.tasks.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.promptSha256 = "";

                /**
                 * Receipt commitment.
                 * @member {string} commitment
                 * @memberof strata.tasks.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.commitment = "";

                /**
                 * Receipt inputTokens.
                 * @member {number} inputTokens
                 * @memberof strata.tasks.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.inputTokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Receipt outputTokens.
                 * @member {number} outputTokens
                 * @memberof strata.tasks.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.outputTokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Receipt signature.
                 * @member {Uint8Array} signature
                 * @memberof strata.tasks.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.signature = $util.newBuffer([]);

                /**
                 * Creates a new Receipt instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.Receipt
                 * @static
                 * @param {strata.tasks.v1.IReceipt=} [properties] Properties to set
                 * @returns {strata.tasks.v1.Receipt} Receipt instance
                 */
                Receipt.create = function create(properties) {
                    return new Receipt(properties);
                };

                /**
                 * Encodes the specified Receipt message. Does not implicitly {@link strata.tasks.v1.Receipt.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.Receipt
                 * @static
                 * @param {strata.tasks.v1.IReceipt} message Receipt message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Receipt.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.taskId != null && Object.hasOwnProperty.call(message, "taskId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                    if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sessionId);
                    if (message.executor != null && Object.hasOwnProperty.call(message, "executor"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.executor);
                    if (message.modelSha256 != null && Object.hasOwnProperty.call(message, "modelSha256"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.modelSha256);
                    if (message.promptSha256 != null && Object.hasOwnProperty.call(message, "promptSha256"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.promptSha256);
                    if (message.commitment != null && Object.hasOwnProperty.call(message, "commitment"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.commitment);
                    if (message.inputTokens != null && Object.hasOwnProperty.call(message, "inputTokens"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.inputTokens);
                    if (message.outputTokens != null && Object.hasOwnProperty.call(message, "outputTokens"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.outputTokens);
                    if (message.signature != null && Object.hasOwnProperty.call(message, "signature"))
                        writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.signature);
                    return writer;
                };

                /**
                 * Decodes a Receipt message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.Receipt
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.Receipt} Receipt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Receipt.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.Receipt();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.taskId = reader.string();
                                break;
                            }
                        case 2: {
                                message.sessionId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.executor = reader.string();
                                break;
                            }
                        case 4: {
                                message.modelSha256 = reader.string();
                                break;
                            }
                        case 5: {
                                message.promptSha256 = reader.string();
                                break;
                            }
                        case 6: {
                                message.commitment = reader.string();
                                break;
                            }
                        case 7: {
                                message.inputTokens = reader.uint64();
                                break;
                            }
                        case 8: {
                                message.outputTokens = reader.uint64();
                                break;
                            }
                        case 9: {
                                message.signature = reader.bytes();
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
                 * Gets the default type url for Receipt
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.Receipt
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Receipt.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.Receipt";
                };

                return Receipt;
            })();

            v1.TaskRecord = (function() {

                /**
                 * Properties of a TaskRecord.
                 * @memberof strata.tasks.v1
                 * @interface ITaskRecord
                 * @property {string|null} [taskId] TaskRecord taskId
                 * @property {number|null} [sessionId] TaskRecord sessionId
                 * @property {Array.<strata.tasks.v1.IReceipt>|null} [receipts] TaskRecord receipts
                 */

                /**
                 * Constructs a new TaskRecord.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a TaskRecord.
                 * @implements ITaskRecord
                 * @constructor
                 * @param {strata.tasks.v1.ITaskRecord=} [properties] Properties to set
                 */
                function TaskRecord(properties) {
                    this.receipts = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * TaskRecord taskId.
                 * @member {string} taskId
                 * @memberof strata.tasks.v1.TaskRecord
                 * @instance
                 */
                TaskRecord.prototype.taskId = "";

                /**
                 * TaskRecord sessionId.
                 * @member {number} sessionId
                 * @memberof strata.tasks.v1.TaskRecord
                 * @instance
                 */
                TaskRecord.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * TaskRecord receipts.
                 * @member {Array.<strata.tasks.v1.IReceipt>} receipts
                 * @memberof strata.tasks.v1.TaskRecord
                 * @instance
                 */
                TaskRecord.prototype.receipts = $util.emptyArray;

                /**
                 * Creates a new TaskRecord instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.TaskRecord
                 * @static
                 * @param {strata.tasks.v1.ITaskRecord=} [properties] Properties to set
                 * @returns {strata.tasks.v1.TaskRecord} TaskRecord instance
                 */
                TaskRecord.create = function create(properties) {
                    return new TaskRecord(properties);
                };

                /**
                 * Encodes the specified TaskRecord message. Does not implicitly {@link strata.tasks.v1.TaskRecord.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.TaskRecord
                 * @static
                 * @param {strata.tasks.v1.ITaskRecord} message TaskRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TaskRecord.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.taskId != null && Object.hasOwnProperty.call(message, "taskId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                    if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sessionId);
                    if (message.receipts != null && message.receipts.length)
                        for (let i = 0; i < message.receipts.length; ++i)
                            $root.strata.tasks.v1.Receipt.encode(message.receipts[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a TaskRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.TaskRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.TaskRecord} TaskRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TaskRecord.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.TaskRecord();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.taskId = reader.string();
                                break;
                            }
                        case 2: {
                                message.sessionId = reader.uint64();
                                break;
                            }
                        case 3: {
                                if (!(message.receipts && message.receipts.length))
                                    message.receipts = [];
                                message.receipts.push($root.strata.tasks.v1.Receipt.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for TaskRecord
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.TaskRecord
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                TaskRecord.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.TaskRecord";
                };

                return TaskRecord;
            })();

            v1.Reveal = (function() {

                /**
                 * Properties of a Reveal.
                 * @memberof strata.tasks.v1
                 * @interface IReveal
                 * @property {string|null} [taskId] Reveal taskId
                 * @property {string|null} [executor] Reveal executor
                 * @property {string|null} [output] Reveal output
                 * @property {string|null} [salt] Reveal salt
                 * @property {string|null} [prompt] Reveal prompt
                 */

                /**
                 * Constructs a new Reveal.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a Reveal.
                 * @implements IReveal
                 * @constructor
                 * @param {strata.tasks.v1.IReveal=} [properties] Properties to set
                 */
                function Reveal(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Reveal taskId.
                 * @member {string} taskId
                 * @memberof strata.tasks.v1.Reveal
                 * @instance
                 */
                Reveal.prototype.taskId = "";

                /**
                 * Reveal executor.
                 * @member {string} executor
                 * @memberof strata.tasks.v1.Reveal
                 * @instance
                 */
                Reveal.prototype.executor = "";

                /**
                 * Reveal output.
                 * @member {string} output
                 * @memberof strata.tasks.v1.Reveal
                 * @instance
                 */
                Reveal.prototype.output = "";

                /**
                 * Reveal salt.
                 * @member {string} salt
                 * @memberof strata.tasks.v1.Reveal
                 * @instance
                 */
                Reveal.prototype.salt = "";

                /**
                 * Reveal prompt.
                 * @member {string} prompt
                 * @memberof strata.tasks.v1.Reveal
                 * @instance
                 */
                Reveal.prototype.prompt = "";

                /**
                 * Creates a new Reveal instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.Reveal
                 * @static
                 * @param {strata.tasks.v1.IReveal=} [properties] Properties to set
                 * @returns {strata.tasks.v1.Reveal} Reveal instance
                 */
                Reveal.create = function create(properties) {
                    return new Reveal(properties);
                };

                /**
                 * Encodes the specified Reveal message. Does not implicitly {@link strata.tasks.v1.Reveal.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.Reveal
                 * @static
                 * @param {strata.tasks.v1.IReveal} message Reveal message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Reveal.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.taskId != null && Object.hasOwnProperty.call(message, "taskId"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.taskId);
                    if (message.executor != null && Object.hasOwnProperty.call(message, "executor"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.executor);
                    if (message.output != null && Object.hasOwnProperty.call(message, "output"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.output);
                    if (message.salt != null && Object.hasOwnProperty.call(message, "salt"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.salt);
                    if (message.prompt != null && Object.hasOwnProperty.call(message, "prompt"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.prompt);
                    return writer;
                };

                /**
                 * Decodes a Reveal message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.Reveal
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.Reveal} Reveal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Reveal.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.Reveal();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.taskId = reader.string();
                                break;
                            }
                        case 2: {
                                message.executor = reader.string();
                                break;
                            }
                        case 3: {
                                message.output = reader.string();
                                break;
                            }
                        case 4: {
                                message.salt = reader.string();
                                break;
                            }
                        case 5: {
                                message.prompt = reader.string();
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
                 * Gets the default type url for Reveal
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.Reveal
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Reveal.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.Reveal";
                };

                return Reveal;
            })();

            v1.Task = (function() {

                /**
                 * Properties of a Task.
                 * @memberof strata.tasks.v1
                 * @interface ITask
                 * @property {string|null} [id] Task id
                 * @property {number|null} [sessionId] Task sessionId
                 * @property {string|null} [router] Task router
                 * @property {string|null} [model] Task model
                 * @property {Array.<strata.tasks.v1.IReceipt>|null} [receipts] Task receipts
                 * @property {Array.<strata.tasks.v1.IReveal>|null} [reveals] Task reveals
                 * @property {strata.tasks.v1.TaskStatus|null} [status] Task status
                 * @property {number|null} [recordedHeight] Task recordedHeight
                 * @property {number|null} [revealDeadline] Task revealDeadline
                 * @property {string|null} [reserved] Task reserved
                 * @property {Array.<string>|null} [missedReveals] Task missedReveals
                 * @property {number|null} [settledHeight] Task settledHeight
                 */

                /**
                 * Constructs a new Task.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a Task.
                 * @implements ITask
                 * @constructor
                 * @param {strata.tasks.v1.ITask=} [properties] Properties to set
                 */
                function Task(properties) {
                    this.receipts = [];
                    this.reveals = [];
                    this.missedReveals = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Task id.
                 * @member {string} id
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.id = "";

                /**
                 * Task sessionId.
                 * @member {number} sessionId
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Task router.
                 * @member {string} router
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.router = "";

                /**
                 * Task model.
                 * @member {string} model
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.model = "";

                /**
                 * Task receipts.
                 * @member {Array.<strata.tasks.v1.IReceipt>} receipts
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.receipts = $util.emptyArray;

                /**
                 * Task reveals.
                 * @member {Array.<strata.tasks.v1.IReveal>} reveals
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.reveals = $util.emptyArray;

                /**
                 * Task status.
                 * @member {strata.tasks.v1.TaskStatus} status
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.status = 0;

                /**
                 * Task recordedHeight.
                 * @member {number} recordedHeight
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.recordedHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Task revealDeadline.
                 * @member {number} revealDeadline
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.revealDeadline = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Task reserved.
                 * @member {string} reserved
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.reserved = "";

                /**
                 * Task missedReveals.
                 * @member {Array.<string>} missedReveals
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.missedReveals = $util.emptyArray;

                /**
                 * Task settledHeight.
                 * @member {number} settledHeight
                 * @memberof strata.tasks.v1.Task
                 * @instance
                 */
                Task.prototype.settledHeight = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Creates a new Task instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.Task
                 * @static
                 * @param {strata.tasks.v1.ITask=} [properties] Properties to set
                 * @returns {strata.tasks.v1.Task} Task instance
                 */
                Task.create = function create(properties) {
                    return new Task(properties);
                };

                /**
                 * Encodes the specified Task message. Does not implicitly {@link strata.tasks.v1.Task.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.Task
                 * @static
                 * @param {strata.tasks.v1.ITask} message Task message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Task.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sessionId);
                    if (message.router != null && Object.hasOwnProperty.call(message, "router"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.router);
                    if (message.model != null && Object.hasOwnProperty.call(message, "model"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.model);
                    if (message.receipts != null && message.receipts.length)
                        for (let i = 0; i < message.receipts.length; ++i)
                            $root.strata.tasks.v1.Receipt.encode(message.receipts[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                    if (message.reveals != null && message.reveals.length)
                        for (let i = 0; i < message.reveals.length; ++i)
                            $root.strata.tasks.v1.Reveal.encode(message.reveals[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.status);
                    if (message.recordedHeight != null && Object.hasOwnProperty.call(message, "recordedHeight"))
                        writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.recordedHeight);
                    if (message.revealDeadline != null && Object.hasOwnProperty.call(message, "revealDeadline"))
                        writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.revealDeadline);
                    if (message.reserved != null && Object.hasOwnProperty.call(message, "reserved"))
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.reserved);
                    if (message.missedReveals != null && message.missedReveals.length)
                        for (let i = 0; i < message.missedReveals.length; ++i)
                            writer.uint32(/* id 11, wireType 2 =*/90).string(message.missedReveals[i]);
                    if (message.settledHeight != null && Object.hasOwnProperty.call(message, "settledHeight"))
                        writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.settledHeight);
                    return writer;
                };

                /**
                 * Decodes a Task message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.Task
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.Task} Task
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Task.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.Task();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
                                break;
                            }
                        case 2: {
                                message.sessionId = reader.uint64();
                                break;
                            }
                        case 3: {
                                message.router = reader.string();
                                break;
                            }
                        case 4: {
                                message.model = reader.string();
                                break;
                            }
                        case 5: {
                                if (!(message.receipts && message.receipts.length))
                                    message.receipts = [];
                                message.receipts.push($root.strata.tasks.v1.Receipt.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 6: {
                                if (!(message.reveals && message.reveals.length))
                                    message.reveals = [];
                                message.reveals.push($root.strata.tasks.v1.Reveal.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 7: {
                                message.status = reader.int32();
                                break;
                            }
                        case 8: {
                                message.recordedHeight = reader.uint64();
                                break;
                            }
                        case 9: {
                                message.revealDeadline = reader.uint64();
                                break;
                            }
                        case 10: {
                                message.reserved = reader.string();
                                break;
                            }
                        case 11: {
                                if (!(message.missedReveals && message.missedReveals.length))
                                    message.missedReveals = [];
                                message.missedReveals.push(reader.string());
                                break;
                            }
                        case 12: {
                                message.settledHeight = reader.uint64();
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
                 * Gets the default type url for Task
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.Task
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Task.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.Task";
                };

                return Task;
            })();

            v1.Params = (function() {

                /**
                 * Properties of a Params.
                 * @memberof strata.tasks.v1
                 * @interface IParams
                 * @property {number|null} [revealBlocks] Params revealBlocks
                 * @property {number|null} [maxTasksPerMsg] Params maxTasksPerMsg
                 * @property {number|null} [maxOutputBytes] Params maxOutputBytes
                 * @property {number|null} [maxPromptBytes] Params maxPromptBytes
                 */

                /**
                 * Constructs a new Params.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a Params.
                 * @implements IParams
                 * @constructor
                 * @param {strata.tasks.v1.IParams=} [properties] Properties to set
                 */
                function Params(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Params revealBlocks.
                 * @member {number} revealBlocks
                 * @memberof strata.tasks.v1.Params
                 * @instance
                 */
                Params.prototype.revealBlocks = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Params maxTasksPerMsg.
                 * @member {number} maxTasksPerMsg
                 * @memberof strata.tasks.v1.Params
                 * @instance
                 */
                Params.prototype.maxTasksPerMsg = 0;

                /**
                 * Params maxOutputBytes.
                 * @member {number} maxOutputBytes
                 * @memberof strata.tasks.v1.Params
                 * @instance
                 */
                Params.prototype.maxOutputBytes = 0;

                /**
                 * Params maxPromptBytes.
                 * @member {number} maxPromptBytes
                 * @memberof strata.tasks.v1.Params
                 * @instance
                 */
                Params.prototype.maxPromptBytes = 0;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.Params
                 * @static
                 * @param {strata.tasks.v1.IParams=} [properties] Properties to set
                 * @returns {strata.tasks.v1.Params} Params instance
                 */
                Params.create = function create(properties) {
                    return new Params(properties);
                };

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.tasks.v1.Params.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.Params
                 * @static
                 * @param {strata.tasks.v1.IParams} message Params message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Params.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.revealBlocks != null && Object.hasOwnProperty.call(message, "revealBlocks"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.revealBlocks);
                    if (message.maxTasksPerMsg != null && Object.hasOwnProperty.call(message, "maxTasksPerMsg"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxTasksPerMsg);
                    if (message.maxOutputBytes != null && Object.hasOwnProperty.call(message, "maxOutputBytes"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxOutputBytes);
                    if (message.maxPromptBytes != null && Object.hasOwnProperty.call(message, "maxPromptBytes"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.maxPromptBytes);
                    return writer;
                };

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.Params
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.Params} Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Params.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.Params();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.revealBlocks = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.maxTasksPerMsg = reader.uint32();
                                break;
                            }
                        case 3: {
                                message.maxOutputBytes = reader.uint32();
                                break;
                            }
                        case 4: {
                                message.maxPromptBytes = reader.uint32();
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
                 * Gets the default type url for Params
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.Params
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                Params.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.Params";
                };

                return Params;
            })();

            v1.MsgRecordTasks = (function() {

                /**
                 * Properties of a MsgRecordTasks.
                 * @memberof strata.tasks.v1
                 * @interface IMsgRecordTasks
                 * @property {string|null} [router] MsgRecordTasks router
                 * @property {Array.<strata.tasks.v1.ITaskRecord>|null} [tasks] MsgRecordTasks tasks
                 */

                /**
                 * Constructs a new MsgRecordTasks.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a MsgRecordTasks.
                 * @implements IMsgRecordTasks
                 * @constructor
                 * @param {strata.tasks.v1.IMsgRecordTasks=} [properties] Properties to set
                 */
                function MsgRecordTasks(properties) {
                    this.tasks = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRecordTasks router.
                 * @member {string} router
                 * @memberof strata.tasks.v1.MsgRecordTasks
                 * @instance
                 */
                MsgRecordTasks.prototype.router = "";

                /**
                 * MsgRecordTasks tasks.
                 * @member {Array.<strata.tasks.v1.ITaskRecord>} tasks
                 * @memberof strata.tasks.v1.MsgRecordTasks
                 * @instance
                 */
                MsgRecordTasks.prototype.tasks = $util.emptyArray;

                /**
                 * Creates a new MsgRecordTasks instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.MsgRecordTasks
                 * @static
                 * @param {strata.tasks.v1.IMsgRecordTasks=} [properties] Properties to set
                 * @returns {strata.tasks.v1.MsgRecordTasks} MsgRecordTasks instance
                 */
                MsgRecordTasks.create = function create(properties) {
                    return new MsgRecordTasks(properties);
                };

                /**
                 * Encodes the specified MsgRecordTasks message. Does not implicitly {@link strata.tasks.v1.MsgRecordTasks.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.MsgRecordTasks
                 * @static
                 * @param {strata.tasks.v1.IMsgRecordTasks} message MsgRecordTasks message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRecordTasks.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.router != null && Object.hasOwnProperty.call(message, "router"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.router);
                    if (message.tasks != null && message.tasks.length)
                        for (let i = 0; i < message.tasks.length; ++i)
                            $root.strata.tasks.v1.TaskRecord.encode(message.tasks[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a MsgRecordTasks message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.MsgRecordTasks
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.MsgRecordTasks} MsgRecordTasks
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRecordTasks.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.MsgRecordTasks();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.router = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.tasks && message.tasks.length))
                                    message.tasks = [];
                                message.tasks.push($root.strata.tasks.v1.TaskRecord.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for MsgRecordTasks
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.MsgRecordTasks
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRecordTasks.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.MsgRecordTasks";
                };

                return MsgRecordTasks;
            })();

            v1.MsgRecordTasksResponse = (function() {

                /**
                 * Properties of a MsgRecordTasksResponse.
                 * @memberof strata.tasks.v1
                 * @interface IMsgRecordTasksResponse
                 * @property {number|null} [recorded] MsgRecordTasksResponse recorded
                 */

                /**
                 * Constructs a new MsgRecordTasksResponse.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a MsgRecordTasksResponse.
                 * @implements IMsgRecordTasksResponse
                 * @constructor
                 * @param {strata.tasks.v1.IMsgRecordTasksResponse=} [properties] Properties to set
                 */
                function MsgRecordTasksResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRecordTasksResponse recorded.
                 * @member {number} recorded
                 * @memberof strata.tasks.v1.MsgRecordTasksResponse
                 * @instance
                 */
                MsgRecordTasksResponse.prototype.recorded = 0;

                /**
                 * Creates a new MsgRecordTasksResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.MsgRecordTasksResponse
                 * @static
                 * @param {strata.tasks.v1.IMsgRecordTasksResponse=} [properties] Properties to set
                 * @returns {strata.tasks.v1.MsgRecordTasksResponse} MsgRecordTasksResponse instance
                 */
                MsgRecordTasksResponse.create = function create(properties) {
                    return new MsgRecordTasksResponse(properties);
                };

                /**
                 * Encodes the specified MsgRecordTasksResponse message. Does not implicitly {@link strata.tasks.v1.MsgRecordTasksResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.MsgRecordTasksResponse
                 * @static
                 * @param {strata.tasks.v1.IMsgRecordTasksResponse} message MsgRecordTasksResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRecordTasksResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.recorded != null && Object.hasOwnProperty.call(message, "recorded"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.recorded);
                    return writer;
                };

                /**
                 * Decodes a MsgRecordTasksResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.MsgRecordTasksResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.MsgRecordTasksResponse} MsgRecordTasksResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRecordTasksResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.MsgRecordTasksResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.recorded = reader.uint32();
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
                 * Gets the default type url for MsgRecordTasksResponse
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.MsgRecordTasksResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRecordTasksResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.MsgRecordTasksResponse";
                };

                return MsgRecordTasksResponse;
            })();

            v1.MsgRevealResults = (function() {

                /**
                 * Properties of a MsgRevealResults.
                 * @memberof strata.tasks.v1
                 * @interface IMsgRevealResults
                 * @property {string|null} [sender] MsgRevealResults sender
                 * @property {Array.<strata.tasks.v1.IReveal>|null} [reveals] MsgRevealResults reveals
                 */

                /**
                 * Constructs a new MsgRevealResults.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a MsgRevealResults.
                 * @implements IMsgRevealResults
                 * @constructor
                 * @param {strata.tasks.v1.IMsgRevealResults=} [properties] Properties to set
                 */
                function MsgRevealResults(properties) {
                    this.reveals = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * MsgRevealResults sender.
                 * @member {string} sender
                 * @memberof strata.tasks.v1.MsgRevealResults
                 * @instance
                 */
                MsgRevealResults.prototype.sender = "";

                /**
                 * MsgRevealResults reveals.
                 * @member {Array.<strata.tasks.v1.IReveal>} reveals
                 * @memberof strata.tasks.v1.MsgRevealResults
                 * @instance
                 */
                MsgRevealResults.prototype.reveals = $util.emptyArray;

                /**
                 * Creates a new MsgRevealResults instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.MsgRevealResults
                 * @static
                 * @param {strata.tasks.v1.IMsgRevealResults=} [properties] Properties to set
                 * @returns {strata.tasks.v1.MsgRevealResults} MsgRevealResults instance
                 */
                MsgRevealResults.create = function create(properties) {
                    return new MsgRevealResults(properties);
                };

                /**
                 * Encodes the specified MsgRevealResults message. Does not implicitly {@link strata.tasks.v1.MsgRevealResults.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.MsgRevealResults
                 * @static
                 * @param {strata.tasks.v1.IMsgRevealResults} message MsgRevealResults message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRevealResults.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.sender != null && Object.hasOwnProperty.call(message, "sender"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.sender);
                    if (message.reveals != null && message.reveals.length)
                        for (let i = 0; i < message.reveals.length; ++i)
                            $root.strata.tasks.v1.Reveal.encode(message.reveals[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a MsgRevealResults message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.MsgRevealResults
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.MsgRevealResults} MsgRevealResults
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRevealResults.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.MsgRevealResults();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.sender = reader.string();
                                break;
                            }
                        case 2: {
                                if (!(message.reveals && message.reveals.length))
                                    message.reveals = [];
                                message.reveals.push($root.strata.tasks.v1.Reveal.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for MsgRevealResults
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.MsgRevealResults
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRevealResults.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.MsgRevealResults";
                };

                return MsgRevealResults;
            })();

            v1.MsgRevealResultsResponse = (function() {

                /**
                 * Properties of a MsgRevealResultsResponse.
                 * @memberof strata.tasks.v1
                 * @interface IMsgRevealResultsResponse
                 */

                /**
                 * Constructs a new MsgRevealResultsResponse.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a MsgRevealResultsResponse.
                 * @implements IMsgRevealResultsResponse
                 * @constructor
                 * @param {strata.tasks.v1.IMsgRevealResultsResponse=} [properties] Properties to set
                 */
                function MsgRevealResultsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new MsgRevealResultsResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.MsgRevealResultsResponse
                 * @static
                 * @param {strata.tasks.v1.IMsgRevealResultsResponse=} [properties] Properties to set
                 * @returns {strata.tasks.v1.MsgRevealResultsResponse} MsgRevealResultsResponse instance
                 */
                MsgRevealResultsResponse.create = function create(properties) {
                    return new MsgRevealResultsResponse(properties);
                };

                /**
                 * Encodes the specified MsgRevealResultsResponse message. Does not implicitly {@link strata.tasks.v1.MsgRevealResultsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.MsgRevealResultsResponse
                 * @static
                 * @param {strata.tasks.v1.IMsgRevealResultsResponse} message MsgRevealResultsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                MsgRevealResultsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a MsgRevealResultsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.MsgRevealResultsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.MsgRevealResultsResponse} MsgRevealResultsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                MsgRevealResultsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.MsgRevealResultsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for MsgRevealResultsResponse
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.MsgRevealResultsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                MsgRevealResultsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.MsgRevealResultsResponse";
                };

                return MsgRevealResultsResponse;
            })();

            v1.Msg = (function() {

                /**
                 * Constructs a new Msg service.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a Msg
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Msg(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Msg.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Msg;

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.tasks.v1.Msg
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Msg} RPC service. Useful where requests and/or responses are streamed.
                 */
                Msg.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.tasks.v1.Msg#recordTasks}.
                 * @memberof strata.tasks.v1.Msg
                 * @typedef RecordTasksCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.tasks.v1.MsgRecordTasksResponse} [response] MsgRecordTasksResponse
                 */

                /**
                 * Calls RecordTasks.
                 * @function recordTasks
                 * @memberof strata.tasks.v1.Msg
                 * @instance
                 * @param {strata.tasks.v1.IMsgRecordTasks} request MsgRecordTasks message or plain object
                 * @param {strata.tasks.v1.Msg.RecordTasksCallback} callback Node-style callback called with the error, if any, and MsgRecordTasksResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.recordTasks = function recordTasks(request, callback) {
                    return this.rpcCall(recordTasks, $root.strata.tasks.v1.MsgRecordTasks, $root.strata.tasks.v1.MsgRecordTasksResponse, request, callback);
                }, "name", { value: "RecordTasks" });

                /**
                 * Calls RecordTasks.
                 * @function recordTasks
                 * @memberof strata.tasks.v1.Msg
                 * @instance
                 * @param {strata.tasks.v1.IMsgRecordTasks} request MsgRecordTasks message or plain object
                 * @returns {Promise<strata.tasks.v1.MsgRecordTasksResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.tasks.v1.Msg#revealResults}.
                 * @memberof strata.tasks.v1.Msg
                 * @typedef RevealResultsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.tasks.v1.MsgRevealResultsResponse} [response] MsgRevealResultsResponse
                 */

                /**
                 * Calls RevealResults.
                 * @function revealResults
                 * @memberof strata.tasks.v1.Msg
                 * @instance
                 * @param {strata.tasks.v1.IMsgRevealResults} request MsgRevealResults message or plain object
                 * @param {strata.tasks.v1.Msg.RevealResultsCallback} callback Node-style callback called with the error, if any, and MsgRevealResultsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Msg.prototype.revealResults = function revealResults(request, callback) {
                    return this.rpcCall(revealResults, $root.strata.tasks.v1.MsgRevealResults, $root.strata.tasks.v1.MsgRevealResultsResponse, request, callback);
                }, "name", { value: "RevealResults" });

                /**
                 * Calls RevealResults.
                 * @function revealResults
                 * @memberof strata.tasks.v1.Msg
                 * @instance
                 * @param {strata.tasks.v1.IMsgRevealResults} request MsgRevealResults message or plain object
                 * @returns {Promise<strata.tasks.v1.MsgRevealResultsResponse>} Promise
                 * @variation 2
                 */

                return Msg;
            })();

            v1.QueryTaskRequest = (function() {

                /**
                 * Properties of a QueryTaskRequest.
                 * @memberof strata.tasks.v1
                 * @interface IQueryTaskRequest
                 * @property {string|null} [id] QueryTaskRequest id
                 */

                /**
                 * Constructs a new QueryTaskRequest.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a QueryTaskRequest.
                 * @implements IQueryTaskRequest
                 * @constructor
                 * @param {strata.tasks.v1.IQueryTaskRequest=} [properties] Properties to set
                 */
                function QueryTaskRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryTaskRequest id.
                 * @member {string} id
                 * @memberof strata.tasks.v1.QueryTaskRequest
                 * @instance
                 */
                QueryTaskRequest.prototype.id = "";

                /**
                 * Creates a new QueryTaskRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.QueryTaskRequest
                 * @static
                 * @param {strata.tasks.v1.IQueryTaskRequest=} [properties] Properties to set
                 * @returns {strata.tasks.v1.QueryTaskRequest} QueryTaskRequest instance
                 */
                QueryTaskRequest.create = function create(properties) {
                    return new QueryTaskRequest(properties);
                };

                /**
                 * Encodes the specified QueryTaskRequest message. Does not implicitly {@link strata.tasks.v1.QueryTaskRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.QueryTaskRequest
                 * @static
                 * @param {strata.tasks.v1.IQueryTaskRequest} message QueryTaskRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryTaskRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.id != null && Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                    return writer;
                };

                /**
                 * Decodes a QueryTaskRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.QueryTaskRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.QueryTaskRequest} QueryTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryTaskRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.QueryTaskRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.id = reader.string();
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
                 * Gets the default type url for QueryTaskRequest
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.QueryTaskRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryTaskRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.QueryTaskRequest";
                };

                return QueryTaskRequest;
            })();

            v1.QueryTaskResponse = (function() {

                /**
                 * Properties of a QueryTaskResponse.
                 * @memberof strata.tasks.v1
                 * @interface IQueryTaskResponse
                 * @property {strata.tasks.v1.ITask|null} [task] QueryTaskResponse task
                 */

                /**
                 * Constructs a new QueryTaskResponse.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a QueryTaskResponse.
                 * @implements IQueryTaskResponse
                 * @constructor
                 * @param {strata.tasks.v1.IQueryTaskResponse=} [properties] Properties to set
                 */
                function QueryTaskResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryTaskResponse task.
                 * @member {strata.tasks.v1.ITask|null|undefined} task
                 * @memberof strata.tasks.v1.QueryTaskResponse
                 * @instance
                 */
                QueryTaskResponse.prototype.task = null;

                /**
                 * Creates a new QueryTaskResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.QueryTaskResponse
                 * @static
                 * @param {strata.tasks.v1.IQueryTaskResponse=} [properties] Properties to set
                 * @returns {strata.tasks.v1.QueryTaskResponse} QueryTaskResponse instance
                 */
                QueryTaskResponse.create = function create(properties) {
                    return new QueryTaskResponse(properties);
                };

                /**
                 * Encodes the specified QueryTaskResponse message. Does not implicitly {@link strata.tasks.v1.QueryTaskResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.QueryTaskResponse
                 * @static
                 * @param {strata.tasks.v1.IQueryTaskResponse} message QueryTaskResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryTaskResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.task != null && Object.hasOwnProperty.call(message, "task"))
                        $root.strata.tasks.v1.Task.encode(message.task, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryTaskResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.QueryTaskResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.QueryTaskResponse} QueryTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryTaskResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.QueryTaskResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.task = $root.strata.tasks.v1.Task.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryTaskResponse
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.QueryTaskResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryTaskResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.QueryTaskResponse";
                };

                return QueryTaskResponse;
            })();

            v1.QueryTasksRequest = (function() {

                /**
                 * Properties of a QueryTasksRequest.
                 * @memberof strata.tasks.v1
                 * @interface IQueryTasksRequest
                 * @property {number|null} [sessionId] QueryTasksRequest sessionId
                 * @property {strata.tasks.v1.TaskStatus|null} [status] QueryTasksRequest status
                 * @property {strata.base.v1.IPageRequest|null} [pagination] QueryTasksRequest pagination
                 */

                /**
                 * Constructs a new QueryTasksRequest.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a QueryTasksRequest.
                 * @implements IQueryTasksRequest
                 * @constructor
                 * @param {strata.tasks.v1.IQueryTasksRequest=} [properties] Properties to set
                 */
                function QueryTasksRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryTasksRequest sessionId.
                 * @member {number} sessionId
                 * @memberof strata.tasks.v1.QueryTasksRequest
                 * @instance
                 */
                QueryTasksRequest.prototype.sessionId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * QueryTasksRequest status.
                 * @member {strata.tasks.v1.TaskStatus} status
                 * @memberof strata.tasks.v1.QueryTasksRequest
                 * @instance
                 */
                QueryTasksRequest.prototype.status = 0;

                /**
                 * QueryTasksRequest pagination.
                 * @member {strata.base.v1.IPageRequest|null|undefined} pagination
                 * @memberof strata.tasks.v1.QueryTasksRequest
                 * @instance
                 */
                QueryTasksRequest.prototype.pagination = null;

                /**
                 * Creates a new QueryTasksRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.QueryTasksRequest
                 * @static
                 * @param {strata.tasks.v1.IQueryTasksRequest=} [properties] Properties to set
                 * @returns {strata.tasks.v1.QueryTasksRequest} QueryTasksRequest instance
                 */
                QueryTasksRequest.create = function create(properties) {
                    return new QueryTasksRequest(properties);
                };

                /**
                 * Encodes the specified QueryTasksRequest message. Does not implicitly {@link strata.tasks.v1.QueryTasksRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.QueryTasksRequest
                 * @static
                 * @param {strata.tasks.v1.IQueryTasksRequest} message QueryTasksRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryTasksRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.sessionId != null && Object.hasOwnProperty.call(message, "sessionId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.sessionId);
                    if (message.status != null && Object.hasOwnProperty.call(message, "status"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.strata.base.v1.PageRequest.encode(message.pagination, writer.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryTasksRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.QueryTasksRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.QueryTasksRequest} QueryTasksRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryTasksRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.QueryTasksRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.sessionId = reader.uint64();
                                break;
                            }
                        case 2: {
                                message.status = reader.int32();
                                break;
                            }
                        case 3: {
                                message.pagination = $root.strata.base.v1.PageRequest.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryTasksRequest
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.QueryTasksRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryTasksRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.QueryTasksRequest";
                };

                return QueryTasksRequest;
            })();

            v1.QueryTasksResponse = (function() {

                /**
                 * Properties of a QueryTasksResponse.
                 * @memberof strata.tasks.v1
                 * @interface IQueryTasksResponse
                 * @property {Array.<strata.tasks.v1.ITask>|null} [tasks] QueryTasksResponse tasks
                 * @property {strata.base.v1.IPageResponse|null} [pagination] QueryTasksResponse pagination
                 */

                /**
                 * Constructs a new QueryTasksResponse.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a QueryTasksResponse.
                 * @implements IQueryTasksResponse
                 * @constructor
                 * @param {strata.tasks.v1.IQueryTasksResponse=} [properties] Properties to set
                 */
                function QueryTasksResponse(properties) {
                    this.tasks = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryTasksResponse tasks.
                 * @member {Array.<strata.tasks.v1.ITask>} tasks
                 * @memberof strata.tasks.v1.QueryTasksResponse
                 * @instance
                 */
                QueryTasksResponse.prototype.tasks = $util.emptyArray;

                /**
                 * QueryTasksResponse pagination.
                 * @member {strata.base.v1.IPageResponse|null|undefined} pagination
                 * @memberof strata.tasks.v1.QueryTasksResponse
                 * @instance
                 */
                QueryTasksResponse.prototype.pagination = null;

                /**
                 * Creates a new QueryTasksResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.QueryTasksResponse
                 * @static
                 * @param {strata.tasks.v1.IQueryTasksResponse=} [properties] Properties to set
                 * @returns {strata.tasks.v1.QueryTasksResponse} QueryTasksResponse instance
                 */
                QueryTasksResponse.create = function create(properties) {
                    return new QueryTasksResponse(properties);
                };

                /**
                 * Encodes the specified QueryTasksResponse message. Does not implicitly {@link strata.tasks.v1.QueryTasksResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.QueryTasksResponse
                 * @static
                 * @param {strata.tasks.v1.IQueryTasksResponse} message QueryTasksResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryTasksResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.tasks != null && message.tasks.length)
                        for (let i = 0; i < message.tasks.length; ++i)
                            $root.strata.tasks.v1.Task.encode(message.tasks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.pagination != null && Object.hasOwnProperty.call(message, "pagination"))
                        $root.strata.base.v1.PageResponse.encode(message.pagination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryTasksResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.QueryTasksResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.QueryTasksResponse} QueryTasksResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryTasksResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.QueryTasksResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                if (!(message.tasks && message.tasks.length))
                                    message.tasks = [];
                                message.tasks.push($root.strata.tasks.v1.Task.decode(reader, reader.uint32(), undefined, long + 1));
                                break;
                            }
                        case 2: {
                                message.pagination = $root.strata.base.v1.PageResponse.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryTasksResponse
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.QueryTasksResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryTasksResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.QueryTasksResponse";
                };

                return QueryTasksResponse;
            })();

            v1.QueryParamsRequest = (function() {

                /**
                 * Properties of a QueryParamsRequest.
                 * @memberof strata.tasks.v1
                 * @interface IQueryParamsRequest
                 */

                /**
                 * Constructs a new QueryParamsRequest.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a QueryParamsRequest.
                 * @implements IQueryParamsRequest
                 * @constructor
                 * @param {strata.tasks.v1.IQueryParamsRequest=} [properties] Properties to set
                 */
                function QueryParamsRequest(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.QueryParamsRequest
                 * @static
                 * @param {strata.tasks.v1.IQueryParamsRequest=} [properties] Properties to set
                 * @returns {strata.tasks.v1.QueryParamsRequest} QueryParamsRequest instance
                 */
                QueryParamsRequest.create = function create(properties) {
                    return new QueryParamsRequest(properties);
                };

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.tasks.v1.QueryParamsRequest.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.QueryParamsRequest
                 * @static
                 * @param {strata.tasks.v1.IQueryParamsRequest} message QueryParamsRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsRequest.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    return writer;
                };

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.QueryParamsRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.QueryParamsRequest} QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsRequest.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.QueryParamsRequest();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
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
                 * Gets the default type url for QueryParamsRequest
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.QueryParamsRequest
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsRequest.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.QueryParamsRequest";
                };

                return QueryParamsRequest;
            })();

            v1.QueryParamsResponse = (function() {

                /**
                 * Properties of a QueryParamsResponse.
                 * @memberof strata.tasks.v1
                 * @interface IQueryParamsResponse
                 * @property {strata.tasks.v1.IParams|null} [params] QueryParamsResponse params
                 */

                /**
                 * Constructs a new QueryParamsResponse.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a QueryParamsResponse.
                 * @implements IQueryParamsResponse
                 * @constructor
                 * @param {strata.tasks.v1.IQueryParamsResponse=} [properties] Properties to set
                 */
                function QueryParamsResponse(properties) {
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * QueryParamsResponse params.
                 * @member {strata.tasks.v1.IParams|null|undefined} params
                 * @memberof strata.tasks.v1.QueryParamsResponse
                 * @instance
                 */
                QueryParamsResponse.prototype.params = null;

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.QueryParamsResponse
                 * @static
                 * @param {strata.tasks.v1.IQueryParamsResponse=} [properties] Properties to set
                 * @returns {strata.tasks.v1.QueryParamsResponse} QueryParamsResponse instance
                 */
                QueryParamsResponse.create = function create(properties) {
                    return new QueryParamsResponse(properties);
                };

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.tasks.v1.QueryParamsResponse.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.QueryParamsResponse
                 * @static
                 * @param {strata.tasks.v1.IQueryParamsResponse} message QueryParamsResponse message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                QueryParamsResponse.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.strata.tasks.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.QueryParamsResponse
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.QueryParamsResponse} QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                QueryParamsResponse.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.QueryParamsResponse();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.strata.tasks.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
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
                 * Gets the default type url for QueryParamsResponse
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.QueryParamsResponse
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                QueryParamsResponse.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.QueryParamsResponse";
                };

                return QueryParamsResponse;
            })();

            v1.Query = (function() {

                /**
                 * Constructs a new Query service.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a Query
                 * @extends $protobuf.rpc.Service
                 * @constructor
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 */
                function Query(rpcImpl, requestDelimited, responseDelimited) {
                    $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
                }

                (Query.prototype = Object.create($protobuf.rpc.Service.prototype)).constructor = Query;

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @function create
                 * @memberof strata.tasks.v1.Query
                 * @static
                 * @param {$protobuf.RPCImpl} rpcImpl RPC implementation
                 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
                 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
                 * @returns {Query} RPC service. Useful where requests and/or responses are streamed.
                 */
                Query.create = function create(rpcImpl, requestDelimited, responseDelimited) {
                    return new this(rpcImpl, requestDelimited, responseDelimited);
                };

                /**
                 * Callback as used by {@link strata.tasks.v1.Query#task}.
                 * @memberof strata.tasks.v1.Query
                 * @typedef TaskCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.tasks.v1.QueryTaskResponse} [response] QueryTaskResponse
                 */

                /**
                 * Calls Task.
                 * @function task
                 * @memberof strata.tasks.v1.Query
                 * @instance
                 * @param {strata.tasks.v1.IQueryTaskRequest} request QueryTaskRequest message or plain object
                 * @param {strata.tasks.v1.Query.TaskCallback} callback Node-style callback called with the error, if any, and QueryTaskResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.task = function task(request, callback) {
                    return this.rpcCall(task, $root.strata.tasks.v1.QueryTaskRequest, $root.strata.tasks.v1.QueryTaskResponse, request, callback);
                }, "name", { value: "Task" });

                /**
                 * Calls Task.
                 * @function task
                 * @memberof strata.tasks.v1.Query
                 * @instance
                 * @param {strata.tasks.v1.IQueryTaskRequest} request QueryTaskRequest message or plain object
                 * @returns {Promise<strata.tasks.v1.QueryTaskResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.tasks.v1.Query#tasks}.
                 * @memberof strata.tasks.v1.Query
                 * @typedef TasksCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.tasks.v1.QueryTasksResponse} [response] QueryTasksResponse
                 */

                /**
                 * Calls Tasks.
                 * @function tasks
                 * @memberof strata.tasks.v1.Query
                 * @instance
                 * @param {strata.tasks.v1.IQueryTasksRequest} request QueryTasksRequest message or plain object
                 * @param {strata.tasks.v1.Query.TasksCallback} callback Node-style callback called with the error, if any, and QueryTasksResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.tasks = function tasks(request, callback) {
                    return this.rpcCall(tasks, $root.strata.tasks.v1.QueryTasksRequest, $root.strata.tasks.v1.QueryTasksResponse, request, callback);
                }, "name", { value: "Tasks" });

                /**
                 * Calls Tasks.
                 * @function tasks
                 * @memberof strata.tasks.v1.Query
                 * @instance
                 * @param {strata.tasks.v1.IQueryTasksRequest} request QueryTasksRequest message or plain object
                 * @returns {Promise<strata.tasks.v1.QueryTasksResponse>} Promise
                 * @variation 2
                 */

                /**
                 * Callback as used by {@link strata.tasks.v1.Query#params}.
                 * @memberof strata.tasks.v1.Query
                 * @typedef ParamsCallback
                 * @type {function}
                 * @param {Error|null} error Error, if any
                 * @param {strata.tasks.v1.QueryParamsResponse} [response] QueryParamsResponse
                 */

                /**
                 * Calls Params.
                 * @function params
                 * @memberof strata.tasks.v1.Query
                 * @instance
                 * @param {strata.tasks.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @param {strata.tasks.v1.Query.ParamsCallback} callback Node-style callback called with the error, if any, and QueryParamsResponse
                 * @returns {undefined}
                 * @variation 1
                 */
                Object.defineProperty(Query.prototype.params = function params(request, callback) {
                    return this.rpcCall(params, $root.strata.tasks.v1.QueryParamsRequest, $root.strata.tasks.v1.QueryParamsResponse, request, callback);
                }, "name", { value: "Params" });

                /**
                 * Calls Params.
                 * @function params
                 * @memberof strata.tasks.v1.Query
                 * @instance
                 * @param {strata.tasks.v1.IQueryParamsRequest} request QueryParamsRequest message or plain object
                 * @returns {Promise<strata.tasks.v1.QueryParamsResponse>} Promise
                 * @variation 2
                 */

                return Query;
            })();

            v1.GenesisState = (function() {

                /**
                 * Properties of a GenesisState.
                 * @memberof strata.tasks.v1
                 * @interface IGenesisState
                 * @property {strata.tasks.v1.IParams|null} [params] GenesisState params
                 * @property {Array.<strata.tasks.v1.ITask>|null} [tasks] GenesisState tasks
                 */

                /**
                 * Constructs a new GenesisState.
                 * @memberof strata.tasks.v1
                 * @classdesc Represents a GenesisState.
                 * @implements IGenesisState
                 * @constructor
                 * @param {strata.tasks.v1.IGenesisState=} [properties] Properties to set
                 */
                function GenesisState(properties) {
                    this.tasks = [];
                    if (properties)
                        for (let keys = Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                }

                /**
                 * GenesisState params.
                 * @member {strata.tasks.v1.IParams|null|undefined} params
                 * @memberof strata.tasks.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.params = null;

                /**
                 * GenesisState tasks.
                 * @member {Array.<strata.tasks.v1.ITask>} tasks
                 * @memberof strata.tasks.v1.GenesisState
                 * @instance
                 */
                GenesisState.prototype.tasks = $util.emptyArray;

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @function create
                 * @memberof strata.tasks.v1.GenesisState
                 * @static
                 * @param {strata.tasks.v1.IGenesisState=} [properties] Properties to set
                 * @returns {strata.tasks.v1.GenesisState} GenesisState instance
                 */
                GenesisState.create = function create(properties) {
                    return new GenesisState(properties);
                };

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.tasks.v1.GenesisState.verify|verify} messages.
                 * @function encode
                 * @memberof strata.tasks.v1.GenesisState
                 * @static
                 * @param {strata.tasks.v1.IGenesisState} message GenesisState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GenesisState.encode = function encode(message, writer, q) {
                    if (!writer)
                        writer = $Writer.create();
                    if (q === undefined)
                        q = 0;
                    if (q > $util.recursionLimit)
                        throw Error("max depth exceeded");
                    if (message.params != null && Object.hasOwnProperty.call(message, "params"))
                        $root.strata.tasks.v1.Params.encode(message.params, writer.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                    if (message.tasks != null && message.tasks.length)
                        for (let i = 0; i < message.tasks.length; ++i)
                            $root.strata.tasks.v1.Task.encode(message.tasks[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                    return writer;
                };

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @function decode
                 * @memberof strata.tasks.v1.GenesisState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {strata.tasks.v1.GenesisState} GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GenesisState.decode = function decode(reader, length, error, long) {
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
                    message = new $root.strata.tasks.v1.GenesisState();
                    while (reader.pos < end) {
                        let tag = reader.uint32();
                        if (tag === error)
                            break;
                        switch (tag >>> 3) {
                        case 1: {
                                message.params = $root.strata.tasks.v1.Params.decode(reader, reader.uint32(), undefined, long + 1);
                                break;
                            }
                        case 2: {
                                if (!(message.tasks && message.tasks.length))
                                    message.tasks = [];
                                message.tasks.push($root.strata.tasks.v1.Task.decode(reader, reader.uint32(), undefined, long + 1));
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
                 * Gets the default type url for GenesisState
                 * @function getTypeUrl
                 * @memberof strata.tasks.v1.GenesisState
                 * @static
                 * @param {string} [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns {string} The default type url
                 */
                GenesisState.getTypeUrl = function getTypeUrl(typeUrlPrefix) {
                    if (typeUrlPrefix === undefined) {
                        typeUrlPrefix = "type.googleapis.com";
                    }
                    return typeUrlPrefix + "/strata.tasks.v1.GenesisState";
                };

                return GenesisState;
            })();

            return v1;
        })();

        return tasks;
    })();

    return strata;
})();

export { $root as default };
