import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace strata. */
export namespace strata {

    /** Namespace core. */
    namespace core {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of an EventAttribute. */
            interface IEventAttribute {

                /** EventAttribute key */
                key?: (string|null);

                /** EventAttribute value */
                value?: (string|null);

                /** EventAttribute index */
                index?: (boolean|null);
            }

            /** Represents an EventAttribute. */
            class EventAttribute implements IEventAttribute {

                /**
                 * Constructs a new EventAttribute.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.core.v1.IEventAttribute);

                /** EventAttribute key. */
                public key: string;

                /** EventAttribute value. */
                public value: string;

                /** EventAttribute index. */
                public index: boolean;

                /**
                 * Creates a new EventAttribute instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EventAttribute instance
                 */
                public static create(properties?: strata.core.v1.IEventAttribute): strata.core.v1.EventAttribute;

                /**
                 * Encodes the specified EventAttribute message. Does not implicitly {@link strata.core.v1.EventAttribute.verify|verify} messages.
                 * @param message EventAttribute message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.core.v1.IEventAttribute, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EventAttribute message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns EventAttribute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.core.v1.EventAttribute;

                /**
                 * Gets the default type url for EventAttribute
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an Event. */
            interface IEvent {

                /** Event type */
                type?: (string|null);

                /** Event attributes */
                attributes?: (strata.core.v1.IEventAttribute[]|null);
            }

            /** Represents an Event. */
            class Event implements IEvent {

                /**
                 * Constructs a new Event.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.core.v1.IEvent);

                /** Event type. */
                public type: string;

                /** Event attributes. */
                public attributes: strata.core.v1.IEventAttribute[];

                /**
                 * Creates a new Event instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Event instance
                 */
                public static create(properties?: strata.core.v1.IEvent): strata.core.v1.Event;

                /**
                 * Encodes the specified Event message. Does not implicitly {@link strata.core.v1.Event.verify|verify} messages.
                 * @param message Event message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.core.v1.IEvent, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Event message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Event
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.core.v1.Event;

                /**
                 * Gets the default type url for Event
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TxResult. */
            interface ITxResult {

                /** TxResult code */
                code?: (number|null);

                /** TxResult data */
                data?: (Uint8Array|null);

                /** TxResult log */
                log?: (string|null);

                /** TxResult info */
                info?: (string|null);

                /** TxResult gasWanted */
                gasWanted?: (number|null);

                /** TxResult gasUsed */
                gasUsed?: (number|null);

                /** TxResult events */
                events?: (strata.core.v1.IEvent[]|null);

                /** TxResult codespace */
                codespace?: (string|null);
            }

            /** Represents a TxResult. */
            class TxResult implements ITxResult {

                /**
                 * Constructs a new TxResult.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.core.v1.ITxResult);

                /** TxResult code. */
                public code: number;

                /** TxResult data. */
                public data: Uint8Array;

                /** TxResult log. */
                public log: string;

                /** TxResult info. */
                public info: string;

                /** TxResult gasWanted. */
                public gasWanted: number;

                /** TxResult gasUsed. */
                public gasUsed: number;

                /** TxResult events. */
                public events: strata.core.v1.IEvent[];

                /** TxResult codespace. */
                public codespace: string;

                /**
                 * Creates a new TxResult instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TxResult instance
                 */
                public static create(properties?: strata.core.v1.ITxResult): strata.core.v1.TxResult;

                /**
                 * Encodes the specified TxResult message. Does not implicitly {@link strata.core.v1.TxResult.verify|verify} messages.
                 * @param message TxResult message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.core.v1.ITxResult, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TxResult message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TxResult
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.core.v1.TxResult;

                /**
                 * Gets the default type url for TxResult
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BlockResults. */
            interface IBlockResults {

                /** BlockResults height */
                height?: (number|null);

                /** BlockResults txResults */
                txResults?: (strata.core.v1.ITxResult[]|null);

                /** BlockResults finalizeBlockEvents */
                finalizeBlockEvents?: (strata.core.v1.IEvent[]|null);
            }

            /** Represents a BlockResults. */
            class BlockResults implements IBlockResults {

                /**
                 * Constructs a new BlockResults.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.core.v1.IBlockResults);

                /** BlockResults height. */
                public height: number;

                /** BlockResults txResults. */
                public txResults: strata.core.v1.ITxResult[];

                /** BlockResults finalizeBlockEvents. */
                public finalizeBlockEvents: strata.core.v1.IEvent[];

                /**
                 * Creates a new BlockResults instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BlockResults instance
                 */
                public static create(properties?: strata.core.v1.IBlockResults): strata.core.v1.BlockResults;

                /**
                 * Encodes the specified BlockResults message. Does not implicitly {@link strata.core.v1.BlockResults.verify|verify} messages.
                 * @param message BlockResults message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.core.v1.IBlockResults, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BlockResults message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BlockResults
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.core.v1.BlockResults;

                /**
                 * Gets the default type url for BlockResults
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
