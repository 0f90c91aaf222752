import * as $protobuf from "protobufjs";
import Long = require("long");
/** Namespace strata. */
export namespace strata {

    /** Namespace base. */
    namespace base {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a PageRequest. */
            interface IPageRequest {

                /** PageRequest key */
                key?: (Uint8Array|null);

                /** PageRequest offset */
                offset?: (number|null);

                /** PageRequest limit */
                limit?: (number|null);

                /** PageRequest countTotal */
                countTotal?: (boolean|null);

                /** PageRequest reverse */
                reverse?: (boolean|null);
            }

            /** Represents a PageRequest. */
            class PageRequest implements IPageRequest {

                /**
                 * Constructs a new PageRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.base.v1.IPageRequest);

                /** PageRequest key. */
                public key: Uint8Array;

                /** PageRequest offset. */
                public offset: number;

                /** PageRequest limit. */
                public limit: number;

                /** PageRequest countTotal. */
                public countTotal: boolean;

                /** PageRequest reverse. */
                public reverse: boolean;

                /**
                 * Creates a new PageRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageRequest instance
                 */
                public static create(properties?: strata.base.v1.IPageRequest): strata.base.v1.PageRequest;

                /**
                 * Encodes the specified PageRequest message. Does not implicitly {@link strata.base.v1.PageRequest.verify|verify} messages.
                 * @param message PageRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.base.v1.IPageRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PageRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.base.v1.PageRequest;

                /**
                 * Gets the default type url for PageRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PageResponse. */
            interface IPageResponse {

                /** PageResponse nextKey */
                nextKey?: (Uint8Array|null);

                /** PageResponse total */
                total?: (number|null);
            }

            /** Represents a PageResponse. */
            class PageResponse implements IPageResponse {

                /**
                 * Constructs a new PageResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.base.v1.IPageResponse);

                /** PageResponse nextKey. */
                public nextKey: Uint8Array;

                /** PageResponse total. */
                public total: number;

                /**
                 * Creates a new PageResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PageResponse instance
                 */
                public static create(properties?: strata.base.v1.IPageResponse): strata.base.v1.PageResponse;

                /**
                 * Encodes the specified PageResponse message. Does not implicitly {@link strata.base.v1.PageResponse.verify|verify} messages.
                 * @param message PageResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.base.v1.IPageResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PageResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PageResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.base.v1.PageResponse;

                /**
                 * Gets the default type url for PageResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace bridge. */
    namespace bridge {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a Deposit. */
            interface IDeposit {

                /** Deposit chainId */
                chainId?: (string|null);

                /** Deposit nonce */
                nonce?: (number|null);

                /** Deposit sender */
                sender?: (string|null);

                /** Deposit recipient */
                recipient?: (string|null);

                /** Deposit denom */
                denom?: (string|null);

                /** Deposit amount */
                amount?: (string|null);

                /** Deposit parentHeight */
                parentHeight?: (number|null);

                /** Deposit accumulator */
                accumulator?: (Uint8Array|null);
            }

            /** Represents a Deposit. */
            class Deposit implements IDeposit {

                /**
                 * Constructs a new Deposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IDeposit);

                /** Deposit chainId. */
                public chainId: string;

                /** Deposit nonce. */
                public nonce: number;

                /** Deposit sender. */
                public sender: string;

                /** Deposit recipient. */
                public recipient: string;

                /** Deposit denom. */
                public denom: string;

                /** Deposit amount. */
                public amount: string;

                /** Deposit parentHeight. */
                public parentHeight: number;

                /** Deposit accumulator. */
                public accumulator: Uint8Array;

                /**
                 * Creates a new Deposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Deposit instance
                 */
                public static create(properties?: strata.bridge.v1.IDeposit): strata.bridge.v1.Deposit;

                /**
                 * Encodes the specified Deposit message. Does not implicitly {@link strata.bridge.v1.Deposit.verify|verify} messages.
                 * @param message Deposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IDeposit, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Deposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Deposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.Deposit;

                /**
                 * Gets the default type url for Deposit
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Withdrawal. */
            interface IWithdrawal {

                /** Withdrawal index */
                index?: (number|null);

                /** Withdrawal sender */
                sender?: (string|null);

                /** Withdrawal recipient */
                recipient?: (string|null);

                /** Withdrawal denom */
                denom?: (string|null);

                /** Withdrawal amount */
                amount?: (string|null);

                /** Withdrawal childHeight */
                childHeight?: (number|null);
            }

            /** Represents a Withdrawal. */
            class Withdrawal implements IWithdrawal {

                /**
                 * Constructs a new Withdrawal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IWithdrawal);

                /** Withdrawal index. */
                public index: number;

                /** Withdrawal sender. */
                public sender: string;

                /** Withdrawal recipient. */
                public recipient: string;

                /** Withdrawal denom. */
                public denom: string;

                /** Withdrawal amount. */
                public amount: string;

                /** Withdrawal childHeight. */
                public childHeight: number;

                /**
                 * Creates a new Withdrawal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Withdrawal instance
                 */
                public static create(properties?: strata.bridge.v1.IWithdrawal): strata.bridge.v1.Withdrawal;

                /**
                 * Encodes the specified Withdrawal message. Does not implicitly {@link strata.bridge.v1.Withdrawal.verify|verify} messages.
                 * @param message Withdrawal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IWithdrawal, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Withdrawal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Withdrawal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.Withdrawal;

                /**
                 * Gets the default type url for Withdrawal
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Claim. */
            interface IClaim {

                /** Claim chainId */
                chainId?: (string|null);

                /** Claim index */
                index?: (number|null);

                /** Claim recipient */
                recipient?: (string|null);

                /** Claim amount */
                amount?: (string|null);

                /** Claim denom */
                denom?: (string|null);

                /** Claim batchNumber */
                batchNumber?: (number|null);

                /** Claim parentHeight */
                parentHeight?: (number|null);
            }

            /** Represents a Claim. */
            class Claim implements IClaim {

                /**
                 * Constructs a new Claim.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IClaim);

                /** Claim chainId. */
                public chainId: string;

                /** Claim index. */
                public index: number;

                /** Claim recipient. */
                public recipient: string;

                /** Claim amount. */
                public amount: string;

                /** Claim denom. */
                public denom: string;

                /** Claim batchNumber. */
                public batchNumber: number;

                /** Claim parentHeight. */
                public parentHeight: number;

                /**
                 * Creates a new Claim instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Claim instance
                 */
                public static create(properties?: strata.bridge.v1.IClaim): strata.bridge.v1.Claim;

                /**
                 * Encodes the specified Claim message. Does not implicitly {@link strata.bridge.v1.Claim.verify|verify} messages.
                 * @param message Claim message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IClaim, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Claim message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Claim
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.Claim;

                /**
                 * Gets the default type url for Claim
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgDeposit. */
            interface IMsgDeposit {

                /** MsgDeposit sender */
                sender?: (string|null);

                /** MsgDeposit chainId */
                chainId?: (string|null);

                /** MsgDeposit recipient */
                recipient?: (string|null);

                /** MsgDeposit amount */
                amount?: (string|null);
            }

            /** Represents a MsgDeposit. */
            class MsgDeposit implements IMsgDeposit {

                /**
                 * Constructs a new MsgDeposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IMsgDeposit);

                /** MsgDeposit sender. */
                public sender: string;

                /** MsgDeposit chainId. */
                public chainId: string;

                /** MsgDeposit recipient. */
                public recipient: string;

                /** MsgDeposit amount. */
                public amount: string;

                /**
                 * Creates a new MsgDeposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgDeposit instance
                 */
                public static create(properties?: strata.bridge.v1.IMsgDeposit): strata.bridge.v1.MsgDeposit;

                /**
                 * Encodes the specified MsgDeposit message. Does not implicitly {@link strata.bridge.v1.MsgDeposit.verify|verify} messages.
                 * @param message MsgDeposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IMsgDeposit, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDeposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgDeposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.MsgDeposit;

                /**
                 * Gets the default type url for MsgDeposit
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgDepositResponse. */
            interface IMsgDepositResponse {

                /** MsgDepositResponse nonce */
                nonce?: (number|null);
            }

            /** Represents a MsgDepositResponse. */
            class MsgDepositResponse implements IMsgDepositResponse {

                /**
                 * Constructs a new MsgDepositResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IMsgDepositResponse);

                /** MsgDepositResponse nonce. */
                public nonce: number;

                /**
                 * Creates a new MsgDepositResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgDepositResponse instance
                 */
                public static create(properties?: strata.bridge.v1.IMsgDepositResponse): strata.bridge.v1.MsgDepositResponse;

                /**
                 * Encodes the specified MsgDepositResponse message. Does not implicitly {@link strata.bridge.v1.MsgDepositResponse.verify|verify} messages.
                 * @param message MsgDepositResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IMsgDepositResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDepositResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgDepositResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.MsgDepositResponse;

                /**
                 * Gets the default type url for MsgDepositResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgProveWithdrawal. */
            interface IMsgProveWithdrawal {

                /** MsgProveWithdrawal claimer */
                claimer?: (string|null);

                /** MsgProveWithdrawal chainId */
                chainId?: (string|null);

                /** MsgProveWithdrawal batchNumber */
                batchNumber?: (number|null);

                /** MsgProveWithdrawal withdrawal */
                withdrawal?: (strata.bridge.v1.IWithdrawal|null);

                /** MsgProveWithdrawal proof */
                proof?: (Uint8Array[]|null);
            }

            /** Represents a MsgProveWithdrawal. */
            class MsgProveWithdrawal implements IMsgProveWithdrawal {

                /**
                 * Constructs a new MsgProveWithdrawal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IMsgProveWithdrawal);

                /** MsgProveWithdrawal claimer. */
                public claimer: string;

                /** MsgProveWithdrawal chainId. */
                public chainId: string;

                /** MsgProveWithdrawal batchNumber. */
                public batchNumber: number;

                /** MsgProveWithdrawal withdrawal. */
                public withdrawal?: (strata.bridge.v1.IWithdrawal|null);

                /** MsgProveWithdrawal proof. */
                public proof: Uint8Array[];

                /**
                 * Creates a new MsgProveWithdrawal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgProveWithdrawal instance
                 */
                public static create(properties?: strata.bridge.v1.IMsgProveWithdrawal): strata.bridge.v1.MsgProveWithdrawal;

                /**
                 * Encodes the specified MsgProveWithdrawal message. Does not implicitly {@link strata.bridge.v1.MsgProveWithdrawal.verify|verify} messages.
                 * @param message MsgProveWithdrawal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IMsgProveWithdrawal, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgProveWithdrawal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgProveWithdrawal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.MsgProveWithdrawal;

                /**
                 * Gets the default type url for MsgProveWithdrawal
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgProveWithdrawalResponse. */
            interface IMsgProveWithdrawalResponse {
            }

            /** Represents a MsgProveWithdrawalResponse. */
            class MsgProveWithdrawalResponse implements IMsgProveWithdrawalResponse {

                /**
                 * Constructs a new MsgProveWithdrawalResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IMsgProveWithdrawalResponse);

                /**
                 * Creates a new MsgProveWithdrawalResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgProveWithdrawalResponse instance
                 */
                public static create(properties?: strata.bridge.v1.IMsgProveWithdrawalResponse): strata.bridge.v1.MsgProveWithdrawalResponse;

                /**
                 * Encodes the specified MsgProveWithdrawalResponse message. Does not implicitly {@link strata.bridge.v1.MsgProveWithdrawalResponse.verify|verify} messages.
                 * @param message MsgProveWithdrawalResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IMsgProveWithdrawalResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgProveWithdrawalResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgProveWithdrawalResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.MsgProveWithdrawalResponse;

                /**
                 * Gets the default type url for MsgProveWithdrawalResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /**
                 * Calls Deposit.
                 * @param request MsgDeposit message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgDepositResponse
                 */
                public deposit(request: strata.bridge.v1.IMsgDeposit, callback: strata.bridge.v1.Msg.DepositCallback): void;

                /**
                 * Calls Deposit.
                 * @param request MsgDeposit message or plain object
                 * @returns Promise
                 */
                public deposit(request: strata.bridge.v1.IMsgDeposit): Promise<strata.bridge.v1.MsgDepositResponse>;

                /**
                 * Calls ProveWithdrawal.
                 * @param request MsgProveWithdrawal message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgProveWithdrawalResponse
                 */
                public proveWithdrawal(request: strata.bridge.v1.IMsgProveWithdrawal, callback: strata.bridge.v1.Msg.ProveWithdrawalCallback): void;

                /**
                 * Calls ProveWithdrawal.
                 * @param request MsgProveWithdrawal message or plain object
                 * @returns Promise
                 */
                public proveWithdrawal(request: strata.bridge.v1.IMsgProveWithdrawal): Promise<strata.bridge.v1.MsgProveWithdrawalResponse>;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link strata.bridge.v1.Msg#deposit}.
                 * @param error Error, if any
                 * @param [response] MsgDepositResponse
                 */
                type DepositCallback = (error: (Error|null), response?: strata.bridge.v1.MsgDepositResponse) => void;

                /**
                 * Callback as used by {@link strata.bridge.v1.Msg#proveWithdrawal}.
                 * @param error Error, if any
                 * @param [response] MsgProveWithdrawalResponse
                 */
                type ProveWithdrawalCallback = (error: (Error|null), response?: strata.bridge.v1.MsgProveWithdrawalResponse) => void;
            }

            /** Properties of a QueryDepositRequest. */
            interface IQueryDepositRequest {

                /** QueryDepositRequest chainId */
                chainId?: (string|null);

                /** QueryDepositRequest nonce */
                nonce?: (number|null);
            }

            /** Represents a QueryDepositRequest. */
            class QueryDepositRequest implements IQueryDepositRequest {

                /**
                 * Constructs a new QueryDepositRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IQueryDepositRequest);

                /** QueryDepositRequest chainId. */
                public chainId: string;

                /** QueryDepositRequest nonce. */
                public nonce: number;

                /**
                 * Creates a new QueryDepositRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDepositRequest instance
                 */
                public static create(properties?: strata.bridge.v1.IQueryDepositRequest): strata.bridge.v1.QueryDepositRequest;

                /**
                 * Encodes the specified QueryDepositRequest message. Does not implicitly {@link strata.bridge.v1.QueryDepositRequest.verify|verify} messages.
                 * @param message QueryDepositRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IQueryDepositRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDepositRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryDepositRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.QueryDepositRequest;

                /**
                 * Gets the default type url for QueryDepositRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDepositResponse. */
            interface IQueryDepositResponse {

                /** QueryDepositResponse deposit */
                deposit?: (strata.bridge.v1.IDeposit|null);
            }

            /** Represents a QueryDepositResponse. */
            class QueryDepositResponse implements IQueryDepositResponse {

                /**
                 * Constructs a new QueryDepositResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IQueryDepositResponse);

                /** QueryDepositResponse deposit. */
                public deposit?: (strata.bridge.v1.IDeposit|null);

                /**
                 * Creates a new QueryDepositResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDepositResponse instance
                 */
                public static create(properties?: strata.bridge.v1.IQueryDepositResponse): strata.bridge.v1.QueryDepositResponse;

                /**
                 * Encodes the specified QueryDepositResponse message. Does not implicitly {@link strata.bridge.v1.QueryDepositResponse.verify|verify} messages.
                 * @param message QueryDepositResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IQueryDepositResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDepositResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryDepositResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.QueryDepositResponse;

                /**
                 * Gets the default type url for QueryDepositResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDepositsRequest. */
            interface IQueryDepositsRequest {

                /** QueryDepositsRequest chainId */
                chainId?: (string|null);

                /** QueryDepositsRequest address */
                address?: (string|null);

                /** QueryDepositsRequest fromNonce */
                fromNonce?: (number|null);

                /** QueryDepositsRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryDepositsRequest. */
            class QueryDepositsRequest implements IQueryDepositsRequest {

                /**
                 * Constructs a new QueryDepositsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IQueryDepositsRequest);

                /** QueryDepositsRequest chainId. */
                public chainId: string;

                /** QueryDepositsRequest address. */
                public address: string;

                /** QueryDepositsRequest fromNonce. */
                public fromNonce: number;

                /** QueryDepositsRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryDepositsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDepositsRequest instance
                 */
                public static create(properties?: strata.bridge.v1.IQueryDepositsRequest): strata.bridge.v1.QueryDepositsRequest;

                /**
                 * Encodes the specified QueryDepositsRequest message. Does not implicitly {@link strata.bridge.v1.QueryDepositsRequest.verify|verify} messages.
                 * @param message QueryDepositsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IQueryDepositsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDepositsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryDepositsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.QueryDepositsRequest;

                /**
                 * Gets the default type url for QueryDepositsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryDepositsResponse. */
            interface IQueryDepositsResponse {

                /** QueryDepositsResponse deposits */
                deposits?: (strata.bridge.v1.IDeposit[]|null);

                /** QueryDepositsResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryDepositsResponse. */
            class QueryDepositsResponse implements IQueryDepositsResponse {

                /**
                 * Constructs a new QueryDepositsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IQueryDepositsResponse);

                /** QueryDepositsResponse deposits. */
                public deposits: strata.bridge.v1.IDeposit[];

                /** QueryDepositsResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryDepositsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryDepositsResponse instance
                 */
                public static create(properties?: strata.bridge.v1.IQueryDepositsResponse): strata.bridge.v1.QueryDepositsResponse;

                /**
                 * Encodes the specified QueryDepositsResponse message. Does not implicitly {@link strata.bridge.v1.QueryDepositsResponse.verify|verify} messages.
                 * @param message QueryDepositsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IQueryDepositsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryDepositsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryDepositsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.QueryDepositsResponse;

                /**
                 * Gets the default type url for QueryDepositsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryClaimRequest. */
            interface IQueryClaimRequest {

                /** QueryClaimRequest chainId */
                chainId?: (string|null);

                /** QueryClaimRequest index */
                index?: (number|null);
            }

            /** Represents a QueryClaimRequest. */
            class QueryClaimRequest implements IQueryClaimRequest {

                /**
                 * Constructs a new QueryClaimRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IQueryClaimRequest);

                /** QueryClaimRequest chainId. */
                public chainId: string;

                /** QueryClaimRequest index. */
                public index: number;

                /**
                 * Creates a new QueryClaimRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryClaimRequest instance
                 */
                public static create(properties?: strata.bridge.v1.IQueryClaimRequest): strata.bridge.v1.QueryClaimRequest;

                /**
                 * Encodes the specified QueryClaimRequest message. Does not implicitly {@link strata.bridge.v1.QueryClaimRequest.verify|verify} messages.
                 * @param message QueryClaimRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IQueryClaimRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryClaimRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryClaimRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.QueryClaimRequest;

                /**
                 * Gets the default type url for QueryClaimRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryClaimResponse. */
            interface IQueryClaimResponse {

                /** QueryClaimResponse claim */
                claim?: (strata.bridge.v1.IClaim|null);
            }

            /** Represents a QueryClaimResponse. */
            class QueryClaimResponse implements IQueryClaimResponse {

                /**
                 * Constructs a new QueryClaimResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IQueryClaimResponse);

                /** QueryClaimResponse claim. */
                public claim?: (strata.bridge.v1.IClaim|null);

                /**
                 * Creates a new QueryClaimResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryClaimResponse instance
                 */
                public static create(properties?: strata.bridge.v1.IQueryClaimResponse): strata.bridge.v1.QueryClaimResponse;

                /**
                 * Encodes the specified QueryClaimResponse message. Does not implicitly {@link strata.bridge.v1.QueryClaimResponse.verify|verify} messages.
                 * @param message QueryClaimResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IQueryClaimResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryClaimResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryClaimResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.QueryClaimResponse;

                /**
                 * Gets the default type url for QueryClaimResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryEscrowRequest. */
            interface IQueryEscrowRequest {

                /** QueryEscrowRequest chainId */
                chainId?: (string|null);
            }

            /** Represents a QueryEscrowRequest. */
            class QueryEscrowRequest implements IQueryEscrowRequest {

                /**
                 * Constructs a new QueryEscrowRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IQueryEscrowRequest);

                /** QueryEscrowRequest chainId. */
                public chainId: string;

                /**
                 * Creates a new QueryEscrowRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEscrowRequest instance
                 */
                public static create(properties?: strata.bridge.v1.IQueryEscrowRequest): strata.bridge.v1.QueryEscrowRequest;

                /**
                 * Encodes the specified QueryEscrowRequest message. Does not implicitly {@link strata.bridge.v1.QueryEscrowRequest.verify|verify} messages.
                 * @param message QueryEscrowRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IQueryEscrowRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEscrowRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryEscrowRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.QueryEscrowRequest;

                /**
                 * Gets the default type url for QueryEscrowRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryEscrowResponse. */
            interface IQueryEscrowResponse {

                /** QueryEscrowResponse escrowed */
                escrowed?: (string|null);

                /** QueryEscrowResponse deposited */
                deposited?: (string|null);

                /** QueryEscrowResponse claimed */
                claimed?: (string|null);
            }

            /** Represents a QueryEscrowResponse. */
            class QueryEscrowResponse implements IQueryEscrowResponse {

                /**
                 * Constructs a new QueryEscrowResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IQueryEscrowResponse);

                /** QueryEscrowResponse escrowed. */
                public escrowed: string;

                /** QueryEscrowResponse deposited. */
                public deposited: string;

                /** QueryEscrowResponse claimed. */
                public claimed: string;

                /**
                 * Creates a new QueryEscrowResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEscrowResponse instance
                 */
                public static create(properties?: strata.bridge.v1.IQueryEscrowResponse): strata.bridge.v1.QueryEscrowResponse;

                /**
                 * Encodes the specified QueryEscrowResponse message. Does not implicitly {@link strata.bridge.v1.QueryEscrowResponse.verify|verify} messages.
                 * @param message QueryEscrowResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IQueryEscrowResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEscrowResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryEscrowResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.QueryEscrowResponse;

                /**
                 * Gets the default type url for QueryEscrowResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls Deposit.
                 * @param request QueryDepositRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryDepositResponse
                 */
                public deposit(request: strata.bridge.v1.IQueryDepositRequest, callback: strata.bridge.v1.Query.DepositCallback): void;

                /**
                 * Calls Deposit.
                 * @param request QueryDepositRequest message or plain object
                 * @returns Promise
                 */
                public deposit(request: strata.bridge.v1.IQueryDepositRequest): Promise<strata.bridge.v1.QueryDepositResponse>;

                /**
                 * Calls Deposits.
                 * @param request QueryDepositsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryDepositsResponse
                 */
                public deposits(request: strata.bridge.v1.IQueryDepositsRequest, callback: strata.bridge.v1.Query.DepositsCallback): void;

                /**
                 * Calls Deposits.
                 * @param request QueryDepositsRequest message or plain object
                 * @returns Promise
                 */
                public deposits(request: strata.bridge.v1.IQueryDepositsRequest): Promise<strata.bridge.v1.QueryDepositsResponse>;

                /**
                 * Calls Claim.
                 * @param request QueryClaimRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryClaimResponse
                 */
                public claim(request: strata.bridge.v1.IQueryClaimRequest, callback: strata.bridge.v1.Query.ClaimCallback): void;

                /**
                 * Calls Claim.
                 * @param request QueryClaimRequest message or plain object
                 * @returns Promise
                 */
                public claim(request: strata.bridge.v1.IQueryClaimRequest): Promise<strata.bridge.v1.QueryClaimResponse>;

                /**
                 * Calls Escrow.
                 * @param request QueryEscrowRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryEscrowResponse
                 */
                public escrow(request: strata.bridge.v1.IQueryEscrowRequest, callback: strata.bridge.v1.Query.EscrowCallback): void;

                /**
                 * Calls Escrow.
                 * @param request QueryEscrowRequest message or plain object
                 * @returns Promise
                 */
                public escrow(request: strata.bridge.v1.IQueryEscrowRequest): Promise<strata.bridge.v1.QueryEscrowResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.bridge.v1.Query#deposit}.
                 * @param error Error, if any
                 * @param [response] QueryDepositResponse
                 */
                type DepositCallback = (error: (Error|null), response?: strata.bridge.v1.QueryDepositResponse) => void;

                /**
                 * Callback as used by {@link strata.bridge.v1.Query#deposits}.
                 * @param error Error, if any
                 * @param [response] QueryDepositsResponse
                 */
                type DepositsCallback = (error: (Error|null), response?: strata.bridge.v1.QueryDepositsResponse) => void;

                /**
                 * Callback as used by {@link strata.bridge.v1.Query#claim}.
                 * @param error Error, if any
                 * @param [response] QueryClaimResponse
                 */
                type ClaimCallback = (error: (Error|null), response?: strata.bridge.v1.QueryClaimResponse) => void;

                /**
                 * Callback as used by {@link strata.bridge.v1.Query#escrow}.
                 * @param error Error, if any
                 * @param [response] QueryEscrowResponse
                 */
                type EscrowCallback = (error: (Error|null), response?: strata.bridge.v1.QueryEscrowResponse) => void;
            }

            /** Properties of a GenesisState. */
            interface IGenesisState {

                /** GenesisState deposits */
                deposits?: (strata.bridge.v1.IDeposit[]|null);

                /** GenesisState claims */
                claims?: (strata.bridge.v1.IClaim[]|null);
            }

            /** Represents a GenesisState. */
            class GenesisState implements IGenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.bridge.v1.IGenesisState);

                /** GenesisState deposits. */
                public deposits: strata.bridge.v1.IDeposit[];

                /** GenesisState claims. */
                public claims: strata.bridge.v1.IClaim[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                public static create(properties?: strata.bridge.v1.IGenesisState): strata.bridge.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.bridge.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.bridge.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.bridge.v1.GenesisState;

                /**
                 * Gets the default type url for GenesisState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

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

    /** Namespace l2bridge. */
    namespace l2bridge {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a Params. */
            interface IParams {

                /** Params relayers */
                relayers?: (string[]|null);

                /** Params denom */
                denom?: (string|null);

                /** Params parentChainId */
                parentChainId?: (string|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IParams);

                /** Params relayers. */
                public relayers: string[];

                /** Params denom. */
                public denom: string;

                /** Params parentChainId. */
                public parentChainId: string;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: strata.l2bridge.v1.IParams): strata.l2bridge.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.l2bridge.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a DepositIn. */
            interface IDepositIn {

                /** DepositIn nonce */
                nonce?: (number|null);

                /** DepositIn sender */
                sender?: (string|null);

                /** DepositIn recipient */
                recipient?: (string|null);

                /** DepositIn amount */
                amount?: (string|null);

                /** DepositIn parentHeight */
                parentHeight?: (number|null);

                /** DepositIn denom */
                denom?: (string|null);
            }

            /** Represents a DepositIn. */
            class DepositIn implements IDepositIn {

                /**
                 * Constructs a new DepositIn.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IDepositIn);

                /** DepositIn nonce. */
                public nonce: number;

                /** DepositIn sender. */
                public sender: string;

                /** DepositIn recipient. */
                public recipient: string;

                /** DepositIn amount. */
                public amount: string;

                /** DepositIn parentHeight. */
                public parentHeight: number;

                /** DepositIn denom. */
                public denom: string;

                /**
                 * Creates a new DepositIn instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DepositIn instance
                 */
                public static create(properties?: strata.l2bridge.v1.IDepositIn): strata.l2bridge.v1.DepositIn;

                /**
                 * Encodes the specified DepositIn message. Does not implicitly {@link strata.l2bridge.v1.DepositIn.verify|verify} messages.
                 * @param message DepositIn message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IDepositIn, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DepositIn message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns DepositIn
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.DepositIn;

                /**
                 * Gets the default type url for DepositIn
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MintedDeposit. */
            interface IMintedDeposit {

                /** MintedDeposit nonce */
                nonce?: (number|null);

                /** MintedDeposit sender */
                sender?: (string|null);

                /** MintedDeposit recipient */
                recipient?: (string|null);

                /** MintedDeposit amount */
                amount?: (string|null);

                /** MintedDeposit parentHeight */
                parentHeight?: (number|null);

                /** MintedDeposit mintedHeight */
                mintedHeight?: (number|null);
            }

            /** Represents a MintedDeposit. */
            class MintedDeposit implements IMintedDeposit {

                /**
                 * Constructs a new MintedDeposit.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IMintedDeposit);

                /** MintedDeposit nonce. */
                public nonce: number;

                /** MintedDeposit sender. */
                public sender: string;

                /** MintedDeposit recipient. */
                public recipient: string;

                /** MintedDeposit amount. */
                public amount: string;

                /** MintedDeposit parentHeight. */
                public parentHeight: number;

                /** MintedDeposit mintedHeight. */
                public mintedHeight: number;

                /**
                 * Creates a new MintedDeposit instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MintedDeposit instance
                 */
                public static create(properties?: strata.l2bridge.v1.IMintedDeposit): strata.l2bridge.v1.MintedDeposit;

                /**
                 * Encodes the specified MintedDeposit message. Does not implicitly {@link strata.l2bridge.v1.MintedDeposit.verify|verify} messages.
                 * @param message MintedDeposit message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IMintedDeposit, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MintedDeposit message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MintedDeposit
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.MintedDeposit;

                /**
                 * Gets the default type url for MintedDeposit
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Withdrawal. */
            interface IWithdrawal {

                /** Withdrawal index */
                index?: (number|null);

                /** Withdrawal sender */
                sender?: (string|null);

                /** Withdrawal recipient */
                recipient?: (string|null);

                /** Withdrawal denom */
                denom?: (string|null);

                /** Withdrawal amount */
                amount?: (string|null);

                /** Withdrawal childHeight */
                childHeight?: (number|null);
            }

            /** Represents a Withdrawal. */
            class Withdrawal implements IWithdrawal {

                /**
                 * Constructs a new Withdrawal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IWithdrawal);

                /** Withdrawal index. */
                public index: number;

                /** Withdrawal sender. */
                public sender: string;

                /** Withdrawal recipient. */
                public recipient: string;

                /** Withdrawal denom. */
                public denom: string;

                /** Withdrawal amount. */
                public amount: string;

                /** Withdrawal childHeight. */
                public childHeight: number;

                /**
                 * Creates a new Withdrawal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Withdrawal instance
                 */
                public static create(properties?: strata.l2bridge.v1.IWithdrawal): strata.l2bridge.v1.Withdrawal;

                /**
                 * Encodes the specified Withdrawal message. Does not implicitly {@link strata.l2bridge.v1.Withdrawal.verify|verify} messages.
                 * @param message Withdrawal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IWithdrawal, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Withdrawal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Withdrawal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.Withdrawal;

                /**
                 * Gets the default type url for Withdrawal
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BridgeState. */
            interface IBridgeState {

                /** BridgeState withdrawalRoot */
                withdrawalRoot?: (Uint8Array|null);

                /** BridgeState withdrawalCount */
                withdrawalCount?: (number|null);

                /** BridgeState depositCursor */
                depositCursor?: (number|null);

                /** BridgeState depositAccumulator */
                depositAccumulator?: (Uint8Array|null);

                /** BridgeState totalMinted */
                totalMinted?: (string|null);

                /** BridgeState totalBurned */
                totalBurned?: (string|null);
            }

            /** Represents a BridgeState. */
            class BridgeState implements IBridgeState {

                /**
                 * Constructs a new BridgeState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IBridgeState);

                /** BridgeState withdrawalRoot. */
                public withdrawalRoot: Uint8Array;

                /** BridgeState withdrawalCount. */
                public withdrawalCount: number;

                /** BridgeState depositCursor. */
                public depositCursor: number;

                /** BridgeState depositAccumulator. */
                public depositAccumulator: Uint8Array;

                /** BridgeState totalMinted. */
                public totalMinted: string;

                /** BridgeState totalBurned. */
                public totalBurned: string;

                /**
                 * Creates a new BridgeState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BridgeState instance
                 */
                public static create(properties?: strata.l2bridge.v1.IBridgeState): strata.l2bridge.v1.BridgeState;

                /**
                 * Encodes the specified BridgeState message. Does not implicitly {@link strata.l2bridge.v1.BridgeState.verify|verify} messages.
                 * @param message BridgeState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IBridgeState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BridgeState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BridgeState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.BridgeState;

                /**
                 * Gets the default type url for BridgeState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgMintDeposits. */
            interface IMsgMintDeposits {

                /** MsgMintDeposits relayer */
                relayer?: (string|null);

                /** MsgMintDeposits deposits */
                deposits?: (strata.l2bridge.v1.IDepositIn[]|null);
            }

            /** Represents a MsgMintDeposits. */
            class MsgMintDeposits implements IMsgMintDeposits {

                /**
                 * Constructs a new MsgMintDeposits.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IMsgMintDeposits);

                /** MsgMintDeposits relayer. */
                public relayer: string;

                /** MsgMintDeposits deposits. */
                public deposits: strata.l2bridge.v1.IDepositIn[];

                /**
                 * Creates a new MsgMintDeposits instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgMintDeposits instance
                 */
                public static create(properties?: strata.l2bridge.v1.IMsgMintDeposits): strata.l2bridge.v1.MsgMintDeposits;

                /**
                 * Encodes the specified MsgMintDeposits message. Does not implicitly {@link strata.l2bridge.v1.MsgMintDeposits.verify|verify} messages.
                 * @param message MsgMintDeposits message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IMsgMintDeposits, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgMintDeposits message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgMintDeposits
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.MsgMintDeposits;

                /**
                 * Gets the default type url for MsgMintDeposits
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgMintDepositsResponse. */
            interface IMsgMintDepositsResponse {

                /** MsgMintDepositsResponse depositCursor */
                depositCursor?: (number|null);
            }

            /** Represents a MsgMintDepositsResponse. */
            class MsgMintDepositsResponse implements IMsgMintDepositsResponse {

                /**
                 * Constructs a new MsgMintDepositsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IMsgMintDepositsResponse);

                /** MsgMintDepositsResponse depositCursor. */
                public depositCursor: number;

                /**
                 * Creates a new MsgMintDepositsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgMintDepositsResponse instance
                 */
                public static create(properties?: strata.l2bridge.v1.IMsgMintDepositsResponse): strata.l2bridge.v1.MsgMintDepositsResponse;

                /**
                 * Encodes the specified MsgMintDepositsResponse message. Does not implicitly {@link strata.l2bridge.v1.MsgMintDepositsResponse.verify|verify} messages.
                 * @param message MsgMintDepositsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IMsgMintDepositsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgMintDepositsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgMintDepositsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.MsgMintDepositsResponse;

                /**
                 * Gets the default type url for MsgMintDepositsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgWithdraw. */
            interface IMsgWithdraw {

                /** MsgWithdraw sender */
                sender?: (string|null);

                /** MsgWithdraw recipient */
                recipient?: (string|null);

                /** MsgWithdraw amount */
                amount?: (string|null);
            }

            /** Represents a MsgWithdraw. */
            class MsgWithdraw implements IMsgWithdraw {

                /**
                 * Constructs a new MsgWithdraw.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IMsgWithdraw);

                /** MsgWithdraw sender. */
                public sender: string;

                /** MsgWithdraw recipient. */
                public recipient: string;

                /** MsgWithdraw amount. */
                public amount: string;

                /**
                 * Creates a new MsgWithdraw instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgWithdraw instance
                 */
                public static create(properties?: strata.l2bridge.v1.IMsgWithdraw): strata.l2bridge.v1.MsgWithdraw;

                /**
                 * Encodes the specified MsgWithdraw message. Does not implicitly {@link strata.l2bridge.v1.MsgWithdraw.verify|verify} messages.
                 * @param message MsgWithdraw message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IMsgWithdraw, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgWithdraw message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgWithdraw
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.MsgWithdraw;

                /**
                 * Gets the default type url for MsgWithdraw
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgWithdrawResponse. */
            interface IMsgWithdrawResponse {

                /** MsgWithdrawResponse index */
                index?: (number|null);
            }

            /** Represents a MsgWithdrawResponse. */
            class MsgWithdrawResponse implements IMsgWithdrawResponse {

                /**
                 * Constructs a new MsgWithdrawResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IMsgWithdrawResponse);

                /** MsgWithdrawResponse index. */
                public index: number;

                /**
                 * Creates a new MsgWithdrawResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgWithdrawResponse instance
                 */
                public static create(properties?: strata.l2bridge.v1.IMsgWithdrawResponse): strata.l2bridge.v1.MsgWithdrawResponse;

                /**
                 * Encodes the specified MsgWithdrawResponse message. Does not implicitly {@link strata.l2bridge.v1.MsgWithdrawResponse.verify|verify} messages.
                 * @param message MsgWithdrawResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IMsgWithdrawResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgWithdrawResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgWithdrawResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.MsgWithdrawResponse;

                /**
                 * Gets the default type url for MsgWithdrawResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /**
                 * Calls MintDeposits.
                 * @param request MsgMintDeposits message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgMintDepositsResponse
                 */
                public mintDeposits(request: strata.l2bridge.v1.IMsgMintDeposits, callback: strata.l2bridge.v1.Msg.MintDepositsCallback): void;

                /**
                 * Calls MintDeposits.
                 * @param request MsgMintDeposits message or plain object
                 * @returns Promise
                 */
                public mintDeposits(request: strata.l2bridge.v1.IMsgMintDeposits): Promise<strata.l2bridge.v1.MsgMintDepositsResponse>;

                /**
                 * Calls Withdraw.
                 * @param request MsgWithdraw message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgWithdrawResponse
                 */
                public withdraw(request: strata.l2bridge.v1.IMsgWithdraw, callback: strata.l2bridge.v1.Msg.WithdrawCallback): void;

                /**
                 * Calls Withdraw.
                 * @param request MsgWithdraw message or plain object
                 * @returns Promise
                 */
                public withdraw(request: strata.l2bridge.v1.IMsgWithdraw): Promise<strata.l2bridge.v1.MsgWithdrawResponse>;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link strata.l2bridge.v1.Msg#mintDeposits}.
                 * @param error Error, if any
                 * @param [response] MsgMintDepositsResponse
                 */
                type MintDepositsCallback = (error: (Error|null), response?: strata.l2bridge.v1.MsgMintDepositsResponse) => void;

                /**
                 * Callback as used by {@link strata.l2bridge.v1.Msg#withdraw}.
                 * @param error Error, if any
                 * @param [response] MsgWithdrawResponse
                 */
                type WithdrawCallback = (error: (Error|null), response?: strata.l2bridge.v1.MsgWithdrawResponse) => void;
            }

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryParamsRequest): strata.l2bridge.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.l2bridge.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (strata.l2bridge.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (strata.l2bridge.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryParamsResponse): strata.l2bridge.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.l2bridge.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryStateRequest. */
            interface IQueryStateRequest {
            }

            /** Represents a QueryStateRequest. */
            class QueryStateRequest implements IQueryStateRequest {

                /**
                 * Constructs a new QueryStateRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryStateRequest);

                /**
                 * Creates a new QueryStateRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryStateRequest instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryStateRequest): strata.l2bridge.v1.QueryStateRequest;

                /**
                 * Encodes the specified QueryStateRequest message. Does not implicitly {@link strata.l2bridge.v1.QueryStateRequest.verify|verify} messages.
                 * @param message QueryStateRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryStateRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryStateRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryStateRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryStateRequest;

                /**
                 * Gets the default type url for QueryStateRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryStateResponse. */
            interface IQueryStateResponse {

                /** QueryStateResponse state */
                state?: (strata.l2bridge.v1.IBridgeState|null);
            }

            /** Represents a QueryStateResponse. */
            class QueryStateResponse implements IQueryStateResponse {

                /**
                 * Constructs a new QueryStateResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryStateResponse);

                /** QueryStateResponse state. */
                public state?: (strata.l2bridge.v1.IBridgeState|null);

                /**
                 * Creates a new QueryStateResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryStateResponse instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryStateResponse): strata.l2bridge.v1.QueryStateResponse;

                /**
                 * Encodes the specified QueryStateResponse message. Does not implicitly {@link strata.l2bridge.v1.QueryStateResponse.verify|verify} messages.
                 * @param message QueryStateResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryStateResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryStateResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryStateResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryStateResponse;

                /**
                 * Gets the default type url for QueryStateResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMintedRequest. */
            interface IQueryMintedRequest {

                /** QueryMintedRequest nonce */
                nonce?: (number|null);
            }

            /** Represents a QueryMintedRequest. */
            class QueryMintedRequest implements IQueryMintedRequest {

                /**
                 * Constructs a new QueryMintedRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryMintedRequest);

                /** QueryMintedRequest nonce. */
                public nonce: number;

                /**
                 * Creates a new QueryMintedRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMintedRequest instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryMintedRequest): strata.l2bridge.v1.QueryMintedRequest;

                /**
                 * Encodes the specified QueryMintedRequest message. Does not implicitly {@link strata.l2bridge.v1.QueryMintedRequest.verify|verify} messages.
                 * @param message QueryMintedRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryMintedRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMintedRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryMintedRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryMintedRequest;

                /**
                 * Gets the default type url for QueryMintedRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMintedResponse. */
            interface IQueryMintedResponse {

                /** QueryMintedResponse deposit */
                deposit?: (strata.l2bridge.v1.IMintedDeposit|null);
            }

            /** Represents a QueryMintedResponse. */
            class QueryMintedResponse implements IQueryMintedResponse {

                /**
                 * Constructs a new QueryMintedResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryMintedResponse);

                /** QueryMintedResponse deposit. */
                public deposit?: (strata.l2bridge.v1.IMintedDeposit|null);

                /**
                 * Creates a new QueryMintedResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMintedResponse instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryMintedResponse): strata.l2bridge.v1.QueryMintedResponse;

                /**
                 * Encodes the specified QueryMintedResponse message. Does not implicitly {@link strata.l2bridge.v1.QueryMintedResponse.verify|verify} messages.
                 * @param message QueryMintedResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryMintedResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMintedResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryMintedResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryMintedResponse;

                /**
                 * Gets the default type url for QueryMintedResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryWithdrawalRequest. */
            interface IQueryWithdrawalRequest {

                /** QueryWithdrawalRequest index */
                index?: (number|null);
            }

            /** Represents a QueryWithdrawalRequest. */
            class QueryWithdrawalRequest implements IQueryWithdrawalRequest {

                /**
                 * Constructs a new QueryWithdrawalRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryWithdrawalRequest);

                /** QueryWithdrawalRequest index. */
                public index: number;

                /**
                 * Creates a new QueryWithdrawalRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryWithdrawalRequest instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryWithdrawalRequest): strata.l2bridge.v1.QueryWithdrawalRequest;

                /**
                 * Encodes the specified QueryWithdrawalRequest message. Does not implicitly {@link strata.l2bridge.v1.QueryWithdrawalRequest.verify|verify} messages.
                 * @param message QueryWithdrawalRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryWithdrawalRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryWithdrawalRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryWithdrawalRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryWithdrawalRequest;

                /**
                 * Gets the default type url for QueryWithdrawalRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryWithdrawalResponse. */
            interface IQueryWithdrawalResponse {

                /** QueryWithdrawalResponse withdrawal */
                withdrawal?: (strata.l2bridge.v1.IWithdrawal|null);
            }

            /** Represents a QueryWithdrawalResponse. */
            class QueryWithdrawalResponse implements IQueryWithdrawalResponse {

                /**
                 * Constructs a new QueryWithdrawalResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryWithdrawalResponse);

                /** QueryWithdrawalResponse withdrawal. */
                public withdrawal?: (strata.l2bridge.v1.IWithdrawal|null);

                /**
                 * Creates a new QueryWithdrawalResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryWithdrawalResponse instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryWithdrawalResponse): strata.l2bridge.v1.QueryWithdrawalResponse;

                /**
                 * Encodes the specified QueryWithdrawalResponse message. Does not implicitly {@link strata.l2bridge.v1.QueryWithdrawalResponse.verify|verify} messages.
                 * @param message QueryWithdrawalResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryWithdrawalResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryWithdrawalResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryWithdrawalResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryWithdrawalResponse;

                /**
                 * Gets the default type url for QueryWithdrawalResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryWithdrawalsRequest. */
            interface IQueryWithdrawalsRequest {

                /** QueryWithdrawalsRequest address */
                address?: (string|null);

                /** QueryWithdrawalsRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryWithdrawalsRequest. */
            class QueryWithdrawalsRequest implements IQueryWithdrawalsRequest {

                /**
                 * Constructs a new QueryWithdrawalsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryWithdrawalsRequest);

                /** QueryWithdrawalsRequest address. */
                public address: string;

                /** QueryWithdrawalsRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryWithdrawalsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryWithdrawalsRequest instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryWithdrawalsRequest): strata.l2bridge.v1.QueryWithdrawalsRequest;

                /**
                 * Encodes the specified QueryWithdrawalsRequest message. Does not implicitly {@link strata.l2bridge.v1.QueryWithdrawalsRequest.verify|verify} messages.
                 * @param message QueryWithdrawalsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryWithdrawalsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryWithdrawalsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryWithdrawalsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryWithdrawalsRequest;

                /**
                 * Gets the default type url for QueryWithdrawalsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryWithdrawalsResponse. */
            interface IQueryWithdrawalsResponse {

                /** QueryWithdrawalsResponse withdrawals */
                withdrawals?: (strata.l2bridge.v1.IWithdrawal[]|null);

                /** QueryWithdrawalsResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryWithdrawalsResponse. */
            class QueryWithdrawalsResponse implements IQueryWithdrawalsResponse {

                /**
                 * Constructs a new QueryWithdrawalsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryWithdrawalsResponse);

                /** QueryWithdrawalsResponse withdrawals. */
                public withdrawals: strata.l2bridge.v1.IWithdrawal[];

                /** QueryWithdrawalsResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryWithdrawalsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryWithdrawalsResponse instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryWithdrawalsResponse): strata.l2bridge.v1.QueryWithdrawalsResponse;

                /**
                 * Encodes the specified QueryWithdrawalsResponse message. Does not implicitly {@link strata.l2bridge.v1.QueryWithdrawalsResponse.verify|verify} messages.
                 * @param message QueryWithdrawalsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryWithdrawalsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryWithdrawalsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryWithdrawalsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryWithdrawalsResponse;

                /**
                 * Gets the default type url for QueryWithdrawalsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryWithdrawalProofRequest. */
            interface IQueryWithdrawalProofRequest {

                /** QueryWithdrawalProofRequest index */
                index?: (number|null);

                /** QueryWithdrawalProofRequest count */
                count?: (number|null);
            }

            /** Represents a QueryWithdrawalProofRequest. */
            class QueryWithdrawalProofRequest implements IQueryWithdrawalProofRequest {

                /**
                 * Constructs a new QueryWithdrawalProofRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryWithdrawalProofRequest);

                /** QueryWithdrawalProofRequest index. */
                public index: number;

                /** QueryWithdrawalProofRequest count. */
                public count: number;

                /**
                 * Creates a new QueryWithdrawalProofRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryWithdrawalProofRequest instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryWithdrawalProofRequest): strata.l2bridge.v1.QueryWithdrawalProofRequest;

                /**
                 * Encodes the specified QueryWithdrawalProofRequest message. Does not implicitly {@link strata.l2bridge.v1.QueryWithdrawalProofRequest.verify|verify} messages.
                 * @param message QueryWithdrawalProofRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryWithdrawalProofRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryWithdrawalProofRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryWithdrawalProofRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryWithdrawalProofRequest;

                /**
                 * Gets the default type url for QueryWithdrawalProofRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryWithdrawalProofResponse. */
            interface IQueryWithdrawalProofResponse {

                /** QueryWithdrawalProofResponse withdrawal */
                withdrawal?: (strata.l2bridge.v1.IWithdrawal|null);

                /** QueryWithdrawalProofResponse proof */
                proof?: (Uint8Array[]|null);

                /** QueryWithdrawalProofResponse root */
                root?: (Uint8Array|null);
            }

            /** Represents a QueryWithdrawalProofResponse. */
            class QueryWithdrawalProofResponse implements IQueryWithdrawalProofResponse {

                /**
                 * Constructs a new QueryWithdrawalProofResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IQueryWithdrawalProofResponse);

                /** QueryWithdrawalProofResponse withdrawal. */
                public withdrawal?: (strata.l2bridge.v1.IWithdrawal|null);

                /** QueryWithdrawalProofResponse proof. */
                public proof: Uint8Array[];

                /** QueryWithdrawalProofResponse root. */
                public root: Uint8Array;

                /**
                 * Creates a new QueryWithdrawalProofResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryWithdrawalProofResponse instance
                 */
                public static create(properties?: strata.l2bridge.v1.IQueryWithdrawalProofResponse): strata.l2bridge.v1.QueryWithdrawalProofResponse;

                /**
                 * Encodes the specified QueryWithdrawalProofResponse message. Does not implicitly {@link strata.l2bridge.v1.QueryWithdrawalProofResponse.verify|verify} messages.
                 * @param message QueryWithdrawalProofResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IQueryWithdrawalProofResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryWithdrawalProofResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryWithdrawalProofResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.QueryWithdrawalProofResponse;

                /**
                 * Gets the default type url for QueryWithdrawalProofResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryParamsResponse
                 */
                public params(request: strata.l2bridge.v1.IQueryParamsRequest, callback: strata.l2bridge.v1.Query.ParamsCallback): void;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @returns Promise
                 */
                public params(request: strata.l2bridge.v1.IQueryParamsRequest): Promise<strata.l2bridge.v1.QueryParamsResponse>;

                /**
                 * Calls State.
                 * @param request QueryStateRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryStateResponse
                 */
                public state(request: strata.l2bridge.v1.IQueryStateRequest, callback: strata.l2bridge.v1.Query.StateCallback): void;

                /**
                 * Calls State.
                 * @param request QueryStateRequest message or plain object
                 * @returns Promise
                 */
                public state(request: strata.l2bridge.v1.IQueryStateRequest): Promise<strata.l2bridge.v1.QueryStateResponse>;

                /**
                 * Calls Minted.
                 * @param request QueryMintedRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryMintedResponse
                 */
                public minted(request: strata.l2bridge.v1.IQueryMintedRequest, callback: strata.l2bridge.v1.Query.MintedCallback): void;

                /**
                 * Calls Minted.
                 * @param request QueryMintedRequest message or plain object
                 * @returns Promise
                 */
                public minted(request: strata.l2bridge.v1.IQueryMintedRequest): Promise<strata.l2bridge.v1.QueryMintedResponse>;

                /**
                 * Calls Withdrawal.
                 * @param request QueryWithdrawalRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryWithdrawalResponse
                 */
                public withdrawal(request: strata.l2bridge.v1.IQueryWithdrawalRequest, callback: strata.l2bridge.v1.Query.WithdrawalCallback): void;

                /**
                 * Calls Withdrawal.
                 * @param request QueryWithdrawalRequest message or plain object
                 * @returns Promise
                 */
                public withdrawal(request: strata.l2bridge.v1.IQueryWithdrawalRequest): Promise<strata.l2bridge.v1.QueryWithdrawalResponse>;

                /**
                 * Calls Withdrawals.
                 * @param request QueryWithdrawalsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryWithdrawalsResponse
                 */
                public withdrawals(request: strata.l2bridge.v1.IQueryWithdrawalsRequest, callback: strata.l2bridge.v1.Query.WithdrawalsCallback): void;

                /**
                 * Calls Withdrawals.
                 * @param request QueryWithdrawalsRequest message or plain object
                 * @returns Promise
                 */
                public withdrawals(request: strata.l2bridge.v1.IQueryWithdrawalsRequest): Promise<strata.l2bridge.v1.QueryWithdrawalsResponse>;

                /**
                 * Calls WithdrawalProof.
                 * @param request QueryWithdrawalProofRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryWithdrawalProofResponse
                 */
                public withdrawalProof(request: strata.l2bridge.v1.IQueryWithdrawalProofRequest, callback: strata.l2bridge.v1.Query.WithdrawalProofCallback): void;

                /**
                 * Calls WithdrawalProof.
                 * @param request QueryWithdrawalProofRequest message or plain object
                 * @returns Promise
                 */
                public withdrawalProof(request: strata.l2bridge.v1.IQueryWithdrawalProofRequest): Promise<strata.l2bridge.v1.QueryWithdrawalProofResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.l2bridge.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: strata.l2bridge.v1.QueryParamsResponse) => void;

                /**
                 * Callback as used by {@link strata.l2bridge.v1.Query#state}.
                 * @param error Error, if any
                 * @param [response] QueryStateResponse
                 */
                type StateCallback = (error: (Error|null), response?: strata.l2bridge.v1.QueryStateResponse) => void;

                /**
                 * Callback as used by {@link strata.l2bridge.v1.Query#minted}.
                 * @param error Error, if any
                 * @param [response] QueryMintedResponse
                 */
                type MintedCallback = (error: (Error|null), response?: strata.l2bridge.v1.QueryMintedResponse) => void;

                /**
                 * Callback as used by {@link strata.l2bridge.v1.Query#withdrawal}.
                 * @param error Error, if any
                 * @param [response] QueryWithdrawalResponse
                 */
                type WithdrawalCallback = (error: (Error|null), response?: strata.l2bridge.v1.QueryWithdrawalResponse) => void;

                /**
                 * Callback as used by {@link strata.l2bridge.v1.Query#withdrawals}.
                 * @param error Error, if any
                 * @param [response] QueryWithdrawalsResponse
                 */
                type WithdrawalsCallback = (error: (Error|null), response?: strata.l2bridge.v1.QueryWithdrawalsResponse) => void;

                /**
                 * Callback as used by {@link strata.l2bridge.v1.Query#withdrawalProof}.
                 * @param error Error, if any
                 * @param [response] QueryWithdrawalProofResponse
                 */
                type WithdrawalProofCallback = (error: (Error|null), response?: strata.l2bridge.v1.QueryWithdrawalProofResponse) => void;
            }

            /** Properties of a GenesisState. */
            interface IGenesisState {

                /** GenesisState params */
                params?: (strata.l2bridge.v1.IParams|null);

                /** GenesisState minted */
                minted?: (strata.l2bridge.v1.IMintedDeposit[]|null);

                /** GenesisState withdrawals */
                withdrawals?: (strata.l2bridge.v1.IWithdrawal[]|null);

                /** GenesisState state */
                state?: (strata.l2bridge.v1.IBridgeState|null);
            }

            /** Represents a GenesisState. */
            class GenesisState implements IGenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l2bridge.v1.IGenesisState);

                /** GenesisState params. */
                public params?: (strata.l2bridge.v1.IParams|null);

                /** GenesisState minted. */
                public minted: strata.l2bridge.v1.IMintedDeposit[];

                /** GenesisState withdrawals. */
                public withdrawals: strata.l2bridge.v1.IWithdrawal[];

                /** GenesisState state. */
                public state?: (strata.l2bridge.v1.IBridgeState|null);

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                public static create(properties?: strata.l2bridge.v1.IGenesisState): strata.l2bridge.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.l2bridge.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l2bridge.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l2bridge.v1.GenesisState;

                /**
                 * Gets the default type url for GenesisState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace l3. */
    namespace l3 {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a Sealed. */
            interface ISealed {

                /** Sealed ephemeralPublicKey */
                ephemeralPublicKey?: (Uint8Array|null);

                /** Sealed nonce */
                nonce?: (Uint8Array|null);

                /** Sealed ciphertext */
                ciphertext?: (Uint8Array|null);
            }

            /** Represents a Sealed. */
            class Sealed implements ISealed {

                /**
                 * Constructs a new Sealed.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.ISealed);

                /** Sealed ephemeralPublicKey. */
                public ephemeralPublicKey: Uint8Array;

                /** Sealed nonce. */
                public nonce: Uint8Array;

                /** Sealed ciphertext. */
                public ciphertext: Uint8Array;

                /**
                 * Creates a new Sealed instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Sealed instance
                 */
                public static create(properties?: strata.l3.v1.ISealed): strata.l3.v1.Sealed;

                /**
                 * Encodes the specified Sealed message. Does not implicitly {@link strata.l3.v1.Sealed.verify|verify} messages.
                 * @param message Sealed message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.ISealed, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Sealed message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Sealed
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.Sealed;

                /**
                 * Gets the default type url for Sealed
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an EncryptedRecord. */
            interface IEncryptedRecord {

                /** EncryptedRecord epoch */
                epoch?: (number|null);

                /** EncryptedRecord nonce */
                nonce?: (Uint8Array|null);

                /** EncryptedRecord ciphertext */
                ciphertext?: (Uint8Array|null);
            }

            /** Represents an EncryptedRecord. */
            class EncryptedRecord implements IEncryptedRecord {

                /**
                 * Constructs a new EncryptedRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IEncryptedRecord);

                /** EncryptedRecord epoch. */
                public epoch: number;

                /** EncryptedRecord nonce. */
                public nonce: Uint8Array;

                /** EncryptedRecord ciphertext. */
                public ciphertext: Uint8Array;

                /**
                 * Creates a new EncryptedRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EncryptedRecord instance
                 */
                public static create(properties?: strata.l3.v1.IEncryptedRecord): strata.l3.v1.EncryptedRecord;

                /**
                 * Encodes the specified EncryptedRecord message. Does not implicitly {@link strata.l3.v1.EncryptedRecord.verify|verify} messages.
                 * @param message EncryptedRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IEncryptedRecord, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EncryptedRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns EncryptedRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.EncryptedRecord;

                /**
                 * Gets the default type url for EncryptedRecord
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Custodian. */
            interface ICustodian {

                /** Custodian address */
                address?: (string|null);

                /** Custodian x25519PublicKey */
                x25519PublicKey?: (Uint8Array|null);

                /** Custodian name */
                name?: (string|null);

                /** Custodian index */
                index?: (number|null);
            }

            /** Represents a Custodian. */
            class Custodian implements ICustodian {

                /**
                 * Constructs a new Custodian.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.ICustodian);

                /** Custodian address. */
                public address: string;

                /** Custodian x25519PublicKey. */
                public x25519PublicKey: Uint8Array;

                /** Custodian name. */
                public name: string;

                /** Custodian index. */
                public index: number;

                /**
                 * Creates a new Custodian instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Custodian instance
                 */
                public static create(properties?: strata.l3.v1.ICustodian): strata.l3.v1.Custodian;

                /**
                 * Encodes the specified Custodian message. Does not implicitly {@link strata.l3.v1.Custodian.verify|verify} messages.
                 * @param message Custodian message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.ICustodian, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Custodian message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Custodian
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.Custodian;

                /**
                 * Gets the default type url for Custodian
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a WrappedKey. */
            interface IWrappedKey {

                /** WrappedKey recipient */
                recipient?: (string|null);

                /** WrappedKey sealed */
                sealed?: (strata.l3.v1.ISealed|null);
            }

            /** Represents a WrappedKey. */
            class WrappedKey implements IWrappedKey {

                /**
                 * Constructs a new WrappedKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IWrappedKey);

                /** WrappedKey recipient. */
                public recipient: string;

                /** WrappedKey sealed. */
                public sealed?: (strata.l3.v1.ISealed|null);

                /**
                 * Creates a new WrappedKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WrappedKey instance
                 */
                public static create(properties?: strata.l3.v1.IWrappedKey): strata.l3.v1.WrappedKey;

                /**
                 * Encodes the specified WrappedKey message. Does not implicitly {@link strata.l3.v1.WrappedKey.verify|verify} messages.
                 * @param message WrappedKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IWrappedKey, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WrappedKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns WrappedKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.WrappedKey;

                /**
                 * Gets the default type url for WrappedKey
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an EncryptedShare. */
            interface IEncryptedShare {

                /** EncryptedShare custodian */
                custodian?: (string|null);

                /** EncryptedShare sealed */
                sealed?: (strata.l3.v1.ISealed|null);
            }

            /** Represents an EncryptedShare. */
            class EncryptedShare implements IEncryptedShare {

                /**
                 * Constructs a new EncryptedShare.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IEncryptedShare);

                /** EncryptedShare custodian. */
                public custodian: string;

                /** EncryptedShare sealed. */
                public sealed?: (strata.l3.v1.ISealed|null);

                /**
                 * Creates a new EncryptedShare instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EncryptedShare instance
                 */
                public static create(properties?: strata.l3.v1.IEncryptedShare): strata.l3.v1.EncryptedShare;

                /**
                 * Encodes the specified EncryptedShare message. Does not implicitly {@link strata.l3.v1.EncryptedShare.verify|verify} messages.
                 * @param message EncryptedShare message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IEncryptedShare, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EncryptedShare message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns EncryptedShare
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.EncryptedShare;

                /**
                 * Gets the default type url for EncryptedShare
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an EpochRotation. */
            interface IEpochRotation {

                /** EpochRotation keyId */
                keyId?: (Uint8Array|null);

                /** EpochRotation wraps */
                wraps?: (strata.l3.v1.IWrappedKey[]|null);

                /** EpochRotation shares */
                shares?: (strata.l3.v1.IEncryptedShare[]|null);

                /** EpochRotation epoch */
                epoch?: (number|null);
            }

            /** Represents an EpochRotation. */
            class EpochRotation implements IEpochRotation {

                /**
                 * Constructs a new EpochRotation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IEpochRotation);

                /** EpochRotation keyId. */
                public keyId: Uint8Array;

                /** EpochRotation wraps. */
                public wraps: strata.l3.v1.IWrappedKey[];

                /** EpochRotation shares. */
                public shares: strata.l3.v1.IEncryptedShare[];

                /** EpochRotation epoch. */
                public epoch: number;

                /**
                 * Creates a new EpochRotation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns EpochRotation instance
                 */
                public static create(properties?: strata.l3.v1.IEpochRotation): strata.l3.v1.EpochRotation;

                /**
                 * Encodes the specified EpochRotation message. Does not implicitly {@link strata.l3.v1.EpochRotation.verify|verify} messages.
                 * @param message EpochRotation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IEpochRotation, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an EpochRotation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns EpochRotation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.EpochRotation;

                /**
                 * Gets the default type url for EpochRotation
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an Epoch. */
            interface IEpoch {

                /** Epoch number */
                number?: (number|null);

                /** Epoch keyId */
                keyId?: (Uint8Array|null);

                /** Epoch startHeight */
                startHeight?: (number|null);

                /** Epoch threshold */
                threshold?: (number|null);

                /** Epoch wraps */
                wraps?: (strata.l3.v1.IWrappedKey[]|null);

                /** Epoch shares */
                shares?: (strata.l3.v1.IEncryptedShare[]|null);

                /** Epoch reason */
                reason?: (string|null);
            }

            /** Represents an Epoch. */
            class Epoch implements IEpoch {

                /**
                 * Constructs a new Epoch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IEpoch);

                /** Epoch number. */
                public number: number;

                /** Epoch keyId. */
                public keyId: Uint8Array;

                /** Epoch startHeight. */
                public startHeight: number;

                /** Epoch threshold. */
                public threshold: number;

                /** Epoch wraps. */
                public wraps: strata.l3.v1.IWrappedKey[];

                /** Epoch shares. */
                public shares: strata.l3.v1.IEncryptedShare[];

                /** Epoch reason. */
                public reason: string;

                /**
                 * Creates a new Epoch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Epoch instance
                 */
                public static create(properties?: strata.l3.v1.IEpoch): strata.l3.v1.Epoch;

                /**
                 * Encodes the specified Epoch message. Does not implicitly {@link strata.l3.v1.Epoch.verify|verify} messages.
                 * @param message Epoch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IEpoch, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Epoch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Epoch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.Epoch;

                /**
                 * Gets the default type url for Epoch
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a KeysParams. */
            interface IKeysParams {

                /** KeysParams threshold */
                threshold?: (number|null);
            }

            /** Represents a KeysParams. */
            class KeysParams implements IKeysParams {

                /**
                 * Constructs a new KeysParams.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IKeysParams);

                /** KeysParams threshold. */
                public threshold: number;

                /**
                 * Creates a new KeysParams instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns KeysParams instance
                 */
                public static create(properties?: strata.l3.v1.IKeysParams): strata.l3.v1.KeysParams;

                /**
                 * Encodes the specified KeysParams message. Does not implicitly {@link strata.l3.v1.KeysParams.verify|verify} messages.
                 * @param message KeysParams message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IKeysParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a KeysParams message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns KeysParams
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.KeysParams;

                /**
                 * Gets the default type url for KeysParams
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** RewrapStatus enum. */
            enum RewrapStatus {
                REWRAP_STATUS_UNSPECIFIED = 0,
                REWRAP_STATUS_PENDING = 1,
                REWRAP_STATUS_FULFILLED = 2,
                REWRAP_STATUS_CANCELLED = 3
            }

            /** Properties of a RewrapRequest. */
            interface IRewrapRequest {

                /** RewrapRequest id */
                id?: (number|null);

                /** RewrapRequest epoch */
                epoch?: (number|null);

                /** RewrapRequest recipient */
                recipient?: (string|null);

                /** RewrapRequest recipientX25519PublicKey */
                recipientX25519PublicKey?: (Uint8Array|null);

                /** RewrapRequest requestedHeight */
                requestedHeight?: (number|null);

                /** RewrapRequest shares */
                shares?: (strata.l3.v1.IEncryptedShare[]|null);

                /** RewrapRequest status */
                status?: (strata.l3.v1.RewrapStatus|null);

                /** RewrapRequest fulfilledHeight */
                fulfilledHeight?: (number|null);
            }

            /** Represents a RewrapRequest. */
            class RewrapRequest implements IRewrapRequest {

                /**
                 * Constructs a new RewrapRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IRewrapRequest);

                /** RewrapRequest id. */
                public id: number;

                /** RewrapRequest epoch. */
                public epoch: number;

                /** RewrapRequest recipient. */
                public recipient: string;

                /** RewrapRequest recipientX25519PublicKey. */
                public recipientX25519PublicKey: Uint8Array;

                /** RewrapRequest requestedHeight. */
                public requestedHeight: number;

                /** RewrapRequest shares. */
                public shares: strata.l3.v1.IEncryptedShare[];

                /** RewrapRequest status. */
                public status: strata.l3.v1.RewrapStatus;

                /** RewrapRequest fulfilledHeight. */
                public fulfilledHeight: number;

                /**
                 * Creates a new RewrapRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RewrapRequest instance
                 */
                public static create(properties?: strata.l3.v1.IRewrapRequest): strata.l3.v1.RewrapRequest;

                /**
                 * Encodes the specified RewrapRequest message. Does not implicitly {@link strata.l3.v1.RewrapRequest.verify|verify} messages.
                 * @param message RewrapRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IRewrapRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RewrapRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RewrapRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.RewrapRequest;

                /**
                 * Gets the default type url for RewrapRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitRewrapShare. */
            interface IMsgSubmitRewrapShare {

                /** MsgSubmitRewrapShare custodian */
                custodian?: (string|null);

                /** MsgSubmitRewrapShare requestId */
                requestId?: (number|null);

                /** MsgSubmitRewrapShare sealed */
                sealed?: (strata.l3.v1.ISealed|null);
            }

            /** Represents a MsgSubmitRewrapShare. */
            class MsgSubmitRewrapShare implements IMsgSubmitRewrapShare {

                /**
                 * Constructs a new MsgSubmitRewrapShare.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgSubmitRewrapShare);

                /** MsgSubmitRewrapShare custodian. */
                public custodian: string;

                /** MsgSubmitRewrapShare requestId. */
                public requestId: number;

                /** MsgSubmitRewrapShare sealed. */
                public sealed?: (strata.l3.v1.ISealed|null);

                /**
                 * Creates a new MsgSubmitRewrapShare instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitRewrapShare instance
                 */
                public static create(properties?: strata.l3.v1.IMsgSubmitRewrapShare): strata.l3.v1.MsgSubmitRewrapShare;

                /**
                 * Encodes the specified MsgSubmitRewrapShare message. Does not implicitly {@link strata.l3.v1.MsgSubmitRewrapShare.verify|verify} messages.
                 * @param message MsgSubmitRewrapShare message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgSubmitRewrapShare, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitRewrapShare message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitRewrapShare
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgSubmitRewrapShare;

                /**
                 * Gets the default type url for MsgSubmitRewrapShare
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitRewrapShareResponse. */
            interface IMsgSubmitRewrapShareResponse {

                /** MsgSubmitRewrapShareResponse fulfilled */
                fulfilled?: (boolean|null);
            }

            /** Represents a MsgSubmitRewrapShareResponse. */
            class MsgSubmitRewrapShareResponse implements IMsgSubmitRewrapShareResponse {

                /**
                 * Constructs a new MsgSubmitRewrapShareResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgSubmitRewrapShareResponse);

                /** MsgSubmitRewrapShareResponse fulfilled. */
                public fulfilled: boolean;

                /**
                 * Creates a new MsgSubmitRewrapShareResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitRewrapShareResponse instance
                 */
                public static create(properties?: strata.l3.v1.IMsgSubmitRewrapShareResponse): strata.l3.v1.MsgSubmitRewrapShareResponse;

                /**
                 * Encodes the specified MsgSubmitRewrapShareResponse message. Does not implicitly {@link strata.l3.v1.MsgSubmitRewrapShareResponse.verify|verify} messages.
                 * @param message MsgSubmitRewrapShareResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgSubmitRewrapShareResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitRewrapShareResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitRewrapShareResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgSubmitRewrapShareResponse;

                /**
                 * Gets the default type url for MsgSubmitRewrapShareResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Role enum. */
            enum Role {
                ROLE_UNSPECIFIED = 0,
                ROLE_ADMIN = 1,
                ROLE_MEMBER = 2,
                ROLE_ROUTER = 3
            }

            /** Properties of a Member. */
            interface IMember {

                /** Member address */
                address?: (string|null);

                /** Member role */
                role?: (strata.l3.v1.Role|null);

                /** Member x25519PublicKey */
                x25519PublicKey?: (Uint8Array|null);

                /** Member name */
                name?: (string|null);

                /** Member addedHeight */
                addedHeight?: (number|null);

                /** Member addedEpoch */
                addedEpoch?: (number|null);
            }

            /** Represents a Member. */
            class Member implements IMember {

                /**
                 * Constructs a new Member.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMember);

                /** Member address. */
                public address: string;

                /** Member role. */
                public role: strata.l3.v1.Role;

                /** Member x25519PublicKey. */
                public x25519PublicKey: Uint8Array;

                /** Member name. */
                public name: string;

                /** Member addedHeight. */
                public addedHeight: number;

                /** Member addedEpoch. */
                public addedEpoch: number;

                /**
                 * Creates a new Member instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Member instance
                 */
                public static create(properties?: strata.l3.v1.IMember): strata.l3.v1.Member;

                /**
                 * Encodes the specified Member message. Does not implicitly {@link strata.l3.v1.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMember, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.Member;

                /**
                 * Gets the default type url for Member
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params adminThreshold */
                adminThreshold?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IParams);

                /** Params adminThreshold. */
                public adminThreshold: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: strata.l3.v1.IParams): strata.l3.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.l3.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AddMember. */
            interface IAddMember {

                /** AddMember address */
                address?: (string|null);

                /** AddMember role */
                role?: (strata.l3.v1.Role|null);

                /** AddMember x25519PublicKey */
                x25519PublicKey?: (Uint8Array|null);

                /** AddMember name */
                name?: (string|null);
            }

            /** Represents an AddMember. */
            class AddMember implements IAddMember {

                /**
                 * Constructs a new AddMember.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IAddMember);

                /** AddMember address. */
                public address: string;

                /** AddMember role. */
                public role: strata.l3.v1.Role;

                /** AddMember x25519PublicKey. */
                public x25519PublicKey: Uint8Array;

                /** AddMember name. */
                public name: string;

                /**
                 * Creates a new AddMember instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AddMember instance
                 */
                public static create(properties?: strata.l3.v1.IAddMember): strata.l3.v1.AddMember;

                /**
                 * Encodes the specified AddMember message. Does not implicitly {@link strata.l3.v1.AddMember.verify|verify} messages.
                 * @param message AddMember message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IAddMember, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AddMember message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AddMember
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.AddMember;

                /**
                 * Gets the default type url for AddMember
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of an AllowRouter. */
            interface IAllowRouter {

                /** AllowRouter address */
                address?: (string|null);

                /** AllowRouter x25519PublicKey */
                x25519PublicKey?: (Uint8Array|null);

                /** AllowRouter name */
                name?: (string|null);
            }

            /** Represents an AllowRouter. */
            class AllowRouter implements IAllowRouter {

                /**
                 * Constructs a new AllowRouter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IAllowRouter);

                /** AllowRouter address. */
                public address: string;

                /** AllowRouter x25519PublicKey. */
                public x25519PublicKey: Uint8Array;

                /** AllowRouter name. */
                public name: string;

                /**
                 * Creates a new AllowRouter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AllowRouter instance
                 */
                public static create(properties?: strata.l3.v1.IAllowRouter): strata.l3.v1.AllowRouter;

                /**
                 * Encodes the specified AllowRouter message. Does not implicitly {@link strata.l3.v1.AllowRouter.verify|verify} messages.
                 * @param message AllowRouter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IAllowRouter, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AllowRouter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AllowRouter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.AllowRouter;

                /**
                 * Gets the default type url for AllowRouter
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a RemoveParty. */
            interface IRemoveParty {

                /** RemoveParty address */
                address?: (string|null);

                /** RemoveParty rotation */
                rotation?: (strata.l3.v1.IEpochRotation|null);
            }

            /** Represents a RemoveParty. */
            class RemoveParty implements IRemoveParty {

                /**
                 * Constructs a new RemoveParty.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IRemoveParty);

                /** RemoveParty address. */
                public address: string;

                /** RemoveParty rotation. */
                public rotation?: (strata.l3.v1.IEpochRotation|null);

                /**
                 * Creates a new RemoveParty instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RemoveParty instance
                 */
                public static create(properties?: strata.l3.v1.IRemoveParty): strata.l3.v1.RemoveParty;

                /**
                 * Encodes the specified RemoveParty message. Does not implicitly {@link strata.l3.v1.RemoveParty.verify|verify} messages.
                 * @param message RemoveParty message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IRemoveParty, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RemoveParty message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RemoveParty
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.RemoveParty;

                /**
                 * Gets the default type url for RemoveParty
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a RotateEpoch. */
            interface IRotateEpoch {

                /** RotateEpoch rotation */
                rotation?: (strata.l3.v1.IEpochRotation|null);
            }

            /** Represents a RotateEpoch. */
            class RotateEpoch implements IRotateEpoch {

                /**
                 * Constructs a new RotateEpoch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IRotateEpoch);

                /** RotateEpoch rotation. */
                public rotation?: (strata.l3.v1.IEpochRotation|null);

                /**
                 * Creates a new RotateEpoch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RotateEpoch instance
                 */
                public static create(properties?: strata.l3.v1.IRotateEpoch): strata.l3.v1.RotateEpoch;

                /**
                 * Encodes the specified RotateEpoch message. Does not implicitly {@link strata.l3.v1.RotateEpoch.verify|verify} messages.
                 * @param message RotateEpoch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IRotateEpoch, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RotateEpoch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RotateEpoch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.RotateEpoch;

                /**
                 * Gets the default type url for RotateEpoch
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a SetAdminThreshold. */
            interface ISetAdminThreshold {

                /** SetAdminThreshold adminThreshold */
                adminThreshold?: (number|null);
            }

            /** Represents a SetAdminThreshold. */
            class SetAdminThreshold implements ISetAdminThreshold {

                /**
                 * Constructs a new SetAdminThreshold.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.ISetAdminThreshold);

                /** SetAdminThreshold adminThreshold. */
                public adminThreshold: number;

                /**
                 * Creates a new SetAdminThreshold instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SetAdminThreshold instance
                 */
                public static create(properties?: strata.l3.v1.ISetAdminThreshold): strata.l3.v1.SetAdminThreshold;

                /**
                 * Encodes the specified SetAdminThreshold message. Does not implicitly {@link strata.l3.v1.SetAdminThreshold.verify|verify} messages.
                 * @param message SetAdminThreshold message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.ISetAdminThreshold, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SetAdminThreshold message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns SetAdminThreshold
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.SetAdminThreshold;

                /**
                 * Gets the default type url for SetAdminThreshold
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a RequestRewrap. */
            interface IRequestRewrap {

                /** RequestRewrap address */
                address?: (string|null);

                /** RequestRewrap epoch */
                epoch?: (number|null);
            }

            /** Represents a RequestRewrap. */
            class RequestRewrap implements IRequestRewrap {

                /**
                 * Constructs a new RequestRewrap.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IRequestRewrap);

                /** RequestRewrap address. */
                public address: string;

                /** RequestRewrap epoch. */
                public epoch: number;

                /**
                 * Creates a new RequestRewrap instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RequestRewrap instance
                 */
                public static create(properties?: strata.l3.v1.IRequestRewrap): strata.l3.v1.RequestRewrap;

                /**
                 * Encodes the specified RequestRewrap message. Does not implicitly {@link strata.l3.v1.RequestRewrap.verify|verify} messages.
                 * @param message RequestRewrap message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IRequestRewrap, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RequestRewrap message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns RequestRewrap
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.RequestRewrap;

                /**
                 * Gets the default type url for RequestRewrap
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Change. */
            interface IChange {

                /** Change addMember */
                addMember?: (strata.l3.v1.IAddMember|null);

                /** Change allowRouter */
                allowRouter?: (strata.l3.v1.IAllowRouter|null);

                /** Change remove */
                remove?: (strata.l3.v1.IRemoveParty|null);

                /** Change rotateEpoch */
                rotateEpoch?: (strata.l3.v1.IRotateEpoch|null);

                /** Change setAdminThreshold */
                setAdminThreshold?: (strata.l3.v1.ISetAdminThreshold|null);

                /** Change requestRewrap */
                requestRewrap?: (strata.l3.v1.IRequestRewrap|null);
            }

            /** Represents a Change. */
            class Change implements IChange {

                /**
                 * Constructs a new Change.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IChange);

                /** Change addMember. */
                public addMember?: (strata.l3.v1.IAddMember|null);

                /** Change allowRouter. */
                public allowRouter?: (strata.l3.v1.IAllowRouter|null);

                /** Change remove. */
                public remove?: (strata.l3.v1.IRemoveParty|null);

                /** Change rotateEpoch. */
                public rotateEpoch?: (strata.l3.v1.IRotateEpoch|null);

                /** Change setAdminThreshold. */
                public setAdminThreshold?: (strata.l3.v1.ISetAdminThreshold|null);

                /** Change requestRewrap. */
                public requestRewrap?: (strata.l3.v1.IRequestRewrap|null);

                /** Change kind. */
                public kind?: ("addMember"|"allowRouter"|"remove"|"rotateEpoch"|"setAdminThreshold"|"requestRewrap");

                /**
                 * Creates a new Change instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Change instance
                 */
                public static create(properties?: strata.l3.v1.IChange): strata.l3.v1.Change;

                /**
                 * Encodes the specified Change message. Does not implicitly {@link strata.l3.v1.Change.verify|verify} messages.
                 * @param message Change message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IChange, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Change message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Change
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.Change;

                /**
                 * Gets the default type url for Change
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** ProposalStatus enum. */
            enum ProposalStatus {
                PROPOSAL_STATUS_UNSPECIFIED = 0,
                PROPOSAL_STATUS_PENDING = 1,
                PROPOSAL_STATUS_EXECUTED = 2
            }

            /** Properties of a Proposal. */
            interface IProposal {

                /** Proposal id */
                id?: (number|null);

                /** Proposal proposer */
                proposer?: (string|null);

                /** Proposal change */
                change?: (strata.l3.v1.IChange|null);

                /** Proposal approvals */
                approvals?: (string[]|null);

                /** Proposal status */
                status?: (strata.l3.v1.ProposalStatus|null);

                /** Proposal createdHeight */
                createdHeight?: (number|null);

                /** Proposal executedHeight */
                executedHeight?: (number|null);
            }

            /** Represents a Proposal. */
            class Proposal implements IProposal {

                /**
                 * Constructs a new Proposal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IProposal);

                /** Proposal id. */
                public id: number;

                /** Proposal proposer. */
                public proposer: string;

                /** Proposal change. */
                public change?: (strata.l3.v1.IChange|null);

                /** Proposal approvals. */
                public approvals: string[];

                /** Proposal status. */
                public status: strata.l3.v1.ProposalStatus;

                /** Proposal createdHeight. */
                public createdHeight: number;

                /** Proposal executedHeight. */
                public executedHeight: number;

                /**
                 * Creates a new Proposal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Proposal instance
                 */
                public static create(properties?: strata.l3.v1.IProposal): strata.l3.v1.Proposal;

                /**
                 * Encodes the specified Proposal message. Does not implicitly {@link strata.l3.v1.Proposal.verify|verify} messages.
                 * @param message Proposal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IProposal, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Proposal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Proposal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.Proposal;

                /**
                 * Gets the default type url for Proposal
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** AuditKind enum. */
            enum AuditKind {
                AUDIT_KIND_UNSPECIFIED = 0,
                AUDIT_KIND_GENESIS_PARTY = 1,
                AUDIT_KIND_CHANGE_PROPOSED = 2,
                AUDIT_KIND_CHANGE_APPROVED = 3,
                AUDIT_KIND_MEMBER_ADDED = 4,
                AUDIT_KIND_ROUTER_ALLOWED = 5,
                AUDIT_KIND_PARTY_REMOVED = 6,
                AUDIT_KIND_EPOCH_STARTED = 7,
                AUDIT_KIND_ADMIN_THRESHOLD_SET = 8,
                AUDIT_KIND_REWRAP_REQUESTED = 9,
                AUDIT_KIND_REWRAP_SHARE_SUBMITTED = 10,
                AUDIT_KIND_REWRAP_FULFILLED = 11
            }

            /** Properties of an AuditRecord. */
            interface IAuditRecord {

                /** AuditRecord seq */
                seq?: (number|null);

                /** AuditRecord height */
                height?: (number|null);

                /** AuditRecord kind */
                kind?: (strata.l3.v1.AuditKind|null);

                /** AuditRecord actor */
                actor?: (string|null);

                /** AuditRecord subject */
                subject?: (string|null);

                /** AuditRecord role */
                role?: (strata.l3.v1.Role|null);

                /** AuditRecord epoch */
                epoch?: (number|null);

                /** AuditRecord refId */
                refId?: (number|null);

                /** AuditRecord detail */
                detail?: (string|null);
            }

            /** Represents an AuditRecord. */
            class AuditRecord implements IAuditRecord {

                /**
                 * Constructs a new AuditRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IAuditRecord);

                /** AuditRecord seq. */
                public seq: number;

                /** AuditRecord height. */
                public height: number;

                /** AuditRecord kind. */
                public kind: strata.l3.v1.AuditKind;

                /** AuditRecord actor. */
                public actor: string;

                /** AuditRecord subject. */
                public subject: string;

                /** AuditRecord role. */
                public role: strata.l3.v1.Role;

                /** AuditRecord epoch. */
                public epoch: number;

                /** AuditRecord refId. */
                public refId: number;

                /** AuditRecord detail. */
                public detail: string;

                /**
                 * Creates a new AuditRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns AuditRecord instance
                 */
                public static create(properties?: strata.l3.v1.IAuditRecord): strata.l3.v1.AuditRecord;

                /**
                 * Encodes the specified AuditRecord message. Does not implicitly {@link strata.l3.v1.AuditRecord.verify|verify} messages.
                 * @param message AuditRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IAuditRecord, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an AuditRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns AuditRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.AuditRecord;

                /**
                 * Gets the default type url for AuditRecord
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitChange. */
            interface IMsgSubmitChange {

                /** MsgSubmitChange admin */
                admin?: (string|null);

                /** MsgSubmitChange change */
                change?: (strata.l3.v1.IChange|null);
            }

            /** Represents a MsgSubmitChange. */
            class MsgSubmitChange implements IMsgSubmitChange {

                /**
                 * Constructs a new MsgSubmitChange.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgSubmitChange);

                /** MsgSubmitChange admin. */
                public admin: string;

                /** MsgSubmitChange change. */
                public change?: (strata.l3.v1.IChange|null);

                /**
                 * Creates a new MsgSubmitChange instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitChange instance
                 */
                public static create(properties?: strata.l3.v1.IMsgSubmitChange): strata.l3.v1.MsgSubmitChange;

                /**
                 * Encodes the specified MsgSubmitChange message. Does not implicitly {@link strata.l3.v1.MsgSubmitChange.verify|verify} messages.
                 * @param message MsgSubmitChange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgSubmitChange, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitChange message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgSubmitChange;

                /**
                 * Gets the default type url for MsgSubmitChange
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitChangeResponse. */
            interface IMsgSubmitChangeResponse {

                /** MsgSubmitChangeResponse proposalId */
                proposalId?: (number|null);

                /** MsgSubmitChangeResponse executed */
                executed?: (boolean|null);
            }

            /** Represents a MsgSubmitChangeResponse. */
            class MsgSubmitChangeResponse implements IMsgSubmitChangeResponse {

                /**
                 * Constructs a new MsgSubmitChangeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgSubmitChangeResponse);

                /** MsgSubmitChangeResponse proposalId. */
                public proposalId: number;

                /** MsgSubmitChangeResponse executed. */
                public executed: boolean;

                /**
                 * Creates a new MsgSubmitChangeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitChangeResponse instance
                 */
                public static create(properties?: strata.l3.v1.IMsgSubmitChangeResponse): strata.l3.v1.MsgSubmitChangeResponse;

                /**
                 * Encodes the specified MsgSubmitChangeResponse message. Does not implicitly {@link strata.l3.v1.MsgSubmitChangeResponse.verify|verify} messages.
                 * @param message MsgSubmitChangeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgSubmitChangeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitChangeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitChangeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgSubmitChangeResponse;

                /**
                 * Gets the default type url for MsgSubmitChangeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgApproveChange. */
            interface IMsgApproveChange {

                /** MsgApproveChange admin */
                admin?: (string|null);

                /** MsgApproveChange proposalId */
                proposalId?: (number|null);
            }

            /** Represents a MsgApproveChange. */
            class MsgApproveChange implements IMsgApproveChange {

                /**
                 * Constructs a new MsgApproveChange.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgApproveChange);

                /** MsgApproveChange admin. */
                public admin: string;

                /** MsgApproveChange proposalId. */
                public proposalId: number;

                /**
                 * Creates a new MsgApproveChange instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgApproveChange instance
                 */
                public static create(properties?: strata.l3.v1.IMsgApproveChange): strata.l3.v1.MsgApproveChange;

                /**
                 * Encodes the specified MsgApproveChange message. Does not implicitly {@link strata.l3.v1.MsgApproveChange.verify|verify} messages.
                 * @param message MsgApproveChange message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgApproveChange, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgApproveChange message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgApproveChange
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgApproveChange;

                /**
                 * Gets the default type url for MsgApproveChange
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgApproveChangeResponse. */
            interface IMsgApproveChangeResponse {

                /** MsgApproveChangeResponse executed */
                executed?: (boolean|null);
            }

            /** Represents a MsgApproveChangeResponse. */
            class MsgApproveChangeResponse implements IMsgApproveChangeResponse {

                /**
                 * Constructs a new MsgApproveChangeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgApproveChangeResponse);

                /** MsgApproveChangeResponse executed. */
                public executed: boolean;

                /**
                 * Creates a new MsgApproveChangeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgApproveChangeResponse instance
                 */
                public static create(properties?: strata.l3.v1.IMsgApproveChangeResponse): strata.l3.v1.MsgApproveChangeResponse;

                /**
                 * Encodes the specified MsgApproveChangeResponse message. Does not implicitly {@link strata.l3.v1.MsgApproveChangeResponse.verify|verify} messages.
                 * @param message MsgApproveChangeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgApproveChangeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgApproveChangeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgApproveChangeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgApproveChangeResponse;

                /**
                 * Gets the default type url for MsgApproveChangeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a PrivateTask. */
            interface IPrivateTask {

                /** PrivateTask taskId */
                taskId?: (string|null);

                /** PrivateTask requester */
                requester?: (string|null);

                /** PrivateTask router */
                router?: (string|null);

                /** PrivateTask model */
                model?: (string|null);

                /** PrivateTask prompt */
                prompt?: (strata.l3.v1.IEncryptedRecord|null);

                /** PrivateTask completion */
                completion?: (strata.l3.v1.IEncryptedRecord|null);

                /** PrivateTask promptHeight */
                promptHeight?: (number|null);

                /** PrivateTask completionHeight */
                completionHeight?: (number|null);

                /** PrivateTask digest */
                digest?: (Uint8Array|null);

                /** PrivateTask seq */
                seq?: (number|null);
            }

            /** Represents a PrivateTask. */
            class PrivateTask implements IPrivateTask {

                /**
                 * Constructs a new PrivateTask.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IPrivateTask);

                /** PrivateTask taskId. */
                public taskId: string;

                /** PrivateTask requester. */
                public requester: string;

                /** PrivateTask router. */
                public router: string;

                /** PrivateTask model. */
                public model: string;

                /** PrivateTask prompt. */
                public prompt?: (strata.l3.v1.IEncryptedRecord|null);

                /** PrivateTask completion. */
                public completion?: (strata.l3.v1.IEncryptedRecord|null);

                /** PrivateTask promptHeight. */
                public promptHeight: number;

                /** PrivateTask completionHeight. */
                public completionHeight: number;

                /** PrivateTask digest. */
                public digest: Uint8Array;

                /** PrivateTask seq. */
                public seq: number;

                /**
                 * Creates a new PrivateTask instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PrivateTask instance
                 */
                public static create(properties?: strata.l3.v1.IPrivateTask): strata.l3.v1.PrivateTask;

                /**
                 * Encodes the specified PrivateTask message. Does not implicitly {@link strata.l3.v1.PrivateTask.verify|verify} messages.
                 * @param message PrivateTask message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IPrivateTask, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PrivateTask message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns PrivateTask
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.PrivateTask;

                /**
                 * Gets the default type url for PrivateTask
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitPrompt. */
            interface IMsgSubmitPrompt {

                /** MsgSubmitPrompt sender */
                sender?: (string|null);

                /** MsgSubmitPrompt taskId */
                taskId?: (string|null);

                /** MsgSubmitPrompt model */
                model?: (string|null);

                /** MsgSubmitPrompt router */
                router?: (string|null);

                /** MsgSubmitPrompt prompt */
                prompt?: (strata.l3.v1.IEncryptedRecord|null);
            }

            /** Represents a MsgSubmitPrompt. */
            class MsgSubmitPrompt implements IMsgSubmitPrompt {

                /**
                 * Constructs a new MsgSubmitPrompt.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgSubmitPrompt);

                /** MsgSubmitPrompt sender. */
                public sender: string;

                /** MsgSubmitPrompt taskId. */
                public taskId: string;

                /** MsgSubmitPrompt model. */
                public model: string;

                /** MsgSubmitPrompt router. */
                public router: string;

                /** MsgSubmitPrompt prompt. */
                public prompt?: (strata.l3.v1.IEncryptedRecord|null);

                /**
                 * Creates a new MsgSubmitPrompt instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitPrompt instance
                 */
                public static create(properties?: strata.l3.v1.IMsgSubmitPrompt): strata.l3.v1.MsgSubmitPrompt;

                /**
                 * Encodes the specified MsgSubmitPrompt message. Does not implicitly {@link strata.l3.v1.MsgSubmitPrompt.verify|verify} messages.
                 * @param message MsgSubmitPrompt message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgSubmitPrompt, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitPrompt message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitPrompt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgSubmitPrompt;

                /**
                 * Gets the default type url for MsgSubmitPrompt
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitPromptResponse. */
            interface IMsgSubmitPromptResponse {

                /** MsgSubmitPromptResponse digest */
                digest?: (Uint8Array|null);
            }

            /** Represents a MsgSubmitPromptResponse. */
            class MsgSubmitPromptResponse implements IMsgSubmitPromptResponse {

                /**
                 * Constructs a new MsgSubmitPromptResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgSubmitPromptResponse);

                /** MsgSubmitPromptResponse digest. */
                public digest: Uint8Array;

                /**
                 * Creates a new MsgSubmitPromptResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitPromptResponse instance
                 */
                public static create(properties?: strata.l3.v1.IMsgSubmitPromptResponse): strata.l3.v1.MsgSubmitPromptResponse;

                /**
                 * Encodes the specified MsgSubmitPromptResponse message. Does not implicitly {@link strata.l3.v1.MsgSubmitPromptResponse.verify|verify} messages.
                 * @param message MsgSubmitPromptResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgSubmitPromptResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitPromptResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitPromptResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgSubmitPromptResponse;

                /**
                 * Gets the default type url for MsgSubmitPromptResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitCompletion. */
            interface IMsgSubmitCompletion {

                /** MsgSubmitCompletion sender */
                sender?: (string|null);

                /** MsgSubmitCompletion taskId */
                taskId?: (string|null);

                /** MsgSubmitCompletion completion */
                completion?: (strata.l3.v1.IEncryptedRecord|null);
            }

            /** Represents a MsgSubmitCompletion. */
            class MsgSubmitCompletion implements IMsgSubmitCompletion {

                /**
                 * Constructs a new MsgSubmitCompletion.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgSubmitCompletion);

                /** MsgSubmitCompletion sender. */
                public sender: string;

                /** MsgSubmitCompletion taskId. */
                public taskId: string;

                /** MsgSubmitCompletion completion. */
                public completion?: (strata.l3.v1.IEncryptedRecord|null);

                /**
                 * Creates a new MsgSubmitCompletion instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitCompletion instance
                 */
                public static create(properties?: strata.l3.v1.IMsgSubmitCompletion): strata.l3.v1.MsgSubmitCompletion;

                /**
                 * Encodes the specified MsgSubmitCompletion message. Does not implicitly {@link strata.l3.v1.MsgSubmitCompletion.verify|verify} messages.
                 * @param message MsgSubmitCompletion message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgSubmitCompletion, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitCompletion message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitCompletion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgSubmitCompletion;

                /**
                 * Gets the default type url for MsgSubmitCompletion
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitCompletionResponse. */
            interface IMsgSubmitCompletionResponse {

                /** MsgSubmitCompletionResponse digest */
                digest?: (Uint8Array|null);
            }

            /** Represents a MsgSubmitCompletionResponse. */
            class MsgSubmitCompletionResponse implements IMsgSubmitCompletionResponse {

                /**
                 * Constructs a new MsgSubmitCompletionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgSubmitCompletionResponse);

                /** MsgSubmitCompletionResponse digest. */
                public digest: Uint8Array;

                /**
                 * Creates a new MsgSubmitCompletionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitCompletionResponse instance
                 */
                public static create(properties?: strata.l3.v1.IMsgSubmitCompletionResponse): strata.l3.v1.MsgSubmitCompletionResponse;

                /**
                 * Encodes the specified MsgSubmitCompletionResponse message. Does not implicitly {@link strata.l3.v1.MsgSubmitCompletionResponse.verify|verify} messages.
                 * @param message MsgSubmitCompletionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgSubmitCompletionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitCompletionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitCompletionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgSubmitCompletionResponse;

                /**
                 * Gets the default type url for MsgSubmitCompletionResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TaskEntry. */
            interface ITaskEntry {

                /** TaskEntry taskId */
                taskId?: (string|null);

                /** TaskEntry requester */
                requester?: (string|null);

                /** TaskEntry model */
                model?: (string|null);

                /** TaskEntry prompt */
                prompt?: (strata.l3.v1.IEncryptedRecord|null);

                /** TaskEntry completion */
                completion?: (strata.l3.v1.IEncryptedRecord|null);
            }

            /** Represents a TaskEntry. */
            class TaskEntry implements ITaskEntry {

                /**
                 * Constructs a new TaskEntry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.ITaskEntry);

                /** TaskEntry taskId. */
                public taskId: string;

                /** TaskEntry requester. */
                public requester: string;

                /** TaskEntry model. */
                public model: string;

                /** TaskEntry prompt. */
                public prompt?: (strata.l3.v1.IEncryptedRecord|null);

                /** TaskEntry completion. */
                public completion?: (strata.l3.v1.IEncryptedRecord|null);

                /**
                 * Creates a new TaskEntry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaskEntry instance
                 */
                public static create(properties?: strata.l3.v1.ITaskEntry): strata.l3.v1.TaskEntry;

                /**
                 * Encodes the specified TaskEntry message. Does not implicitly {@link strata.l3.v1.TaskEntry.verify|verify} messages.
                 * @param message TaskEntry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.ITaskEntry, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaskEntry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TaskEntry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.TaskEntry;

                /**
                 * Gets the default type url for TaskEntry
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRecordTasks. */
            interface IMsgRecordTasks {

                /** MsgRecordTasks sender */
                sender?: (string|null);

                /** MsgRecordTasks tasks */
                tasks?: (strata.l3.v1.ITaskEntry[]|null);
            }

            /** Represents a MsgRecordTasks. */
            class MsgRecordTasks implements IMsgRecordTasks {

                /**
                 * Constructs a new MsgRecordTasks.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgRecordTasks);

                /** MsgRecordTasks sender. */
                public sender: string;

                /** MsgRecordTasks tasks. */
                public tasks: strata.l3.v1.ITaskEntry[];

                /**
                 * Creates a new MsgRecordTasks instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRecordTasks instance
                 */
                public static create(properties?: strata.l3.v1.IMsgRecordTasks): strata.l3.v1.MsgRecordTasks;

                /**
                 * Encodes the specified MsgRecordTasks message. Does not implicitly {@link strata.l3.v1.MsgRecordTasks.verify|verify} messages.
                 * @param message MsgRecordTasks message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgRecordTasks, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRecordTasks message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRecordTasks
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgRecordTasks;

                /**
                 * Gets the default type url for MsgRecordTasks
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRecordTasksResponse. */
            interface IMsgRecordTasksResponse {

                /** MsgRecordTasksResponse digests */
                digests?: (Uint8Array[]|null);
            }

            /** Represents a MsgRecordTasksResponse. */
            class MsgRecordTasksResponse implements IMsgRecordTasksResponse {

                /**
                 * Constructs a new MsgRecordTasksResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IMsgRecordTasksResponse);

                /** MsgRecordTasksResponse digests. */
                public digests: Uint8Array[];

                /**
                 * Creates a new MsgRecordTasksResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRecordTasksResponse instance
                 */
                public static create(properties?: strata.l3.v1.IMsgRecordTasksResponse): strata.l3.v1.MsgRecordTasksResponse;

                /**
                 * Encodes the specified MsgRecordTasksResponse message. Does not implicitly {@link strata.l3.v1.MsgRecordTasksResponse.verify|verify} messages.
                 * @param message MsgRecordTasksResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IMsgRecordTasksResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRecordTasksResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRecordTasksResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.MsgRecordTasksResponse;

                /**
                 * Gets the default type url for MsgRecordTasksResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMembersRequest. */
            interface IQueryMembersRequest {

                /** QueryMembersRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryMembersRequest. */
            class QueryMembersRequest implements IQueryMembersRequest {

                /**
                 * Constructs a new QueryMembersRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryMembersRequest);

                /** QueryMembersRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryMembersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMembersRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryMembersRequest): strata.l3.v1.QueryMembersRequest;

                /**
                 * Encodes the specified QueryMembersRequest message. Does not implicitly {@link strata.l3.v1.QueryMembersRequest.verify|verify} messages.
                 * @param message QueryMembersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryMembersRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMembersRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryMembersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryMembersRequest;

                /**
                 * Gets the default type url for QueryMembersRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMembersResponse. */
            interface IQueryMembersResponse {

                /** QueryMembersResponse members */
                members?: (strata.l3.v1.IMember[]|null);

                /** QueryMembersResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryMembersResponse. */
            class QueryMembersResponse implements IQueryMembersResponse {

                /**
                 * Constructs a new QueryMembersResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryMembersResponse);

                /** QueryMembersResponse members. */
                public members: strata.l3.v1.IMember[];

                /** QueryMembersResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryMembersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMembersResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryMembersResponse): strata.l3.v1.QueryMembersResponse;

                /**
                 * Encodes the specified QueryMembersResponse message. Does not implicitly {@link strata.l3.v1.QueryMembersResponse.verify|verify} messages.
                 * @param message QueryMembersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryMembersResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMembersResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryMembersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryMembersResponse;

                /**
                 * Gets the default type url for QueryMembersResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMemberRequest. */
            interface IQueryMemberRequest {

                /** QueryMemberRequest address */
                address?: (string|null);
            }

            /** Represents a QueryMemberRequest. */
            class QueryMemberRequest implements IQueryMemberRequest {

                /**
                 * Constructs a new QueryMemberRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryMemberRequest);

                /** QueryMemberRequest address. */
                public address: string;

                /**
                 * Creates a new QueryMemberRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMemberRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryMemberRequest): strata.l3.v1.QueryMemberRequest;

                /**
                 * Encodes the specified QueryMemberRequest message. Does not implicitly {@link strata.l3.v1.QueryMemberRequest.verify|verify} messages.
                 * @param message QueryMemberRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryMemberRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMemberRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryMemberRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryMemberRequest;

                /**
                 * Gets the default type url for QueryMemberRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMemberResponse. */
            interface IQueryMemberResponse {

                /** QueryMemberResponse member */
                member?: (strata.l3.v1.IMember|null);
            }

            /** Represents a QueryMemberResponse. */
            class QueryMemberResponse implements IQueryMemberResponse {

                /**
                 * Constructs a new QueryMemberResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryMemberResponse);

                /** QueryMemberResponse member. */
                public member?: (strata.l3.v1.IMember|null);

                /**
                 * Creates a new QueryMemberResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMemberResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryMemberResponse): strata.l3.v1.QueryMemberResponse;

                /**
                 * Encodes the specified QueryMemberResponse message. Does not implicitly {@link strata.l3.v1.QueryMemberResponse.verify|verify} messages.
                 * @param message QueryMemberResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryMemberResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMemberResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryMemberResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryMemberResponse;

                /**
                 * Gets the default type url for QueryMemberResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryAuditRequest. */
            interface IQueryAuditRequest {

                /** QueryAuditRequest after */
                after?: (number|null);

                /** QueryAuditRequest limit */
                limit?: (number|null);
            }

            /** Represents a QueryAuditRequest. */
            class QueryAuditRequest implements IQueryAuditRequest {

                /**
                 * Constructs a new QueryAuditRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryAuditRequest);

                /** QueryAuditRequest after. */
                public after: number;

                /** QueryAuditRequest limit. */
                public limit: number;

                /**
                 * Creates a new QueryAuditRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryAuditRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryAuditRequest): strata.l3.v1.QueryAuditRequest;

                /**
                 * Encodes the specified QueryAuditRequest message. Does not implicitly {@link strata.l3.v1.QueryAuditRequest.verify|verify} messages.
                 * @param message QueryAuditRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryAuditRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAuditRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryAuditRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryAuditRequest;

                /**
                 * Gets the default type url for QueryAuditRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryAuditResponse. */
            interface IQueryAuditResponse {

                /** QueryAuditResponse records */
                records?: (strata.l3.v1.IAuditRecord[]|null);

                /** QueryAuditResponse lastSeq */
                lastSeq?: (number|null);
            }

            /** Represents a QueryAuditResponse. */
            class QueryAuditResponse implements IQueryAuditResponse {

                /**
                 * Constructs a new QueryAuditResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryAuditResponse);

                /** QueryAuditResponse records. */
                public records: strata.l3.v1.IAuditRecord[];

                /** QueryAuditResponse lastSeq. */
                public lastSeq: number;

                /**
                 * Creates a new QueryAuditResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryAuditResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryAuditResponse): strata.l3.v1.QueryAuditResponse;

                /**
                 * Encodes the specified QueryAuditResponse message. Does not implicitly {@link strata.l3.v1.QueryAuditResponse.verify|verify} messages.
                 * @param message QueryAuditResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryAuditResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryAuditResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryAuditResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryAuditResponse;

                /**
                 * Gets the default type url for QueryAuditResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryProposalRequest. */
            interface IQueryProposalRequest {

                /** QueryProposalRequest id */
                id?: (number|null);
            }

            /** Represents a QueryProposalRequest. */
            class QueryProposalRequest implements IQueryProposalRequest {

                /**
                 * Constructs a new QueryProposalRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryProposalRequest);

                /** QueryProposalRequest id. */
                public id: number;

                /**
                 * Creates a new QueryProposalRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryProposalRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryProposalRequest): strata.l3.v1.QueryProposalRequest;

                /**
                 * Encodes the specified QueryProposalRequest message. Does not implicitly {@link strata.l3.v1.QueryProposalRequest.verify|verify} messages.
                 * @param message QueryProposalRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryProposalRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryProposalRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryProposalRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryProposalRequest;

                /**
                 * Gets the default type url for QueryProposalRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryProposalResponse. */
            interface IQueryProposalResponse {

                /** QueryProposalResponse proposal */
                proposal?: (strata.l3.v1.IProposal|null);
            }

            /** Represents a QueryProposalResponse. */
            class QueryProposalResponse implements IQueryProposalResponse {

                /**
                 * Constructs a new QueryProposalResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryProposalResponse);

                /** QueryProposalResponse proposal. */
                public proposal?: (strata.l3.v1.IProposal|null);

                /**
                 * Creates a new QueryProposalResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryProposalResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryProposalResponse): strata.l3.v1.QueryProposalResponse;

                /**
                 * Encodes the specified QueryProposalResponse message. Does not implicitly {@link strata.l3.v1.QueryProposalResponse.verify|verify} messages.
                 * @param message QueryProposalResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryProposalResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryProposalResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryProposalResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryProposalResponse;

                /**
                 * Gets the default type url for QueryProposalResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryProposalsRequest. */
            interface IQueryProposalsRequest {

                /** QueryProposalsRequest pendingOnly */
                pendingOnly?: (boolean|null);

                /** QueryProposalsRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryProposalsRequest. */
            class QueryProposalsRequest implements IQueryProposalsRequest {

                /**
                 * Constructs a new QueryProposalsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryProposalsRequest);

                /** QueryProposalsRequest pendingOnly. */
                public pendingOnly: boolean;

                /** QueryProposalsRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryProposalsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryProposalsRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryProposalsRequest): strata.l3.v1.QueryProposalsRequest;

                /**
                 * Encodes the specified QueryProposalsRequest message. Does not implicitly {@link strata.l3.v1.QueryProposalsRequest.verify|verify} messages.
                 * @param message QueryProposalsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryProposalsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryProposalsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryProposalsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryProposalsRequest;

                /**
                 * Gets the default type url for QueryProposalsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryProposalsResponse. */
            interface IQueryProposalsResponse {

                /** QueryProposalsResponse proposals */
                proposals?: (strata.l3.v1.IProposal[]|null);

                /** QueryProposalsResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryProposalsResponse. */
            class QueryProposalsResponse implements IQueryProposalsResponse {

                /**
                 * Constructs a new QueryProposalsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryProposalsResponse);

                /** QueryProposalsResponse proposals. */
                public proposals: strata.l3.v1.IProposal[];

                /** QueryProposalsResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryProposalsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryProposalsResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryProposalsResponse): strata.l3.v1.QueryProposalsResponse;

                /**
                 * Encodes the specified QueryProposalsResponse message. Does not implicitly {@link strata.l3.v1.QueryProposalsResponse.verify|verify} messages.
                 * @param message QueryProposalsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryProposalsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryProposalsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryProposalsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryProposalsResponse;

                /**
                 * Gets the default type url for QueryProposalsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMembershipParamsRequest. */
            interface IQueryMembershipParamsRequest {
            }

            /** Represents a QueryMembershipParamsRequest. */
            class QueryMembershipParamsRequest implements IQueryMembershipParamsRequest {

                /**
                 * Constructs a new QueryMembershipParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryMembershipParamsRequest);

                /**
                 * Creates a new QueryMembershipParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMembershipParamsRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryMembershipParamsRequest): strata.l3.v1.QueryMembershipParamsRequest;

                /**
                 * Encodes the specified QueryMembershipParamsRequest message. Does not implicitly {@link strata.l3.v1.QueryMembershipParamsRequest.verify|verify} messages.
                 * @param message QueryMembershipParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryMembershipParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMembershipParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryMembershipParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryMembershipParamsRequest;

                /**
                 * Gets the default type url for QueryMembershipParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryMembershipParamsResponse. */
            interface IQueryMembershipParamsResponse {

                /** QueryMembershipParamsResponse params */
                params?: (strata.l3.v1.IParams|null);
            }

            /** Represents a QueryMembershipParamsResponse. */
            class QueryMembershipParamsResponse implements IQueryMembershipParamsResponse {

                /**
                 * Constructs a new QueryMembershipParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryMembershipParamsResponse);

                /** QueryMembershipParamsResponse params. */
                public params?: (strata.l3.v1.IParams|null);

                /**
                 * Creates a new QueryMembershipParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryMembershipParamsResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryMembershipParamsResponse): strata.l3.v1.QueryMembershipParamsResponse;

                /**
                 * Encodes the specified QueryMembershipParamsResponse message. Does not implicitly {@link strata.l3.v1.QueryMembershipParamsResponse.verify|verify} messages.
                 * @param message QueryMembershipParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryMembershipParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryMembershipParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryMembershipParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryMembershipParamsResponse;

                /**
                 * Gets the default type url for QueryMembershipParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryEpochRequest. */
            interface IQueryEpochRequest {

                /** QueryEpochRequest number */
                number?: (number|null);
            }

            /** Represents a QueryEpochRequest. */
            class QueryEpochRequest implements IQueryEpochRequest {

                /**
                 * Constructs a new QueryEpochRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryEpochRequest);

                /** QueryEpochRequest number. */
                public number: number;

                /**
                 * Creates a new QueryEpochRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEpochRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryEpochRequest): strata.l3.v1.QueryEpochRequest;

                /**
                 * Encodes the specified QueryEpochRequest message. Does not implicitly {@link strata.l3.v1.QueryEpochRequest.verify|verify} messages.
                 * @param message QueryEpochRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryEpochRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEpochRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryEpochRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryEpochRequest;

                /**
                 * Gets the default type url for QueryEpochRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryEpochResponse. */
            interface IQueryEpochResponse {

                /** QueryEpochResponse epoch */
                epoch?: (strata.l3.v1.IEpoch|null);
            }

            /** Represents a QueryEpochResponse. */
            class QueryEpochResponse implements IQueryEpochResponse {

                /**
                 * Constructs a new QueryEpochResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryEpochResponse);

                /** QueryEpochResponse epoch. */
                public epoch?: (strata.l3.v1.IEpoch|null);

                /**
                 * Creates a new QueryEpochResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryEpochResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryEpochResponse): strata.l3.v1.QueryEpochResponse;

                /**
                 * Encodes the specified QueryEpochResponse message. Does not implicitly {@link strata.l3.v1.QueryEpochResponse.verify|verify} messages.
                 * @param message QueryEpochResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryEpochResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryEpochResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryEpochResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryEpochResponse;

                /**
                 * Gets the default type url for QueryEpochResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryCustodiansRequest. */
            interface IQueryCustodiansRequest {
            }

            /** Represents a QueryCustodiansRequest. */
            class QueryCustodiansRequest implements IQueryCustodiansRequest {

                /**
                 * Constructs a new QueryCustodiansRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryCustodiansRequest);

                /**
                 * Creates a new QueryCustodiansRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryCustodiansRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryCustodiansRequest): strata.l3.v1.QueryCustodiansRequest;

                /**
                 * Encodes the specified QueryCustodiansRequest message. Does not implicitly {@link strata.l3.v1.QueryCustodiansRequest.verify|verify} messages.
                 * @param message QueryCustodiansRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryCustodiansRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCustodiansRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryCustodiansRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryCustodiansRequest;

                /**
                 * Gets the default type url for QueryCustodiansRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryCustodiansResponse. */
            interface IQueryCustodiansResponse {

                /** QueryCustodiansResponse custodians */
                custodians?: (strata.l3.v1.ICustodian[]|null);

                /** QueryCustodiansResponse params */
                params?: (strata.l3.v1.IKeysParams|null);
            }

            /** Represents a QueryCustodiansResponse. */
            class QueryCustodiansResponse implements IQueryCustodiansResponse {

                /**
                 * Constructs a new QueryCustodiansResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryCustodiansResponse);

                /** QueryCustodiansResponse custodians. */
                public custodians: strata.l3.v1.ICustodian[];

                /** QueryCustodiansResponse params. */
                public params?: (strata.l3.v1.IKeysParams|null);

                /**
                 * Creates a new QueryCustodiansResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryCustodiansResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryCustodiansResponse): strata.l3.v1.QueryCustodiansResponse;

                /**
                 * Encodes the specified QueryCustodiansResponse message. Does not implicitly {@link strata.l3.v1.QueryCustodiansResponse.verify|verify} messages.
                 * @param message QueryCustodiansResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryCustodiansResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryCustodiansResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryCustodiansResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryCustodiansResponse;

                /**
                 * Gets the default type url for QueryCustodiansResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRewrapRequestRequest. */
            interface IQueryRewrapRequestRequest {

                /** QueryRewrapRequestRequest id */
                id?: (number|null);
            }

            /** Represents a QueryRewrapRequestRequest. */
            class QueryRewrapRequestRequest implements IQueryRewrapRequestRequest {

                /**
                 * Constructs a new QueryRewrapRequestRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryRewrapRequestRequest);

                /** QueryRewrapRequestRequest id. */
                public id: number;

                /**
                 * Creates a new QueryRewrapRequestRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewrapRequestRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryRewrapRequestRequest): strata.l3.v1.QueryRewrapRequestRequest;

                /**
                 * Encodes the specified QueryRewrapRequestRequest message. Does not implicitly {@link strata.l3.v1.QueryRewrapRequestRequest.verify|verify} messages.
                 * @param message QueryRewrapRequestRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryRewrapRequestRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewrapRequestRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRewrapRequestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryRewrapRequestRequest;

                /**
                 * Gets the default type url for QueryRewrapRequestRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRewrapRequestResponse. */
            interface IQueryRewrapRequestResponse {

                /** QueryRewrapRequestResponse request */
                request?: (strata.l3.v1.IRewrapRequest|null);
            }

            /** Represents a QueryRewrapRequestResponse. */
            class QueryRewrapRequestResponse implements IQueryRewrapRequestResponse {

                /**
                 * Constructs a new QueryRewrapRequestResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryRewrapRequestResponse);

                /** QueryRewrapRequestResponse request. */
                public request?: (strata.l3.v1.IRewrapRequest|null);

                /**
                 * Creates a new QueryRewrapRequestResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewrapRequestResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryRewrapRequestResponse): strata.l3.v1.QueryRewrapRequestResponse;

                /**
                 * Encodes the specified QueryRewrapRequestResponse message. Does not implicitly {@link strata.l3.v1.QueryRewrapRequestResponse.verify|verify} messages.
                 * @param message QueryRewrapRequestResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryRewrapRequestResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewrapRequestResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRewrapRequestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryRewrapRequestResponse;

                /**
                 * Gets the default type url for QueryRewrapRequestResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRewrapRequestsRequest. */
            interface IQueryRewrapRequestsRequest {

                /** QueryRewrapRequestsRequest pendingOnly */
                pendingOnly?: (boolean|null);

                /** QueryRewrapRequestsRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryRewrapRequestsRequest. */
            class QueryRewrapRequestsRequest implements IQueryRewrapRequestsRequest {

                /**
                 * Constructs a new QueryRewrapRequestsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryRewrapRequestsRequest);

                /** QueryRewrapRequestsRequest pendingOnly. */
                public pendingOnly: boolean;

                /** QueryRewrapRequestsRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryRewrapRequestsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewrapRequestsRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryRewrapRequestsRequest): strata.l3.v1.QueryRewrapRequestsRequest;

                /**
                 * Encodes the specified QueryRewrapRequestsRequest message. Does not implicitly {@link strata.l3.v1.QueryRewrapRequestsRequest.verify|verify} messages.
                 * @param message QueryRewrapRequestsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryRewrapRequestsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewrapRequestsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRewrapRequestsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryRewrapRequestsRequest;

                /**
                 * Gets the default type url for QueryRewrapRequestsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRewrapRequestsResponse. */
            interface IQueryRewrapRequestsResponse {

                /** QueryRewrapRequestsResponse requests */
                requests?: (strata.l3.v1.IRewrapRequest[]|null);

                /** QueryRewrapRequestsResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryRewrapRequestsResponse. */
            class QueryRewrapRequestsResponse implements IQueryRewrapRequestsResponse {

                /**
                 * Constructs a new QueryRewrapRequestsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryRewrapRequestsResponse);

                /** QueryRewrapRequestsResponse requests. */
                public requests: strata.l3.v1.IRewrapRequest[];

                /** QueryRewrapRequestsResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryRewrapRequestsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRewrapRequestsResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryRewrapRequestsResponse): strata.l3.v1.QueryRewrapRequestsResponse;

                /**
                 * Encodes the specified QueryRewrapRequestsResponse message. Does not implicitly {@link strata.l3.v1.QueryRewrapRequestsResponse.verify|verify} messages.
                 * @param message QueryRewrapRequestsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryRewrapRequestsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRewrapRequestsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRewrapRequestsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryRewrapRequestsResponse;

                /**
                 * Gets the default type url for QueryRewrapRequestsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryTaskRequest. */
            interface IQueryTaskRequest {

                /** QueryTaskRequest taskId */
                taskId?: (string|null);
            }

            /** Represents a QueryTaskRequest. */
            class QueryTaskRequest implements IQueryTaskRequest {

                /**
                 * Constructs a new QueryTaskRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryTaskRequest);

                /** QueryTaskRequest taskId. */
                public taskId: string;

                /**
                 * Creates a new QueryTaskRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTaskRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryTaskRequest): strata.l3.v1.QueryTaskRequest;

                /**
                 * Encodes the specified QueryTaskRequest message. Does not implicitly {@link strata.l3.v1.QueryTaskRequest.verify|verify} messages.
                 * @param message QueryTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTaskRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryTaskRequest;

                /**
                 * Gets the default type url for QueryTaskRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryTaskResponse. */
            interface IQueryTaskResponse {

                /** QueryTaskResponse task */
                task?: (strata.l3.v1.IPrivateTask|null);
            }

            /** Represents a QueryTaskResponse. */
            class QueryTaskResponse implements IQueryTaskResponse {

                /**
                 * Constructs a new QueryTaskResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryTaskResponse);

                /** QueryTaskResponse task. */
                public task?: (strata.l3.v1.IPrivateTask|null);

                /**
                 * Creates a new QueryTaskResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTaskResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryTaskResponse): strata.l3.v1.QueryTaskResponse;

                /**
                 * Encodes the specified QueryTaskResponse message. Does not implicitly {@link strata.l3.v1.QueryTaskResponse.verify|verify} messages.
                 * @param message QueryTaskResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryTaskResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTaskResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryTaskResponse;

                /**
                 * Gets the default type url for QueryTaskResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryTasksRequest. */
            interface IQueryTasksRequest {

                /** QueryTasksRequest requester */
                requester?: (string|null);

                /** QueryTasksRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryTasksRequest. */
            class QueryTasksRequest implements IQueryTasksRequest {

                /**
                 * Constructs a new QueryTasksRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryTasksRequest);

                /** QueryTasksRequest requester. */
                public requester: string;

                /** QueryTasksRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryTasksRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTasksRequest instance
                 */
                public static create(properties?: strata.l3.v1.IQueryTasksRequest): strata.l3.v1.QueryTasksRequest;

                /**
                 * Encodes the specified QueryTasksRequest message. Does not implicitly {@link strata.l3.v1.QueryTasksRequest.verify|verify} messages.
                 * @param message QueryTasksRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryTasksRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTasksRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTasksRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryTasksRequest;

                /**
                 * Gets the default type url for QueryTasksRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryTasksResponse. */
            interface IQueryTasksResponse {

                /** QueryTasksResponse tasks */
                tasks?: (strata.l3.v1.IPrivateTask[]|null);

                /** QueryTasksResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryTasksResponse. */
            class QueryTasksResponse implements IQueryTasksResponse {

                /**
                 * Constructs a new QueryTasksResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3.v1.IQueryTasksResponse);

                /** QueryTasksResponse tasks. */
                public tasks: strata.l3.v1.IPrivateTask[];

                /** QueryTasksResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryTasksResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTasksResponse instance
                 */
                public static create(properties?: strata.l3.v1.IQueryTasksResponse): strata.l3.v1.QueryTasksResponse;

                /**
                 * Encodes the specified QueryTasksResponse message. Does not implicitly {@link strata.l3.v1.QueryTasksResponse.verify|verify} messages.
                 * @param message QueryTasksResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3.v1.IQueryTasksResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTasksResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTasksResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3.v1.QueryTasksResponse;

                /**
                 * Gets the default type url for QueryTasksResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls Members.
                 * @param request QueryMembersRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryMembersResponse
                 */
                public members(request: strata.l3.v1.IQueryMembersRequest, callback: strata.l3.v1.Query.MembersCallback): void;

                /**
                 * Calls Members.
                 * @param request QueryMembersRequest message or plain object
                 * @returns Promise
                 */
                public members(request: strata.l3.v1.IQueryMembersRequest): Promise<strata.l3.v1.QueryMembersResponse>;

                /**
                 * Calls Member.
                 * @param request QueryMemberRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryMemberResponse
                 */
                public member(request: strata.l3.v1.IQueryMemberRequest, callback: strata.l3.v1.Query.MemberCallback): void;

                /**
                 * Calls Member.
                 * @param request QueryMemberRequest message or plain object
                 * @returns Promise
                 */
                public member(request: strata.l3.v1.IQueryMemberRequest): Promise<strata.l3.v1.QueryMemberResponse>;

                /**
                 * Calls Audit.
                 * @param request QueryAuditRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryAuditResponse
                 */
                public audit(request: strata.l3.v1.IQueryAuditRequest, callback: strata.l3.v1.Query.AuditCallback): void;

                /**
                 * Calls Audit.
                 * @param request QueryAuditRequest message or plain object
                 * @returns Promise
                 */
                public audit(request: strata.l3.v1.IQueryAuditRequest): Promise<strata.l3.v1.QueryAuditResponse>;

                /**
                 * Calls Proposal.
                 * @param request QueryProposalRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryProposalResponse
                 */
                public proposal(request: strata.l3.v1.IQueryProposalRequest, callback: strata.l3.v1.Query.ProposalCallback): void;

                /**
                 * Calls Proposal.
                 * @param request QueryProposalRequest message or plain object
                 * @returns Promise
                 */
                public proposal(request: strata.l3.v1.IQueryProposalRequest): Promise<strata.l3.v1.QueryProposalResponse>;

                /**
                 * Calls Proposals.
                 * @param request QueryProposalsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryProposalsResponse
                 */
                public proposals(request: strata.l3.v1.IQueryProposalsRequest, callback: strata.l3.v1.Query.ProposalsCallback): void;

                /**
                 * Calls Proposals.
                 * @param request QueryProposalsRequest message or plain object
                 * @returns Promise
                 */
                public proposals(request: strata.l3.v1.IQueryProposalsRequest): Promise<strata.l3.v1.QueryProposalsResponse>;

                /**
                 * Calls MembershipParams.
                 * @param request QueryMembershipParamsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryMembershipParamsResponse
                 */
                public membershipParams(request: strata.l3.v1.IQueryMembershipParamsRequest, callback: strata.l3.v1.Query.MembershipParamsCallback): void;

                /**
                 * Calls MembershipParams.
                 * @param request QueryMembershipParamsRequest message or plain object
                 * @returns Promise
                 */
                public membershipParams(request: strata.l3.v1.IQueryMembershipParamsRequest): Promise<strata.l3.v1.QueryMembershipParamsResponse>;

                /**
                 * Calls Epoch.
                 * @param request QueryEpochRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryEpochResponse
                 */
                public epoch(request: strata.l3.v1.IQueryEpochRequest, callback: strata.l3.v1.Query.EpochCallback): void;

                /**
                 * Calls Epoch.
                 * @param request QueryEpochRequest message or plain object
                 * @returns Promise
                 */
                public epoch(request: strata.l3.v1.IQueryEpochRequest): Promise<strata.l3.v1.QueryEpochResponse>;

                /**
                 * Calls Custodians.
                 * @param request QueryCustodiansRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryCustodiansResponse
                 */
                public custodians(request: strata.l3.v1.IQueryCustodiansRequest, callback: strata.l3.v1.Query.CustodiansCallback): void;

                /**
                 * Calls Custodians.
                 * @param request QueryCustodiansRequest message or plain object
                 * @returns Promise
                 */
                public custodians(request: strata.l3.v1.IQueryCustodiansRequest): Promise<strata.l3.v1.QueryCustodiansResponse>;

                /**
                 * Calls RewrapRequest.
                 * @param request QueryRewrapRequestRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryRewrapRequestResponse
                 */
                public rewrapRequest(request: strata.l3.v1.IQueryRewrapRequestRequest, callback: strata.l3.v1.Query.RewrapRequestCallback): void;

                /**
                 * Calls RewrapRequest.
                 * @param request QueryRewrapRequestRequest message or plain object
                 * @returns Promise
                 */
                public rewrapRequest(request: strata.l3.v1.IQueryRewrapRequestRequest): Promise<strata.l3.v1.QueryRewrapRequestResponse>;

                /**
                 * Calls RewrapRequests.
                 * @param request QueryRewrapRequestsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryRewrapRequestsResponse
                 */
                public rewrapRequests(request: strata.l3.v1.IQueryRewrapRequestsRequest, callback: strata.l3.v1.Query.RewrapRequestsCallback): void;

                /**
                 * Calls RewrapRequests.
                 * @param request QueryRewrapRequestsRequest message or plain object
                 * @returns Promise
                 */
                public rewrapRequests(request: strata.l3.v1.IQueryRewrapRequestsRequest): Promise<strata.l3.v1.QueryRewrapRequestsResponse>;

                /**
                 * Calls Task.
                 * @param request QueryTaskRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryTaskResponse
                 */
                public task(request: strata.l3.v1.IQueryTaskRequest, callback: strata.l3.v1.Query.TaskCallback): void;

                /**
                 * Calls Task.
                 * @param request QueryTaskRequest message or plain object
                 * @returns Promise
                 */
                public task(request: strata.l3.v1.IQueryTaskRequest): Promise<strata.l3.v1.QueryTaskResponse>;

                /**
                 * Calls Tasks.
                 * @param request QueryTasksRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryTasksResponse
                 */
                public tasks(request: strata.l3.v1.IQueryTasksRequest, callback: strata.l3.v1.Query.TasksCallback): void;

                /**
                 * Calls Tasks.
                 * @param request QueryTasksRequest message or plain object
                 * @returns Promise
                 */
                public tasks(request: strata.l3.v1.IQueryTasksRequest): Promise<strata.l3.v1.QueryTasksResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.l3.v1.Query#members}.
                 * @param error Error, if any
                 * @param [response] QueryMembersResponse
                 */
                type MembersCallback = (error: (Error|null), response?: strata.l3.v1.QueryMembersResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#member}.
                 * @param error Error, if any
                 * @param [response] QueryMemberResponse
                 */
                type MemberCallback = (error: (Error|null), response?: strata.l3.v1.QueryMemberResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#audit}.
                 * @param error Error, if any
                 * @param [response] QueryAuditResponse
                 */
                type AuditCallback = (error: (Error|null), response?: strata.l3.v1.QueryAuditResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#proposal}.
                 * @param error Error, if any
                 * @param [response] QueryProposalResponse
                 */
                type ProposalCallback = (error: (Error|null), response?: strata.l3.v1.QueryProposalResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#proposals}.
                 * @param error Error, if any
                 * @param [response] QueryProposalsResponse
                 */
                type ProposalsCallback = (error: (Error|null), response?: strata.l3.v1.QueryProposalsResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#membershipParams}.
                 * @param error Error, if any
                 * @param [response] QueryMembershipParamsResponse
                 */
                type MembershipParamsCallback = (error: (Error|null), response?: strata.l3.v1.QueryMembershipParamsResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#epoch}.
                 * @param error Error, if any
                 * @param [response] QueryEpochResponse
                 */
                type EpochCallback = (error: (Error|null), response?: strata.l3.v1.QueryEpochResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#custodians}.
                 * @param error Error, if any
                 * @param [response] QueryCustodiansResponse
                 */
                type CustodiansCallback = (error: (Error|null), response?: strata.l3.v1.QueryCustodiansResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#rewrapRequest}.
                 * @param error Error, if any
                 * @param [response] QueryRewrapRequestResponse
                 */
                type RewrapRequestCallback = (error: (Error|null), response?: strata.l3.v1.QueryRewrapRequestResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#rewrapRequests}.
                 * @param error Error, if any
                 * @param [response] QueryRewrapRequestsResponse
                 */
                type RewrapRequestsCallback = (error: (Error|null), response?: strata.l3.v1.QueryRewrapRequestsResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#task}.
                 * @param error Error, if any
                 * @param [response] QueryTaskResponse
                 */
                type TaskCallback = (error: (Error|null), response?: strata.l3.v1.QueryTaskResponse) => void;

                /**
                 * Callback as used by {@link strata.l3.v1.Query#tasks}.
                 * @param error Error, if any
                 * @param [response] QueryTasksResponse
                 */
                type TasksCallback = (error: (Error|null), response?: strata.l3.v1.QueryTasksResponse) => void;
            }
        }
    }

    /** Namespace l3registry. */
    namespace l3registry {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a Params. */
            interface IParams {

                /** Params maxItemsPerAnchor */
                maxItemsPerAnchor?: (number|null);

                /** Params gasPerSignature */
                gasPerSignature?: (number|null);

                /** Params gasPerItem */
                gasPerItem?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IParams);

                /** Params maxItemsPerAnchor. */
                public maxItemsPerAnchor: number;

                /** Params gasPerSignature. */
                public gasPerSignature: number;

                /** Params gasPerItem. */
                public gasPerItem: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: strata.l3registry.v1.IParams): strata.l3registry.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.l3registry.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a L3Chain. */
            interface IL3Chain {

                /** L3Chain chainId */
                chainId?: (string|null);

                /** L3Chain name */
                name?: (string|null);

                /** L3Chain creator */
                creator?: (string|null);

                /** L3Chain admins */
                admins?: (string[]|null);

                /** L3Chain genesisSha256 */
                genesisSha256?: (Uint8Array|null);

                /** L3Chain registeredHeight */
                registeredHeight?: (number|null);

                /** L3Chain lastNumber */
                lastNumber?: (number|null);

                /** L3Chain validators */
                validators?: (strata.rollup.v1.IChildValidator[]|null);
            }

            /** Represents a L3Chain. */
            class L3Chain implements IL3Chain {

                /**
                 * Constructs a new L3Chain.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IL3Chain);

                /** L3Chain chainId. */
                public chainId: string;

                /** L3Chain name. */
                public name: string;

                /** L3Chain creator. */
                public creator: string;

                /** L3Chain admins. */
                public admins: string[];

                /** L3Chain genesisSha256. */
                public genesisSha256: Uint8Array;

                /** L3Chain registeredHeight. */
                public registeredHeight: number;

                /** L3Chain lastNumber. */
                public lastNumber: number;

                /** L3Chain validators. */
                public validators: strata.rollup.v1.IChildValidator[];

                /**
                 * Creates a new L3Chain instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns L3Chain instance
                 */
                public static create(properties?: strata.l3registry.v1.IL3Chain): strata.l3registry.v1.L3Chain;

                /**
                 * Encodes the specified L3Chain message. Does not implicitly {@link strata.l3registry.v1.L3Chain.verify|verify} messages.
                 * @param message L3Chain message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IL3Chain, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a L3Chain message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns L3Chain
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.L3Chain;

                /**
                 * Gets the default type url for L3Chain
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRegisterL3. */
            interface IMsgRegisterL3 {

                /** MsgRegisterL3 creator */
                creator?: (string|null);

                /** MsgRegisterL3 chainId */
                chainId?: (string|null);

                /** MsgRegisterL3 name */
                name?: (string|null);

                /** MsgRegisterL3 validators */
                validators?: (strata.rollup.v1.IChildValidator[]|null);

                /** MsgRegisterL3 admins */
                admins?: (string[]|null);

                /** MsgRegisterL3 genesisSha256 */
                genesisSha256?: (Uint8Array|null);
            }

            /** Represents a MsgRegisterL3. */
            class MsgRegisterL3 implements IMsgRegisterL3 {

                /**
                 * Constructs a new MsgRegisterL3.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IMsgRegisterL3);

                /** MsgRegisterL3 creator. */
                public creator: string;

                /** MsgRegisterL3 chainId. */
                public chainId: string;

                /** MsgRegisterL3 name. */
                public name: string;

                /** MsgRegisterL3 validators. */
                public validators: strata.rollup.v1.IChildValidator[];

                /** MsgRegisterL3 admins. */
                public admins: string[];

                /** MsgRegisterL3 genesisSha256. */
                public genesisSha256: Uint8Array;

                /**
                 * Creates a new MsgRegisterL3 instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterL3 instance
                 */
                public static create(properties?: strata.l3registry.v1.IMsgRegisterL3): strata.l3registry.v1.MsgRegisterL3;

                /**
                 * Encodes the specified MsgRegisterL3 message. Does not implicitly {@link strata.l3registry.v1.MsgRegisterL3.verify|verify} messages.
                 * @param message MsgRegisterL3 message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IMsgRegisterL3, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterL3 message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRegisterL3
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.MsgRegisterL3;

                /**
                 * Gets the default type url for MsgRegisterL3
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRegisterL3Response. */
            interface IMsgRegisterL3Response {
            }

            /** Represents a MsgRegisterL3Response. */
            class MsgRegisterL3Response implements IMsgRegisterL3Response {

                /**
                 * Constructs a new MsgRegisterL3Response.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IMsgRegisterL3Response);

                /**
                 * Creates a new MsgRegisterL3Response instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterL3Response instance
                 */
                public static create(properties?: strata.l3registry.v1.IMsgRegisterL3Response): strata.l3registry.v1.MsgRegisterL3Response;

                /**
                 * Encodes the specified MsgRegisterL3Response message. Does not implicitly {@link strata.l3registry.v1.MsgRegisterL3Response.verify|verify} messages.
                 * @param message MsgRegisterL3Response message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IMsgRegisterL3Response, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterL3Response message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRegisterL3Response
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.MsgRegisterL3Response;

                /**
                 * Gets the default type url for MsgRegisterL3Response
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgAnchorL3Headers. */
            interface IMsgAnchorL3Headers {

                /** MsgAnchorL3Headers submitter */
                submitter?: (string|null);

                /** MsgAnchorL3Headers chainId */
                chainId?: (string|null);

                /** MsgAnchorL3Headers items */
                items?: (strata.rollup.v1.IBatchItem[]|null);
            }

            /** Represents a MsgAnchorL3Headers. */
            class MsgAnchorL3Headers implements IMsgAnchorL3Headers {

                /**
                 * Constructs a new MsgAnchorL3Headers.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IMsgAnchorL3Headers);

                /** MsgAnchorL3Headers submitter. */
                public submitter: string;

                /** MsgAnchorL3Headers chainId. */
                public chainId: string;

                /** MsgAnchorL3Headers items. */
                public items: strata.rollup.v1.IBatchItem[];

                /**
                 * Creates a new MsgAnchorL3Headers instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgAnchorL3Headers instance
                 */
                public static create(properties?: strata.l3registry.v1.IMsgAnchorL3Headers): strata.l3registry.v1.MsgAnchorL3Headers;

                /**
                 * Encodes the specified MsgAnchorL3Headers message. Does not implicitly {@link strata.l3registry.v1.MsgAnchorL3Headers.verify|verify} messages.
                 * @param message MsgAnchorL3Headers message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IMsgAnchorL3Headers, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgAnchorL3Headers message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgAnchorL3Headers
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.MsgAnchorL3Headers;

                /**
                 * Gets the default type url for MsgAnchorL3Headers
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgAnchorL3HeadersResponse. */
            interface IMsgAnchorL3HeadersResponse {

                /** MsgAnchorL3HeadersResponse lastNumber */
                lastNumber?: (number|null);
            }

            /** Represents a MsgAnchorL3HeadersResponse. */
            class MsgAnchorL3HeadersResponse implements IMsgAnchorL3HeadersResponse {

                /**
                 * Constructs a new MsgAnchorL3HeadersResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IMsgAnchorL3HeadersResponse);

                /** MsgAnchorL3HeadersResponse lastNumber. */
                public lastNumber: number;

                /**
                 * Creates a new MsgAnchorL3HeadersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgAnchorL3HeadersResponse instance
                 */
                public static create(properties?: strata.l3registry.v1.IMsgAnchorL3HeadersResponse): strata.l3registry.v1.MsgAnchorL3HeadersResponse;

                /**
                 * Encodes the specified MsgAnchorL3HeadersResponse message. Does not implicitly {@link strata.l3registry.v1.MsgAnchorL3HeadersResponse.verify|verify} messages.
                 * @param message MsgAnchorL3HeadersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IMsgAnchorL3HeadersResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgAnchorL3HeadersResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgAnchorL3HeadersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.MsgAnchorL3HeadersResponse;

                /**
                 * Gets the default type url for MsgAnchorL3HeadersResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /**
                 * Calls RegisterL3.
                 * @param request MsgRegisterL3 message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgRegisterL3Response
                 */
                public registerL3(request: strata.l3registry.v1.IMsgRegisterL3, callback: strata.l3registry.v1.Msg.RegisterL3Callback): void;

                /**
                 * Calls RegisterL3.
                 * @param request MsgRegisterL3 message or plain object
                 * @returns Promise
                 */
                public registerL3(request: strata.l3registry.v1.IMsgRegisterL3): Promise<strata.l3registry.v1.MsgRegisterL3Response>;

                /**
                 * Calls AnchorL3Headers.
                 * @param request MsgAnchorL3Headers message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgAnchorL3HeadersResponse
                 */
                public anchorL3Headers(request: strata.l3registry.v1.IMsgAnchorL3Headers, callback: strata.l3registry.v1.Msg.AnchorL3HeadersCallback): void;

                /**
                 * Calls AnchorL3Headers.
                 * @param request MsgAnchorL3Headers message or plain object
                 * @returns Promise
                 */
                public anchorL3Headers(request: strata.l3registry.v1.IMsgAnchorL3Headers): Promise<strata.l3registry.v1.MsgAnchorL3HeadersResponse>;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link strata.l3registry.v1.Msg#registerL3}.
                 * @param error Error, if any
                 * @param [response] MsgRegisterL3Response
                 */
                type RegisterL3Callback = (error: (Error|null), response?: strata.l3registry.v1.MsgRegisterL3Response) => void;

                /**
                 * Callback as used by {@link strata.l3registry.v1.Msg#anchorL3Headers}.
                 * @param error Error, if any
                 * @param [response] MsgAnchorL3HeadersResponse
                 */
                type AnchorL3HeadersCallback = (error: (Error|null), response?: strata.l3registry.v1.MsgAnchorL3HeadersResponse) => void;
            }

            /** Properties of a QueryChainRequest. */
            interface IQueryChainRequest {

                /** QueryChainRequest chainId */
                chainId?: (string|null);
            }

            /** Represents a QueryChainRequest. */
            class QueryChainRequest implements IQueryChainRequest {

                /**
                 * Constructs a new QueryChainRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryChainRequest);

                /** QueryChainRequest chainId. */
                public chainId: string;

                /**
                 * Creates a new QueryChainRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryChainRequest instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryChainRequest): strata.l3registry.v1.QueryChainRequest;

                /**
                 * Encodes the specified QueryChainRequest message. Does not implicitly {@link strata.l3registry.v1.QueryChainRequest.verify|verify} messages.
                 * @param message QueryChainRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryChainRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryChainRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryChainRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryChainRequest;

                /**
                 * Gets the default type url for QueryChainRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryChainResponse. */
            interface IQueryChainResponse {

                /** QueryChainResponse chain */
                chain?: (strata.l3registry.v1.IL3Chain|null);
            }

            /** Represents a QueryChainResponse. */
            class QueryChainResponse implements IQueryChainResponse {

                /**
                 * Constructs a new QueryChainResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryChainResponse);

                /** QueryChainResponse chain. */
                public chain?: (strata.l3registry.v1.IL3Chain|null);

                /**
                 * Creates a new QueryChainResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryChainResponse instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryChainResponse): strata.l3registry.v1.QueryChainResponse;

                /**
                 * Encodes the specified QueryChainResponse message. Does not implicitly {@link strata.l3registry.v1.QueryChainResponse.verify|verify} messages.
                 * @param message QueryChainResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryChainResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryChainResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryChainResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryChainResponse;

                /**
                 * Gets the default type url for QueryChainResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryChainsRequest. */
            interface IQueryChainsRequest {

                /** QueryChainsRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryChainsRequest. */
            class QueryChainsRequest implements IQueryChainsRequest {

                /**
                 * Constructs a new QueryChainsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryChainsRequest);

                /** QueryChainsRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryChainsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryChainsRequest instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryChainsRequest): strata.l3registry.v1.QueryChainsRequest;

                /**
                 * Encodes the specified QueryChainsRequest message. Does not implicitly {@link strata.l3registry.v1.QueryChainsRequest.verify|verify} messages.
                 * @param message QueryChainsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryChainsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryChainsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryChainsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryChainsRequest;

                /**
                 * Gets the default type url for QueryChainsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryChainsResponse. */
            interface IQueryChainsResponse {

                /** QueryChainsResponse chains */
                chains?: (strata.l3registry.v1.IL3Chain[]|null);

                /** QueryChainsResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryChainsResponse. */
            class QueryChainsResponse implements IQueryChainsResponse {

                /**
                 * Constructs a new QueryChainsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryChainsResponse);

                /** QueryChainsResponse chains. */
                public chains: strata.l3registry.v1.IL3Chain[];

                /** QueryChainsResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryChainsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryChainsResponse instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryChainsResponse): strata.l3registry.v1.QueryChainsResponse;

                /**
                 * Encodes the specified QueryChainsResponse message. Does not implicitly {@link strata.l3registry.v1.QueryChainsResponse.verify|verify} messages.
                 * @param message QueryChainsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryChainsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryChainsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryChainsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryChainsResponse;

                /**
                 * Gets the default type url for QueryChainsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryHeaderRequest. */
            interface IQueryHeaderRequest {

                /** QueryHeaderRequest chainId */
                chainId?: (string|null);

                /** QueryHeaderRequest number */
                number?: (number|null);
            }

            /** Represents a QueryHeaderRequest. */
            class QueryHeaderRequest implements IQueryHeaderRequest {

                /**
                 * Constructs a new QueryHeaderRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryHeaderRequest);

                /** QueryHeaderRequest chainId. */
                public chainId: string;

                /** QueryHeaderRequest number. */
                public number: number;

                /**
                 * Creates a new QueryHeaderRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryHeaderRequest instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryHeaderRequest): strata.l3registry.v1.QueryHeaderRequest;

                /**
                 * Encodes the specified QueryHeaderRequest message. Does not implicitly {@link strata.l3registry.v1.QueryHeaderRequest.verify|verify} messages.
                 * @param message QueryHeaderRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryHeaderRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryHeaderRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryHeaderRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryHeaderRequest;

                /**
                 * Gets the default type url for QueryHeaderRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryHeaderResponse. */
            interface IQueryHeaderResponse {

                /** QueryHeaderResponse header */
                header?: (strata.rollup.v1.IBatchRecord|null);
            }

            /** Represents a QueryHeaderResponse. */
            class QueryHeaderResponse implements IQueryHeaderResponse {

                /**
                 * Constructs a new QueryHeaderResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryHeaderResponse);

                /** QueryHeaderResponse header. */
                public header?: (strata.rollup.v1.IBatchRecord|null);

                /**
                 * Creates a new QueryHeaderResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryHeaderResponse instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryHeaderResponse): strata.l3registry.v1.QueryHeaderResponse;

                /**
                 * Encodes the specified QueryHeaderResponse message. Does not implicitly {@link strata.l3registry.v1.QueryHeaderResponse.verify|verify} messages.
                 * @param message QueryHeaderResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryHeaderResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryHeaderResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryHeaderResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryHeaderResponse;

                /**
                 * Gets the default type url for QueryHeaderResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryHeadersRequest. */
            interface IQueryHeadersRequest {

                /** QueryHeadersRequest chainId */
                chainId?: (string|null);

                /** QueryHeadersRequest fromNumber */
                fromNumber?: (number|null);

                /** QueryHeadersRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryHeadersRequest. */
            class QueryHeadersRequest implements IQueryHeadersRequest {

                /**
                 * Constructs a new QueryHeadersRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryHeadersRequest);

                /** QueryHeadersRequest chainId. */
                public chainId: string;

                /** QueryHeadersRequest fromNumber. */
                public fromNumber: number;

                /** QueryHeadersRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryHeadersRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryHeadersRequest instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryHeadersRequest): strata.l3registry.v1.QueryHeadersRequest;

                /**
                 * Encodes the specified QueryHeadersRequest message. Does not implicitly {@link strata.l3registry.v1.QueryHeadersRequest.verify|verify} messages.
                 * @param message QueryHeadersRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryHeadersRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryHeadersRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryHeadersRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryHeadersRequest;

                /**
                 * Gets the default type url for QueryHeadersRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryHeadersResponse. */
            interface IQueryHeadersResponse {

                /** QueryHeadersResponse headers */
                headers?: (strata.rollup.v1.IBatchRecord[]|null);

                /** QueryHeadersResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryHeadersResponse. */
            class QueryHeadersResponse implements IQueryHeadersResponse {

                /**
                 * Constructs a new QueryHeadersResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryHeadersResponse);

                /** QueryHeadersResponse headers. */
                public headers: strata.rollup.v1.IBatchRecord[];

                /** QueryHeadersResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryHeadersResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryHeadersResponse instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryHeadersResponse): strata.l3registry.v1.QueryHeadersResponse;

                /**
                 * Encodes the specified QueryHeadersResponse message. Does not implicitly {@link strata.l3registry.v1.QueryHeadersResponse.verify|verify} messages.
                 * @param message QueryHeadersResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryHeadersResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryHeadersResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryHeadersResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryHeadersResponse;

                /**
                 * Gets the default type url for QueryHeadersResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryLatestRequest. */
            interface IQueryLatestRequest {

                /** QueryLatestRequest chainId */
                chainId?: (string|null);
            }

            /** Represents a QueryLatestRequest. */
            class QueryLatestRequest implements IQueryLatestRequest {

                /**
                 * Constructs a new QueryLatestRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryLatestRequest);

                /** QueryLatestRequest chainId. */
                public chainId: string;

                /**
                 * Creates a new QueryLatestRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryLatestRequest instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryLatestRequest): strata.l3registry.v1.QueryLatestRequest;

                /**
                 * Encodes the specified QueryLatestRequest message. Does not implicitly {@link strata.l3registry.v1.QueryLatestRequest.verify|verify} messages.
                 * @param message QueryLatestRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryLatestRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryLatestRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryLatestRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryLatestRequest;

                /**
                 * Gets the default type url for QueryLatestRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryLatestResponse. */
            interface IQueryLatestResponse {

                /** QueryLatestResponse header */
                header?: (strata.rollup.v1.IBatchRecord|null);
            }

            /** Represents a QueryLatestResponse. */
            class QueryLatestResponse implements IQueryLatestResponse {

                /**
                 * Constructs a new QueryLatestResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryLatestResponse);

                /** QueryLatestResponse header. */
                public header?: (strata.rollup.v1.IBatchRecord|null);

                /**
                 * Creates a new QueryLatestResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryLatestResponse instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryLatestResponse): strata.l3registry.v1.QueryLatestResponse;

                /**
                 * Encodes the specified QueryLatestResponse message. Does not implicitly {@link strata.l3registry.v1.QueryLatestResponse.verify|verify} messages.
                 * @param message QueryLatestResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryLatestResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryLatestResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryLatestResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryLatestResponse;

                /**
                 * Gets the default type url for QueryLatestResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryParamsRequest): strata.l3registry.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.l3registry.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (strata.l3registry.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.l3registry.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (strata.l3registry.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: strata.l3registry.v1.IQueryParamsResponse): strata.l3registry.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.l3registry.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.l3registry.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.l3registry.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls Chain.
                 * @param request QueryChainRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryChainResponse
                 */
                public chain(request: strata.l3registry.v1.IQueryChainRequest, callback: strata.l3registry.v1.Query.ChainCallback): void;

                /**
                 * Calls Chain.
                 * @param request QueryChainRequest message or plain object
                 * @returns Promise
                 */
                public chain(request: strata.l3registry.v1.IQueryChainRequest): Promise<strata.l3registry.v1.QueryChainResponse>;

                /**
                 * Calls Chains.
                 * @param request QueryChainsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryChainsResponse
                 */
                public chains(request: strata.l3registry.v1.IQueryChainsRequest, callback: strata.l3registry.v1.Query.ChainsCallback): void;

                /**
                 * Calls Chains.
                 * @param request QueryChainsRequest message or plain object
                 * @returns Promise
                 */
                public chains(request: strata.l3registry.v1.IQueryChainsRequest): Promise<strata.l3registry.v1.QueryChainsResponse>;

                /**
                 * Calls Header.
                 * @param request QueryHeaderRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryHeaderResponse
                 */
                public header(request: strata.l3registry.v1.IQueryHeaderRequest, callback: strata.l3registry.v1.Query.HeaderCallback): void;

                /**
                 * Calls Header.
                 * @param request QueryHeaderRequest message or plain object
                 * @returns Promise
                 */
                public header(request: strata.l3registry.v1.IQueryHeaderRequest): Promise<strata.l3registry.v1.QueryHeaderResponse>;

                /**
                 * Calls Headers.
                 * @param request QueryHeadersRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryHeadersResponse
                 */
                public headers(request: strata.l3registry.v1.IQueryHeadersRequest, callback: strata.l3registry.v1.Query.HeadersCallback): void;

                /**
                 * Calls Headers.
                 * @param request QueryHeadersRequest message or plain object
                 * @returns Promise
                 */
                public headers(request: strata.l3registry.v1.IQueryHeadersRequest): Promise<strata.l3registry.v1.QueryHeadersResponse>;

                /**
                 * Calls Latest.
                 * @param request QueryLatestRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryLatestResponse
                 */
                public latest(request: strata.l3registry.v1.IQueryLatestRequest, callback: strata.l3registry.v1.Query.LatestCallback): void;

                /**
                 * Calls Latest.
                 * @param request QueryLatestRequest message or plain object
                 * @returns Promise
                 */
                public latest(request: strata.l3registry.v1.IQueryLatestRequest): Promise<strata.l3registry.v1.QueryLatestResponse>;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryParamsResponse
                 */
                public params(request: strata.l3registry.v1.IQueryParamsRequest, callback: strata.l3registry.v1.Query.ParamsCallback): void;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @returns Promise
                 */
                public params(request: strata.l3registry.v1.IQueryParamsRequest): Promise<strata.l3registry.v1.QueryParamsResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.l3registry.v1.Query#chain}.
                 * @param error Error, if any
                 * @param [response] QueryChainResponse
                 */
                type ChainCallback = (error: (Error|null), response?: strata.l3registry.v1.QueryChainResponse) => void;

                /**
                 * Callback as used by {@link strata.l3registry.v1.Query#chains}.
                 * @param error Error, if any
                 * @param [response] QueryChainsResponse
                 */
                type ChainsCallback = (error: (Error|null), response?: strata.l3registry.v1.QueryChainsResponse) => void;

                /**
                 * Callback as used by {@link strata.l3registry.v1.Query#header}.
                 * @param error Error, if any
                 * @param [response] QueryHeaderResponse
                 */
                type HeaderCallback = (error: (Error|null), response?: strata.l3registry.v1.QueryHeaderResponse) => void;

                /**
                 * Callback as used by {@link strata.l3registry.v1.Query#headers}.
                 * @param error Error, if any
                 * @param [response] QueryHeadersResponse
                 */
                type HeadersCallback = (error: (Error|null), response?: strata.l3registry.v1.QueryHeadersResponse) => void;

                /**
                 * Callback as used by {@link strata.l3registry.v1.Query#latest}.
                 * @param error Error, if any
                 * @param [response] QueryLatestResponse
                 */
                type LatestCallback = (error: (Error|null), response?: strata.l3registry.v1.QueryLatestResponse) => void;

                /**
                 * Callback as used by {@link strata.l3registry.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: strata.l3registry.v1.QueryParamsResponse) => void;
            }
        }
    }

    /** Namespace rollup. */
    namespace rollup {

        /** Namespace v1. */
        namespace v1 {

            /** Properties of a ChildValidator. */
            interface IChildValidator {

                /** ChildValidator pubKey */
                pubKey?: (Uint8Array|null);

                /** ChildValidator power */
                power?: (number|null);
            }

            /** Represents a ChildValidator. */
            class ChildValidator implements IChildValidator {

                /**
                 * Constructs a new ChildValidator.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IChildValidator);

                /** ChildValidator pubKey. */
                public pubKey: Uint8Array;

                /** ChildValidator power. */
                public power: number;

                /**
                 * Creates a new ChildValidator instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ChildValidator instance
                 */
                public static create(properties?: strata.rollup.v1.IChildValidator): strata.rollup.v1.ChildValidator;

                /**
                 * Encodes the specified ChildValidator message. Does not implicitly {@link strata.rollup.v1.ChildValidator.verify|verify} messages.
                 * @param message ChildValidator message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IChildValidator, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ChildValidator message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ChildValidator
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.ChildValidator;

                /**
                 * Gets the default type url for ChildValidator
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params minBond */
                minBond?: (string|null);

                /** Params minChallengeWindowBlocks */
                minChallengeWindowBlocks?: (number|null);

                /** Params maxItemsPerBatch */
                maxItemsPerBatch?: (number|null);

                /** Params gasPerSignature */
                gasPerSignature?: (number|null);

                /** Params gasPerItem */
                gasPerItem?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IParams);

                /** Params minBond. */
                public minBond: string;

                /** Params minChallengeWindowBlocks. */
                public minChallengeWindowBlocks: number;

                /** Params maxItemsPerBatch. */
                public maxItemsPerBatch: number;

                /** Params gasPerSignature. */
                public gasPerSignature: number;

                /** Params gasPerItem. */
                public gasPerItem: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: strata.rollup.v1.IParams): strata.rollup.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.rollup.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Rollup. */
            interface IRollup {

                /** Rollup chainId */
                chainId?: (string|null);

                /** Rollup creator */
                creator?: (string|null);

                /** Rollup genesisSha256 */
                genesisSha256?: (Uint8Array|null);

                /** Rollup challengeWindowBlocks */
                challengeWindowBlocks?: (number|null);

                /** Rollup bond */
                bond?: (string|null);

                /** Rollup registeredHeight */
                registeredHeight?: (number|null);

                /** Rollup lastNumber */
                lastNumber?: (number|null);

                /** Rollup validators */
                validators?: (strata.rollup.v1.IChildValidator[]|null);

                /** Rollup depositCount */
                depositCount?: (number|null);
            }

            /** Represents a Rollup. */
            class Rollup implements IRollup {

                /**
                 * Constructs a new Rollup.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IRollup);

                /** Rollup chainId. */
                public chainId: string;

                /** Rollup creator. */
                public creator: string;

                /** Rollup genesisSha256. */
                public genesisSha256: Uint8Array;

                /** Rollup challengeWindowBlocks. */
                public challengeWindowBlocks: number;

                /** Rollup bond. */
                public bond: string;

                /** Rollup registeredHeight. */
                public registeredHeight: number;

                /** Rollup lastNumber. */
                public lastNumber: number;

                /** Rollup validators. */
                public validators: strata.rollup.v1.IChildValidator[];

                /** Rollup depositCount. */
                public depositCount: number;

                /**
                 * Creates a new Rollup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Rollup instance
                 */
                public static create(properties?: strata.rollup.v1.IRollup): strata.rollup.v1.Rollup;

                /**
                 * Encodes the specified Rollup message. Does not implicitly {@link strata.rollup.v1.Rollup.verify|verify} messages.
                 * @param message Rollup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IRollup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Rollup message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Rollup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.Rollup;

                /**
                 * Gets the default type url for Rollup
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BatchRecord. */
            interface IBatchRecord {

                /** BatchRecord chainId */
                chainId?: (string|null);

                /** BatchRecord number */
                number?: (number|null);

                /** BatchRecord header */
                header?: (Uint8Array|null);

                /** BatchRecord headerRoot */
                headerRoot?: (Uint8Array|null);

                /** BatchRecord parentHeight */
                parentHeight?: (number|null);

                /** BatchRecord submitter */
                submitter?: (string|null);
            }

            /** Represents a BatchRecord. */
            class BatchRecord implements IBatchRecord {

                /**
                 * Constructs a new BatchRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IBatchRecord);

                /** BatchRecord chainId. */
                public chainId: string;

                /** BatchRecord number. */
                public number: number;

                /** BatchRecord header. */
                public header: Uint8Array;

                /** BatchRecord headerRoot. */
                public headerRoot: Uint8Array;

                /** BatchRecord parentHeight. */
                public parentHeight: number;

                /** BatchRecord submitter. */
                public submitter: string;

                /**
                 * Creates a new BatchRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BatchRecord instance
                 */
                public static create(properties?: strata.rollup.v1.IBatchRecord): strata.rollup.v1.BatchRecord;

                /**
                 * Encodes the specified BatchRecord message. Does not implicitly {@link strata.rollup.v1.BatchRecord.verify|verify} messages.
                 * @param message BatchRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IBatchRecord, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BatchRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BatchRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.BatchRecord;

                /**
                 * Gets the default type url for BatchRecord
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a BatchItem. */
            interface IBatchItem {

                /** BatchItem block */
                block?: (Uint8Array|null);

                /** BatchItem commit */
                commit?: (Uint8Array|null);

                /** BatchItem header */
                header?: (Uint8Array|null);

                /** BatchItem commitmentProof */
                commitmentProof?: (strata.rollup.v1.IStateProof|null);

                /** BatchItem nextValidators */
                nextValidators?: (strata.rollup.v1.IChildValidator[]|null);
            }

            /** Represents a BatchItem. */
            class BatchItem implements IBatchItem {

                /**
                 * Constructs a new BatchItem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IBatchItem);

                /** BatchItem block. */
                public block: Uint8Array;

                /** BatchItem commit. */
                public commit: Uint8Array;

                /** BatchItem header. */
                public header: Uint8Array;

                /** BatchItem commitmentProof. */
                public commitmentProof?: (strata.rollup.v1.IStateProof|null);

                /** BatchItem nextValidators. */
                public nextValidators: strata.rollup.v1.IChildValidator[];

                /**
                 * Creates a new BatchItem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BatchItem instance
                 */
                public static create(properties?: strata.rollup.v1.IBatchItem): strata.rollup.v1.BatchItem;

                /**
                 * Encodes the specified BatchItem message. Does not implicitly {@link strata.rollup.v1.BatchItem.verify|verify} messages.
                 * @param message BatchItem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IBatchItem, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BatchItem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns BatchItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.BatchItem;

                /**
                 * Gets the default type url for BatchItem
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a StateProof. */
            interface IStateProof {

                /** StateProof key */
                key?: (Uint8Array|null);

                /** StateProof value */
                value?: (Uint8Array|null);

                /** StateProof nodes */
                nodes?: (Uint8Array[]|null);
            }

            /** Represents a StateProof. */
            class StateProof implements IStateProof {

                /**
                 * Constructs a new StateProof.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IStateProof);

                /** StateProof key. */
                public key: Uint8Array;

                /** StateProof value. */
                public value: Uint8Array;

                /** StateProof nodes. */
                public nodes: Uint8Array[];

                /**
                 * Creates a new StateProof instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StateProof instance
                 */
                public static create(properties?: strata.rollup.v1.IStateProof): strata.rollup.v1.StateProof;

                /**
                 * Encodes the specified StateProof message. Does not implicitly {@link strata.rollup.v1.StateProof.verify|verify} messages.
                 * @param message StateProof message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IStateProof, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StateProof message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns StateProof
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.StateProof;

                /**
                 * Gets the default type url for StateProof
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRegisterRollup. */
            interface IMsgRegisterRollup {

                /** MsgRegisterRollup creator */
                creator?: (string|null);

                /** MsgRegisterRollup chainId */
                chainId?: (string|null);

                /** MsgRegisterRollup genesis */
                genesis?: (Uint8Array|null);

                /** MsgRegisterRollup challengeWindowBlocks */
                challengeWindowBlocks?: (number|null);

                /** MsgRegisterRollup bond */
                bond?: (string|null);
            }

            /** Represents a MsgRegisterRollup. */
            class MsgRegisterRollup implements IMsgRegisterRollup {

                /**
                 * Constructs a new MsgRegisterRollup.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IMsgRegisterRollup);

                /** MsgRegisterRollup creator. */
                public creator: string;

                /** MsgRegisterRollup chainId. */
                public chainId: string;

                /** MsgRegisterRollup genesis. */
                public genesis: Uint8Array;

                /** MsgRegisterRollup challengeWindowBlocks. */
                public challengeWindowBlocks: number;

                /** MsgRegisterRollup bond. */
                public bond: string;

                /**
                 * Creates a new MsgRegisterRollup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterRollup instance
                 */
                public static create(properties?: strata.rollup.v1.IMsgRegisterRollup): strata.rollup.v1.MsgRegisterRollup;

                /**
                 * Encodes the specified MsgRegisterRollup message. Does not implicitly {@link strata.rollup.v1.MsgRegisterRollup.verify|verify} messages.
                 * @param message MsgRegisterRollup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IMsgRegisterRollup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterRollup message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRegisterRollup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.MsgRegisterRollup;

                /**
                 * Gets the default type url for MsgRegisterRollup
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRegisterRollupResponse. */
            interface IMsgRegisterRollupResponse {
            }

            /** Represents a MsgRegisterRollupResponse. */
            class MsgRegisterRollupResponse implements IMsgRegisterRollupResponse {

                /**
                 * Constructs a new MsgRegisterRollupResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IMsgRegisterRollupResponse);

                /**
                 * Creates a new MsgRegisterRollupResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterRollupResponse instance
                 */
                public static create(properties?: strata.rollup.v1.IMsgRegisterRollupResponse): strata.rollup.v1.MsgRegisterRollupResponse;

                /**
                 * Encodes the specified MsgRegisterRollupResponse message. Does not implicitly {@link strata.rollup.v1.MsgRegisterRollupResponse.verify|verify} messages.
                 * @param message MsgRegisterRollupResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IMsgRegisterRollupResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterRollupResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRegisterRollupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.MsgRegisterRollupResponse;

                /**
                 * Gets the default type url for MsgRegisterRollupResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitBatch. */
            interface IMsgSubmitBatch {

                /** MsgSubmitBatch submitter */
                submitter?: (string|null);

                /** MsgSubmitBatch chainId */
                chainId?: (string|null);

                /** MsgSubmitBatch items */
                items?: (strata.rollup.v1.IBatchItem[]|null);
            }

            /** Represents a MsgSubmitBatch. */
            class MsgSubmitBatch implements IMsgSubmitBatch {

                /**
                 * Constructs a new MsgSubmitBatch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IMsgSubmitBatch);

                /** MsgSubmitBatch submitter. */
                public submitter: string;

                /** MsgSubmitBatch chainId. */
                public chainId: string;

                /** MsgSubmitBatch items. */
                public items: strata.rollup.v1.IBatchItem[];

                /**
                 * Creates a new MsgSubmitBatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitBatch instance
                 */
                public static create(properties?: strata.rollup.v1.IMsgSubmitBatch): strata.rollup.v1.MsgSubmitBatch;

                /**
                 * Encodes the specified MsgSubmitBatch message. Does not implicitly {@link strata.rollup.v1.MsgSubmitBatch.verify|verify} messages.
                 * @param message MsgSubmitBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IMsgSubmitBatch, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitBatch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.MsgSubmitBatch;

                /**
                 * Gets the default type url for MsgSubmitBatch
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitBatchResponse. */
            interface IMsgSubmitBatchResponse {

                /** MsgSubmitBatchResponse lastNumber */
                lastNumber?: (number|null);
            }

            /** Represents a MsgSubmitBatchResponse. */
            class MsgSubmitBatchResponse implements IMsgSubmitBatchResponse {

                /**
                 * Constructs a new MsgSubmitBatchResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IMsgSubmitBatchResponse);

                /** MsgSubmitBatchResponse lastNumber. */
                public lastNumber: number;

                /**
                 * Creates a new MsgSubmitBatchResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitBatchResponse instance
                 */
                public static create(properties?: strata.rollup.v1.IMsgSubmitBatchResponse): strata.rollup.v1.MsgSubmitBatchResponse;

                /**
                 * Encodes the specified MsgSubmitBatchResponse message. Does not implicitly {@link strata.rollup.v1.MsgSubmitBatchResponse.verify|verify} messages.
                 * @param message MsgSubmitBatchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IMsgSubmitBatchResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitBatchResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitBatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.MsgSubmitBatchResponse;

                /**
                 * Gets the default type url for MsgSubmitBatchResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /**
                 * Calls RegisterRollup.
                 * @param request MsgRegisterRollup message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgRegisterRollupResponse
                 */
                public registerRollup(request: strata.rollup.v1.IMsgRegisterRollup, callback: strata.rollup.v1.Msg.RegisterRollupCallback): void;

                /**
                 * Calls RegisterRollup.
                 * @param request MsgRegisterRollup message or plain object
                 * @returns Promise
                 */
                public registerRollup(request: strata.rollup.v1.IMsgRegisterRollup): Promise<strata.rollup.v1.MsgRegisterRollupResponse>;

                /**
                 * Calls SubmitBatch.
                 * @param request MsgSubmitBatch message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgSubmitBatchResponse
                 */
                public submitBatch(request: strata.rollup.v1.IMsgSubmitBatch, callback: strata.rollup.v1.Msg.SubmitBatchCallback): void;

                /**
                 * Calls SubmitBatch.
                 * @param request MsgSubmitBatch message or plain object
                 * @returns Promise
                 */
                public submitBatch(request: strata.rollup.v1.IMsgSubmitBatch): Promise<strata.rollup.v1.MsgSubmitBatchResponse>;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link strata.rollup.v1.Msg#registerRollup}.
                 * @param error Error, if any
                 * @param [response] MsgRegisterRollupResponse
                 */
                type RegisterRollupCallback = (error: (Error|null), response?: strata.rollup.v1.MsgRegisterRollupResponse) => void;

                /**
                 * Callback as used by {@link strata.rollup.v1.Msg#submitBatch}.
                 * @param error Error, if any
                 * @param [response] MsgSubmitBatchResponse
                 */
                type SubmitBatchCallback = (error: (Error|null), response?: strata.rollup.v1.MsgSubmitBatchResponse) => void;
            }

            /** Properties of a QueryRollupRequest. */
            interface IQueryRollupRequest {

                /** QueryRollupRequest chainId */
                chainId?: (string|null);
            }

            /** Represents a QueryRollupRequest. */
            class QueryRollupRequest implements IQueryRollupRequest {

                /**
                 * Constructs a new QueryRollupRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryRollupRequest);

                /** QueryRollupRequest chainId. */
                public chainId: string;

                /**
                 * Creates a new QueryRollupRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRollupRequest instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryRollupRequest): strata.rollup.v1.QueryRollupRequest;

                /**
                 * Encodes the specified QueryRollupRequest message. Does not implicitly {@link strata.rollup.v1.QueryRollupRequest.verify|verify} messages.
                 * @param message QueryRollupRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryRollupRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRollupRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRollupRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryRollupRequest;

                /**
                 * Gets the default type url for QueryRollupRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRollupResponse. */
            interface IQueryRollupResponse {

                /** QueryRollupResponse rollup */
                rollup?: (strata.rollup.v1.IRollup|null);
            }

            /** Represents a QueryRollupResponse. */
            class QueryRollupResponse implements IQueryRollupResponse {

                /**
                 * Constructs a new QueryRollupResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryRollupResponse);

                /** QueryRollupResponse rollup. */
                public rollup?: (strata.rollup.v1.IRollup|null);

                /**
                 * Creates a new QueryRollupResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRollupResponse instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryRollupResponse): strata.rollup.v1.QueryRollupResponse;

                /**
                 * Encodes the specified QueryRollupResponse message. Does not implicitly {@link strata.rollup.v1.QueryRollupResponse.verify|verify} messages.
                 * @param message QueryRollupResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryRollupResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRollupResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRollupResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryRollupResponse;

                /**
                 * Gets the default type url for QueryRollupResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRollupsRequest. */
            interface IQueryRollupsRequest {

                /** QueryRollupsRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryRollupsRequest. */
            class QueryRollupsRequest implements IQueryRollupsRequest {

                /**
                 * Constructs a new QueryRollupsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryRollupsRequest);

                /** QueryRollupsRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryRollupsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRollupsRequest instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryRollupsRequest): strata.rollup.v1.QueryRollupsRequest;

                /**
                 * Encodes the specified QueryRollupsRequest message. Does not implicitly {@link strata.rollup.v1.QueryRollupsRequest.verify|verify} messages.
                 * @param message QueryRollupsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryRollupsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRollupsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRollupsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryRollupsRequest;

                /**
                 * Gets the default type url for QueryRollupsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryRollupsResponse. */
            interface IQueryRollupsResponse {

                /** QueryRollupsResponse rollups */
                rollups?: (strata.rollup.v1.IRollup[]|null);

                /** QueryRollupsResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryRollupsResponse. */
            class QueryRollupsResponse implements IQueryRollupsResponse {

                /**
                 * Constructs a new QueryRollupsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryRollupsResponse);

                /** QueryRollupsResponse rollups. */
                public rollups: strata.rollup.v1.IRollup[];

                /** QueryRollupsResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryRollupsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryRollupsResponse instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryRollupsResponse): strata.rollup.v1.QueryRollupsResponse;

                /**
                 * Encodes the specified QueryRollupsResponse message. Does not implicitly {@link strata.rollup.v1.QueryRollupsResponse.verify|verify} messages.
                 * @param message QueryRollupsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryRollupsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryRollupsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryRollupsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryRollupsResponse;

                /**
                 * Gets the default type url for QueryRollupsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryGenesisRequest. */
            interface IQueryGenesisRequest {

                /** QueryGenesisRequest chainId */
                chainId?: (string|null);
            }

            /** Represents a QueryGenesisRequest. */
            class QueryGenesisRequest implements IQueryGenesisRequest {

                /**
                 * Constructs a new QueryGenesisRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryGenesisRequest);

                /** QueryGenesisRequest chainId. */
                public chainId: string;

                /**
                 * Creates a new QueryGenesisRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryGenesisRequest instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryGenesisRequest): strata.rollup.v1.QueryGenesisRequest;

                /**
                 * Encodes the specified QueryGenesisRequest message. Does not implicitly {@link strata.rollup.v1.QueryGenesisRequest.verify|verify} messages.
                 * @param message QueryGenesisRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryGenesisRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryGenesisRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryGenesisRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryGenesisRequest;

                /**
                 * Gets the default type url for QueryGenesisRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryGenesisResponse. */
            interface IQueryGenesisResponse {

                /** QueryGenesisResponse genesis */
                genesis?: (Uint8Array|null);
            }

            /** Represents a QueryGenesisResponse. */
            class QueryGenesisResponse implements IQueryGenesisResponse {

                /**
                 * Constructs a new QueryGenesisResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryGenesisResponse);

                /** QueryGenesisResponse genesis. */
                public genesis: Uint8Array;

                /**
                 * Creates a new QueryGenesisResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryGenesisResponse instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryGenesisResponse): strata.rollup.v1.QueryGenesisResponse;

                /**
                 * Encodes the specified QueryGenesisResponse message. Does not implicitly {@link strata.rollup.v1.QueryGenesisResponse.verify|verify} messages.
                 * @param message QueryGenesisResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryGenesisResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryGenesisResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryGenesisResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryGenesisResponse;

                /**
                 * Gets the default type url for QueryGenesisResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryBatchRequest. */
            interface IQueryBatchRequest {

                /** QueryBatchRequest chainId */
                chainId?: (string|null);

                /** QueryBatchRequest number */
                number?: (number|null);
            }

            /** Represents a QueryBatchRequest. */
            class QueryBatchRequest implements IQueryBatchRequest {

                /**
                 * Constructs a new QueryBatchRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryBatchRequest);

                /** QueryBatchRequest chainId. */
                public chainId: string;

                /** QueryBatchRequest number. */
                public number: number;

                /**
                 * Creates a new QueryBatchRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBatchRequest instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryBatchRequest): strata.rollup.v1.QueryBatchRequest;

                /**
                 * Encodes the specified QueryBatchRequest message. Does not implicitly {@link strata.rollup.v1.QueryBatchRequest.verify|verify} messages.
                 * @param message QueryBatchRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryBatchRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBatchRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryBatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryBatchRequest;

                /**
                 * Gets the default type url for QueryBatchRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryBatchResponse. */
            interface IQueryBatchResponse {

                /** QueryBatchResponse batch */
                batch?: (strata.rollup.v1.IBatchRecord|null);
            }

            /** Represents a QueryBatchResponse. */
            class QueryBatchResponse implements IQueryBatchResponse {

                /**
                 * Constructs a new QueryBatchResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryBatchResponse);

                /** QueryBatchResponse batch. */
                public batch?: (strata.rollup.v1.IBatchRecord|null);

                /**
                 * Creates a new QueryBatchResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBatchResponse instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryBatchResponse): strata.rollup.v1.QueryBatchResponse;

                /**
                 * Encodes the specified QueryBatchResponse message. Does not implicitly {@link strata.rollup.v1.QueryBatchResponse.verify|verify} messages.
                 * @param message QueryBatchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryBatchResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBatchResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryBatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryBatchResponse;

                /**
                 * Gets the default type url for QueryBatchResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryBatchesRequest. */
            interface IQueryBatchesRequest {

                /** QueryBatchesRequest chainId */
                chainId?: (string|null);

                /** QueryBatchesRequest fromNumber */
                fromNumber?: (number|null);

                /** QueryBatchesRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryBatchesRequest. */
            class QueryBatchesRequest implements IQueryBatchesRequest {

                /**
                 * Constructs a new QueryBatchesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryBatchesRequest);

                /** QueryBatchesRequest chainId. */
                public chainId: string;

                /** QueryBatchesRequest fromNumber. */
                public fromNumber: number;

                /** QueryBatchesRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryBatchesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBatchesRequest instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryBatchesRequest): strata.rollup.v1.QueryBatchesRequest;

                /**
                 * Encodes the specified QueryBatchesRequest message. Does not implicitly {@link strata.rollup.v1.QueryBatchesRequest.verify|verify} messages.
                 * @param message QueryBatchesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryBatchesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBatchesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryBatchesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryBatchesRequest;

                /**
                 * Gets the default type url for QueryBatchesRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryBatchesResponse. */
            interface IQueryBatchesResponse {

                /** QueryBatchesResponse batches */
                batches?: (strata.rollup.v1.IBatchRecord[]|null);

                /** QueryBatchesResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryBatchesResponse. */
            class QueryBatchesResponse implements IQueryBatchesResponse {

                /**
                 * Constructs a new QueryBatchesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryBatchesResponse);

                /** QueryBatchesResponse batches. */
                public batches: strata.rollup.v1.IBatchRecord[];

                /** QueryBatchesResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryBatchesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryBatchesResponse instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryBatchesResponse): strata.rollup.v1.QueryBatchesResponse;

                /**
                 * Encodes the specified QueryBatchesResponse message. Does not implicitly {@link strata.rollup.v1.QueryBatchesResponse.verify|verify} messages.
                 * @param message QueryBatchesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryBatchesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryBatchesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryBatchesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryBatchesResponse;

                /**
                 * Gets the default type url for QueryBatchesResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryParamsRequest): strata.rollup.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.rollup.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (strata.rollup.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (strata.rollup.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: strata.rollup.v1.IQueryParamsResponse): strata.rollup.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.rollup.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls Rollup.
                 * @param request QueryRollupRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryRollupResponse
                 */
                public rollup(request: strata.rollup.v1.IQueryRollupRequest, callback: strata.rollup.v1.Query.RollupCallback): void;

                /**
                 * Calls Rollup.
                 * @param request QueryRollupRequest message or plain object
                 * @returns Promise
                 */
                public rollup(request: strata.rollup.v1.IQueryRollupRequest): Promise<strata.rollup.v1.QueryRollupResponse>;

                /**
                 * Calls Rollups.
                 * @param request QueryRollupsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryRollupsResponse
                 */
                public rollups(request: strata.rollup.v1.IQueryRollupsRequest, callback: strata.rollup.v1.Query.RollupsCallback): void;

                /**
                 * Calls Rollups.
                 * @param request QueryRollupsRequest message or plain object
                 * @returns Promise
                 */
                public rollups(request: strata.rollup.v1.IQueryRollupsRequest): Promise<strata.rollup.v1.QueryRollupsResponse>;

                /**
                 * Calls Genesis.
                 * @param request QueryGenesisRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryGenesisResponse
                 */
                public genesis(request: strata.rollup.v1.IQueryGenesisRequest, callback: strata.rollup.v1.Query.GenesisCallback): void;

                /**
                 * Calls Genesis.
                 * @param request QueryGenesisRequest message or plain object
                 * @returns Promise
                 */
                public genesis(request: strata.rollup.v1.IQueryGenesisRequest): Promise<strata.rollup.v1.QueryGenesisResponse>;

                /**
                 * Calls Batch.
                 * @param request QueryBatchRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryBatchResponse
                 */
                public batch(request: strata.rollup.v1.IQueryBatchRequest, callback: strata.rollup.v1.Query.BatchCallback): void;

                /**
                 * Calls Batch.
                 * @param request QueryBatchRequest message or plain object
                 * @returns Promise
                 */
                public batch(request: strata.rollup.v1.IQueryBatchRequest): Promise<strata.rollup.v1.QueryBatchResponse>;

                /**
                 * Calls Batches.
                 * @param request QueryBatchesRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryBatchesResponse
                 */
                public batches(request: strata.rollup.v1.IQueryBatchesRequest, callback: strata.rollup.v1.Query.BatchesCallback): void;

                /**
                 * Calls Batches.
                 * @param request QueryBatchesRequest message or plain object
                 * @returns Promise
                 */
                public batches(request: strata.rollup.v1.IQueryBatchesRequest): Promise<strata.rollup.v1.QueryBatchesResponse>;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryParamsResponse
                 */
                public params(request: strata.rollup.v1.IQueryParamsRequest, callback: strata.rollup.v1.Query.ParamsCallback): void;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @returns Promise
                 */
                public params(request: strata.rollup.v1.IQueryParamsRequest): Promise<strata.rollup.v1.QueryParamsResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.rollup.v1.Query#rollup}.
                 * @param error Error, if any
                 * @param [response] QueryRollupResponse
                 */
                type RollupCallback = (error: (Error|null), response?: strata.rollup.v1.QueryRollupResponse) => void;

                /**
                 * Callback as used by {@link strata.rollup.v1.Query#rollups}.
                 * @param error Error, if any
                 * @param [response] QueryRollupsResponse
                 */
                type RollupsCallback = (error: (Error|null), response?: strata.rollup.v1.QueryRollupsResponse) => void;

                /**
                 * Callback as used by {@link strata.rollup.v1.Query#genesis}.
                 * @param error Error, if any
                 * @param [response] QueryGenesisResponse
                 */
                type GenesisCallback = (error: (Error|null), response?: strata.rollup.v1.QueryGenesisResponse) => void;

                /**
                 * Callback as used by {@link strata.rollup.v1.Query#batch}.
                 * @param error Error, if any
                 * @param [response] QueryBatchResponse
                 */
                type BatchCallback = (error: (Error|null), response?: strata.rollup.v1.QueryBatchResponse) => void;

                /**
                 * Callback as used by {@link strata.rollup.v1.Query#batches}.
                 * @param error Error, if any
                 * @param [response] QueryBatchesResponse
                 */
                type BatchesCallback = (error: (Error|null), response?: strata.rollup.v1.QueryBatchesResponse) => void;

                /**
                 * Callback as used by {@link strata.rollup.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: strata.rollup.v1.QueryParamsResponse) => void;
            }

            /** Properties of a GenesisRollup. */
            interface IGenesisRollup {

                /** GenesisRollup rollup */
                rollup?: (strata.rollup.v1.IRollup|null);

                /** GenesisRollup genesis */
                genesis?: (Uint8Array|null);

                /** GenesisRollup batches */
                batches?: (strata.rollup.v1.IBatchRecord[]|null);
            }

            /** Represents a GenesisRollup. */
            class GenesisRollup implements IGenesisRollup {

                /**
                 * Constructs a new GenesisRollup.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IGenesisRollup);

                /** GenesisRollup rollup. */
                public rollup?: (strata.rollup.v1.IRollup|null);

                /** GenesisRollup genesis. */
                public genesis: Uint8Array;

                /** GenesisRollup batches. */
                public batches: strata.rollup.v1.IBatchRecord[];

                /**
                 * Creates a new GenesisRollup instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisRollup instance
                 */
                public static create(properties?: strata.rollup.v1.IGenesisRollup): strata.rollup.v1.GenesisRollup;

                /**
                 * Encodes the specified GenesisRollup message. Does not implicitly {@link strata.rollup.v1.GenesisRollup.verify|verify} messages.
                 * @param message GenesisRollup message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IGenesisRollup, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisRollup message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisRollup
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.GenesisRollup;

                /**
                 * Gets the default type url for GenesisRollup
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GenesisState. */
            interface IGenesisState {

                /** GenesisState params */
                params?: (strata.rollup.v1.IParams|null);

                /** GenesisState rollups */
                rollups?: (strata.rollup.v1.IGenesisRollup[]|null);
            }

            /** Represents a GenesisState. */
            class GenesisState implements IGenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.rollup.v1.IGenesisState);

                /** GenesisState params. */
                public params?: (strata.rollup.v1.IParams|null);

                /** GenesisState rollups. */
                public rollups: strata.rollup.v1.IGenesisRollup[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                public static create(properties?: strata.rollup.v1.IGenesisState): strata.rollup.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.rollup.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.rollup.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.rollup.v1.GenesisState;

                /**
                 * Gets the default type url for GenesisState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace models. */
    namespace models {

        /** Namespace v1. */
        namespace v1 {

            /** Visibility enum. */
            enum Visibility {
                VISIBILITY_UNSPECIFIED = 0,
                VISIBILITY_PUBLIC = 1,
                VISIBILITY_PRIVATE = 2
            }

            /** ModelStatus enum. */
            enum ModelStatus {
                MODEL_STATUS_UNSPECIFIED = 0,
                MODEL_STATUS_PENDING = 1,
                MODEL_STATUS_VERIFIED = 2,
                MODEL_STATUS_DEPRECATED = 3
            }

            /** Properties of a ModelVersion. */
            interface IModelVersion {

                /** ModelVersion id */
                id?: (string|null);

                /** ModelVersion name */
                name?: (string|null);

                /** ModelVersion version */
                version?: (string|null);

                /** ModelVersion weightsSha256 */
                weightsSha256?: (string|null);

                /** ModelVersion weightsSize */
                weightsSize?: (number|null);

                /** ModelVersion format */
                format?: (string|null);

                /** ModelVersion quantization */
                quantization?: (string|null);

                /** ModelVersion tokenizerSha256 */
                tokenizerSha256?: (string|null);

                /** ModelVersion storageUris */
                storageUris?: (string[]|null);

                /** ModelVersion priceInputPer_1k */
                priceInputPer_1k?: (string|null);

                /** ModelVersion priceOutputPer_1k */
                priceOutputPer_1k?: (string|null);

                /** ModelVersion owner */
                owner?: (string|null);

                /** ModelVersion license */
                license?: (string|null);

                /** ModelVersion visibility */
                visibility?: (strata.models.v1.Visibility|null);

                /** ModelVersion encryptedWeightsSha256 */
                encryptedWeightsSha256?: (string|null);

                /** ModelVersion parent */
                parent?: (string|null);

                /** ModelVersion status */
                status?: (strata.models.v1.ModelStatus|null);

                /** ModelVersion publishedHeight */
                publishedHeight?: (number|null);

                /** ModelVersion verifiedBy */
                verifiedBy?: (string|null);

                /** ModelVersion verifiedHeight */
                verifiedHeight?: (number|null);

                /** ModelVersion deprecatedHeight */
                deprecatedHeight?: (number|null);
            }

            /** Represents a ModelVersion. */
            class ModelVersion implements IModelVersion {

                /**
                 * Constructs a new ModelVersion.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IModelVersion);

                /** ModelVersion id. */
                public id: string;

                /** ModelVersion name. */
                public name: string;

                /** ModelVersion version. */
                public version: string;

                /** ModelVersion weightsSha256. */
                public weightsSha256: string;

                /** ModelVersion weightsSize. */
                public weightsSize: number;

                /** ModelVersion format. */
                public format: string;

                /** ModelVersion quantization. */
                public quantization: string;

                /** ModelVersion tokenizerSha256. */
                public tokenizerSha256: string;

                /** ModelVersion storageUris. */
                public storageUris: string[];

                /** ModelVersion priceInputPer_1k. */
                public priceInputPer_1k: string;

                /** ModelVersion priceOutputPer_1k. */
                public priceOutputPer_1k: string;

                /** ModelVersion owner. */
                public owner: string;

                /** ModelVersion license. */
                public license: string;

                /** ModelVersion visibility. */
                public visibility: strata.models.v1.Visibility;

                /** ModelVersion encryptedWeightsSha256. */
                public encryptedWeightsSha256: string;

                /** ModelVersion parent. */
                public parent: string;

                /** ModelVersion status. */
                public status: strata.models.v1.ModelStatus;

                /** ModelVersion publishedHeight. */
                public publishedHeight: number;

                /** ModelVersion verifiedBy. */
                public verifiedBy: string;

                /** ModelVersion verifiedHeight. */
                public verifiedHeight: number;

                /** ModelVersion deprecatedHeight. */
                public deprecatedHeight: number;

                /**
                 * Creates a new ModelVersion instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ModelVersion instance
                 */
                public static create(properties?: strata.models.v1.IModelVersion): strata.models.v1.ModelVersion;

                /**
                 * Encodes the specified ModelVersion message. Does not implicitly {@link strata.models.v1.ModelVersion.verify|verify} messages.
                 * @param message ModelVersion message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IModelVersion, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ModelVersion message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ModelVersion
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.ModelVersion;

                /**
                 * Gets the default type url for ModelVersion
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgPublishModel. */
            interface IMsgPublishModel {

                /** MsgPublishModel owner */
                owner?: (string|null);

                /** MsgPublishModel name */
                name?: (string|null);

                /** MsgPublishModel version */
                version?: (string|null);

                /** MsgPublishModel weightsSha256 */
                weightsSha256?: (string|null);

                /** MsgPublishModel weightsSize */
                weightsSize?: (number|null);

                /** MsgPublishModel format */
                format?: (string|null);

                /** MsgPublishModel quantization */
                quantization?: (string|null);

                /** MsgPublishModel tokenizerSha256 */
                tokenizerSha256?: (string|null);

                /** MsgPublishModel storageUris */
                storageUris?: (string[]|null);

                /** MsgPublishModel priceInputPer_1k */
                priceInputPer_1k?: (string|null);

                /** MsgPublishModel priceOutputPer_1k */
                priceOutputPer_1k?: (string|null);

                /** MsgPublishModel license */
                license?: (string|null);

                /** MsgPublishModel visibility */
                visibility?: (strata.models.v1.Visibility|null);

                /** MsgPublishModel encryptedWeightsSha256 */
                encryptedWeightsSha256?: (string|null);

                /** MsgPublishModel parent */
                parent?: (string|null);
            }

            /** Represents a MsgPublishModel. */
            class MsgPublishModel implements IMsgPublishModel {

                /**
                 * Constructs a new MsgPublishModel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IMsgPublishModel);

                /** MsgPublishModel owner. */
                public owner: string;

                /** MsgPublishModel name. */
                public name: string;

                /** MsgPublishModel version. */
                public version: string;

                /** MsgPublishModel weightsSha256. */
                public weightsSha256: string;

                /** MsgPublishModel weightsSize. */
                public weightsSize: number;

                /** MsgPublishModel format. */
                public format: string;

                /** MsgPublishModel quantization. */
                public quantization: string;

                /** MsgPublishModel tokenizerSha256. */
                public tokenizerSha256: string;

                /** MsgPublishModel storageUris. */
                public storageUris: string[];

                /** MsgPublishModel priceInputPer_1k. */
                public priceInputPer_1k: string;

                /** MsgPublishModel priceOutputPer_1k. */
                public priceOutputPer_1k: string;

                /** MsgPublishModel license. */
                public license: string;

                /** MsgPublishModel visibility. */
                public visibility: strata.models.v1.Visibility;

                /** MsgPublishModel encryptedWeightsSha256. */
                public encryptedWeightsSha256: string;

                /** MsgPublishModel parent. */
                public parent: string;

                /**
                 * Creates a new MsgPublishModel instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgPublishModel instance
                 */
                public static create(properties?: strata.models.v1.IMsgPublishModel): strata.models.v1.MsgPublishModel;

                /**
                 * Encodes the specified MsgPublishModel message. Does not implicitly {@link strata.models.v1.MsgPublishModel.verify|verify} messages.
                 * @param message MsgPublishModel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IMsgPublishModel, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgPublishModel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgPublishModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.MsgPublishModel;

                /**
                 * Gets the default type url for MsgPublishModel
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgPublishModelResponse. */
            interface IMsgPublishModelResponse {

                /** MsgPublishModelResponse id */
                id?: (string|null);
            }

            /** Represents a MsgPublishModelResponse. */
            class MsgPublishModelResponse implements IMsgPublishModelResponse {

                /**
                 * Constructs a new MsgPublishModelResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IMsgPublishModelResponse);

                /** MsgPublishModelResponse id. */
                public id: string;

                /**
                 * Creates a new MsgPublishModelResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgPublishModelResponse instance
                 */
                public static create(properties?: strata.models.v1.IMsgPublishModelResponse): strata.models.v1.MsgPublishModelResponse;

                /**
                 * Encodes the specified MsgPublishModelResponse message. Does not implicitly {@link strata.models.v1.MsgPublishModelResponse.verify|verify} messages.
                 * @param message MsgPublishModelResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IMsgPublishModelResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgPublishModelResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgPublishModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.MsgPublishModelResponse;

                /**
                 * Gets the default type url for MsgPublishModelResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgAttestModel. */
            interface IMsgAttestModel {

                /** MsgAttestModel guard */
                guard?: (string|null);

                /** MsgAttestModel id */
                id?: (string|null);

                /** MsgAttestModel weightsSha256 */
                weightsSha256?: (string|null);
            }

            /** Represents a MsgAttestModel. */
            class MsgAttestModel implements IMsgAttestModel {

                /**
                 * Constructs a new MsgAttestModel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IMsgAttestModel);

                /** MsgAttestModel guard. */
                public guard: string;

                /** MsgAttestModel id. */
                public id: string;

                /** MsgAttestModel weightsSha256. */
                public weightsSha256: string;

                /**
                 * Creates a new MsgAttestModel instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgAttestModel instance
                 */
                public static create(properties?: strata.models.v1.IMsgAttestModel): strata.models.v1.MsgAttestModel;

                /**
                 * Encodes the specified MsgAttestModel message. Does not implicitly {@link strata.models.v1.MsgAttestModel.verify|verify} messages.
                 * @param message MsgAttestModel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IMsgAttestModel, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgAttestModel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgAttestModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.MsgAttestModel;

                /**
                 * Gets the default type url for MsgAttestModel
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgAttestModelResponse. */
            interface IMsgAttestModelResponse {
            }

            /** Represents a MsgAttestModelResponse. */
            class MsgAttestModelResponse implements IMsgAttestModelResponse {

                /**
                 * Constructs a new MsgAttestModelResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IMsgAttestModelResponse);

                /**
                 * Creates a new MsgAttestModelResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgAttestModelResponse instance
                 */
                public static create(properties?: strata.models.v1.IMsgAttestModelResponse): strata.models.v1.MsgAttestModelResponse;

                /**
                 * Encodes the specified MsgAttestModelResponse message. Does not implicitly {@link strata.models.v1.MsgAttestModelResponse.verify|verify} messages.
                 * @param message MsgAttestModelResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IMsgAttestModelResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgAttestModelResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgAttestModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.MsgAttestModelResponse;

                /**
                 * Gets the default type url for MsgAttestModelResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgDeprecateModel. */
            interface IMsgDeprecateModel {

                /** MsgDeprecateModel owner */
                owner?: (string|null);

                /** MsgDeprecateModel id */
                id?: (string|null);
            }

            /** Represents a MsgDeprecateModel. */
            class MsgDeprecateModel implements IMsgDeprecateModel {

                /**
                 * Constructs a new MsgDeprecateModel.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IMsgDeprecateModel);

                /** MsgDeprecateModel owner. */
                public owner: string;

                /** MsgDeprecateModel id. */
                public id: string;

                /**
                 * Creates a new MsgDeprecateModel instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgDeprecateModel instance
                 */
                public static create(properties?: strata.models.v1.IMsgDeprecateModel): strata.models.v1.MsgDeprecateModel;

                /**
                 * Encodes the specified MsgDeprecateModel message. Does not implicitly {@link strata.models.v1.MsgDeprecateModel.verify|verify} messages.
                 * @param message MsgDeprecateModel message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IMsgDeprecateModel, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDeprecateModel message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgDeprecateModel
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.MsgDeprecateModel;

                /**
                 * Gets the default type url for MsgDeprecateModel
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgDeprecateModelResponse. */
            interface IMsgDeprecateModelResponse {
            }

            /** Represents a MsgDeprecateModelResponse. */
            class MsgDeprecateModelResponse implements IMsgDeprecateModelResponse {

                /**
                 * Constructs a new MsgDeprecateModelResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IMsgDeprecateModelResponse);

                /**
                 * Creates a new MsgDeprecateModelResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgDeprecateModelResponse instance
                 */
                public static create(properties?: strata.models.v1.IMsgDeprecateModelResponse): strata.models.v1.MsgDeprecateModelResponse;

                /**
                 * Encodes the specified MsgDeprecateModelResponse message. Does not implicitly {@link strata.models.v1.MsgDeprecateModelResponse.verify|verify} messages.
                 * @param message MsgDeprecateModelResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IMsgDeprecateModelResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgDeprecateModelResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgDeprecateModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.MsgDeprecateModelResponse;

                /**
                 * Gets the default type url for MsgDeprecateModelResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /**
                 * Calls PublishModel.
                 * @param request MsgPublishModel message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgPublishModelResponse
                 */
                public publishModel(request: strata.models.v1.IMsgPublishModel, callback: strata.models.v1.Msg.PublishModelCallback): void;

                /**
                 * Calls PublishModel.
                 * @param request MsgPublishModel message or plain object
                 * @returns Promise
                 */
                public publishModel(request: strata.models.v1.IMsgPublishModel): Promise<strata.models.v1.MsgPublishModelResponse>;

                /**
                 * Calls AttestModel.
                 * @param request MsgAttestModel message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgAttestModelResponse
                 */
                public attestModel(request: strata.models.v1.IMsgAttestModel, callback: strata.models.v1.Msg.AttestModelCallback): void;

                /**
                 * Calls AttestModel.
                 * @param request MsgAttestModel message or plain object
                 * @returns Promise
                 */
                public attestModel(request: strata.models.v1.IMsgAttestModel): Promise<strata.models.v1.MsgAttestModelResponse>;

                /**
                 * Calls DeprecateModel.
                 * @param request MsgDeprecateModel message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgDeprecateModelResponse
                 */
                public deprecateModel(request: strata.models.v1.IMsgDeprecateModel, callback: strata.models.v1.Msg.DeprecateModelCallback): void;

                /**
                 * Calls DeprecateModel.
                 * @param request MsgDeprecateModel message or plain object
                 * @returns Promise
                 */
                public deprecateModel(request: strata.models.v1.IMsgDeprecateModel): Promise<strata.models.v1.MsgDeprecateModelResponse>;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link strata.models.v1.Msg#publishModel}.
                 * @param error Error, if any
                 * @param [response] MsgPublishModelResponse
                 */
                type PublishModelCallback = (error: (Error|null), response?: strata.models.v1.MsgPublishModelResponse) => void;

                /**
                 * Callback as used by {@link strata.models.v1.Msg#attestModel}.
                 * @param error Error, if any
                 * @param [response] MsgAttestModelResponse
                 */
                type AttestModelCallback = (error: (Error|null), response?: strata.models.v1.MsgAttestModelResponse) => void;

                /**
                 * Callback as used by {@link strata.models.v1.Msg#deprecateModel}.
                 * @param error Error, if any
                 * @param [response] MsgDeprecateModelResponse
                 */
                type DeprecateModelCallback = (error: (Error|null), response?: strata.models.v1.MsgDeprecateModelResponse) => void;
            }

            /** Properties of a QueryModelRequest. */
            interface IQueryModelRequest {

                /** QueryModelRequest id */
                id?: (string|null);
            }

            /** Represents a QueryModelRequest. */
            class QueryModelRequest implements IQueryModelRequest {

                /**
                 * Constructs a new QueryModelRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IQueryModelRequest);

                /** QueryModelRequest id. */
                public id: string;

                /**
                 * Creates a new QueryModelRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryModelRequest instance
                 */
                public static create(properties?: strata.models.v1.IQueryModelRequest): strata.models.v1.QueryModelRequest;

                /**
                 * Encodes the specified QueryModelRequest message. Does not implicitly {@link strata.models.v1.QueryModelRequest.verify|verify} messages.
                 * @param message QueryModelRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IQueryModelRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryModelRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryModelRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.QueryModelRequest;

                /**
                 * Gets the default type url for QueryModelRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryModelResponse. */
            interface IQueryModelResponse {

                /** QueryModelResponse model */
                model?: (strata.models.v1.IModelVersion|null);
            }

            /** Represents a QueryModelResponse. */
            class QueryModelResponse implements IQueryModelResponse {

                /**
                 * Constructs a new QueryModelResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IQueryModelResponse);

                /** QueryModelResponse model. */
                public model?: (strata.models.v1.IModelVersion|null);

                /**
                 * Creates a new QueryModelResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryModelResponse instance
                 */
                public static create(properties?: strata.models.v1.IQueryModelResponse): strata.models.v1.QueryModelResponse;

                /**
                 * Encodes the specified QueryModelResponse message. Does not implicitly {@link strata.models.v1.QueryModelResponse.verify|verify} messages.
                 * @param message QueryModelResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IQueryModelResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryModelResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryModelResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.QueryModelResponse;

                /**
                 * Gets the default type url for QueryModelResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryModelsRequest. */
            interface IQueryModelsRequest {

                /** QueryModelsRequest status */
                status?: (strata.models.v1.ModelStatus|null);

                /** QueryModelsRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryModelsRequest. */
            class QueryModelsRequest implements IQueryModelsRequest {

                /**
                 * Constructs a new QueryModelsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IQueryModelsRequest);

                /** QueryModelsRequest status. */
                public status: strata.models.v1.ModelStatus;

                /** QueryModelsRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryModelsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryModelsRequest instance
                 */
                public static create(properties?: strata.models.v1.IQueryModelsRequest): strata.models.v1.QueryModelsRequest;

                /**
                 * Encodes the specified QueryModelsRequest message. Does not implicitly {@link strata.models.v1.QueryModelsRequest.verify|verify} messages.
                 * @param message QueryModelsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IQueryModelsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryModelsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryModelsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.QueryModelsRequest;

                /**
                 * Gets the default type url for QueryModelsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryModelsResponse. */
            interface IQueryModelsResponse {

                /** QueryModelsResponse models */
                models?: (strata.models.v1.IModelVersion[]|null);

                /** QueryModelsResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryModelsResponse. */
            class QueryModelsResponse implements IQueryModelsResponse {

                /**
                 * Constructs a new QueryModelsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IQueryModelsResponse);

                /** QueryModelsResponse models. */
                public models: strata.models.v1.IModelVersion[];

                /** QueryModelsResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryModelsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryModelsResponse instance
                 */
                public static create(properties?: strata.models.v1.IQueryModelsResponse): strata.models.v1.QueryModelsResponse;

                /**
                 * Encodes the specified QueryModelsResponse message. Does not implicitly {@link strata.models.v1.QueryModelsResponse.verify|verify} messages.
                 * @param message QueryModelsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IQueryModelsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryModelsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryModelsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.QueryModelsResponse;

                /**
                 * Gets the default type url for QueryModelsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryModelHistoryRequest. */
            interface IQueryModelHistoryRequest {

                /** QueryModelHistoryRequest name */
                name?: (string|null);
            }

            /** Represents a QueryModelHistoryRequest. */
            class QueryModelHistoryRequest implements IQueryModelHistoryRequest {

                /**
                 * Constructs a new QueryModelHistoryRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IQueryModelHistoryRequest);

                /** QueryModelHistoryRequest name. */
                public name: string;

                /**
                 * Creates a new QueryModelHistoryRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryModelHistoryRequest instance
                 */
                public static create(properties?: strata.models.v1.IQueryModelHistoryRequest): strata.models.v1.QueryModelHistoryRequest;

                /**
                 * Encodes the specified QueryModelHistoryRequest message. Does not implicitly {@link strata.models.v1.QueryModelHistoryRequest.verify|verify} messages.
                 * @param message QueryModelHistoryRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IQueryModelHistoryRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryModelHistoryRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryModelHistoryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.QueryModelHistoryRequest;

                /**
                 * Gets the default type url for QueryModelHistoryRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryModelHistoryResponse. */
            interface IQueryModelHistoryResponse {

                /** QueryModelHistoryResponse models */
                models?: (strata.models.v1.IModelVersion[]|null);
            }

            /** Represents a QueryModelHistoryResponse. */
            class QueryModelHistoryResponse implements IQueryModelHistoryResponse {

                /**
                 * Constructs a new QueryModelHistoryResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IQueryModelHistoryResponse);

                /** QueryModelHistoryResponse models. */
                public models: strata.models.v1.IModelVersion[];

                /**
                 * Creates a new QueryModelHistoryResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryModelHistoryResponse instance
                 */
                public static create(properties?: strata.models.v1.IQueryModelHistoryResponse): strata.models.v1.QueryModelHistoryResponse;

                /**
                 * Encodes the specified QueryModelHistoryResponse message. Does not implicitly {@link strata.models.v1.QueryModelHistoryResponse.verify|verify} messages.
                 * @param message QueryModelHistoryResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IQueryModelHistoryResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryModelHistoryResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryModelHistoryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.QueryModelHistoryResponse;

                /**
                 * Gets the default type url for QueryModelHistoryResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls Model.
                 * @param request QueryModelRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryModelResponse
                 */
                public model(request: strata.models.v1.IQueryModelRequest, callback: strata.models.v1.Query.ModelCallback): void;

                /**
                 * Calls Model.
                 * @param request QueryModelRequest message or plain object
                 * @returns Promise
                 */
                public model(request: strata.models.v1.IQueryModelRequest): Promise<strata.models.v1.QueryModelResponse>;

                /**
                 * Calls Models.
                 * @param request QueryModelsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryModelsResponse
                 */
                public models(request: strata.models.v1.IQueryModelsRequest, callback: strata.models.v1.Query.ModelsCallback): void;

                /**
                 * Calls Models.
                 * @param request QueryModelsRequest message or plain object
                 * @returns Promise
                 */
                public models(request: strata.models.v1.IQueryModelsRequest): Promise<strata.models.v1.QueryModelsResponse>;

                /**
                 * Calls ModelHistory.
                 * @param request QueryModelHistoryRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryModelHistoryResponse
                 */
                public modelHistory(request: strata.models.v1.IQueryModelHistoryRequest, callback: strata.models.v1.Query.ModelHistoryCallback): void;

                /**
                 * Calls ModelHistory.
                 * @param request QueryModelHistoryRequest message or plain object
                 * @returns Promise
                 */
                public modelHistory(request: strata.models.v1.IQueryModelHistoryRequest): Promise<strata.models.v1.QueryModelHistoryResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.models.v1.Query#model}.
                 * @param error Error, if any
                 * @param [response] QueryModelResponse
                 */
                type ModelCallback = (error: (Error|null), response?: strata.models.v1.QueryModelResponse) => void;

                /**
                 * Callback as used by {@link strata.models.v1.Query#models}.
                 * @param error Error, if any
                 * @param [response] QueryModelsResponse
                 */
                type ModelsCallback = (error: (Error|null), response?: strata.models.v1.QueryModelsResponse) => void;

                /**
                 * Callback as used by {@link strata.models.v1.Query#modelHistory}.
                 * @param error Error, if any
                 * @param [response] QueryModelHistoryResponse
                 */
                type ModelHistoryCallback = (error: (Error|null), response?: strata.models.v1.QueryModelHistoryResponse) => void;
            }

            /** Properties of a GenesisState. */
            interface IGenesisState {

                /** GenesisState models */
                models?: (strata.models.v1.IModelVersion[]|null);
            }

            /** Represents a GenesisState. */
            class GenesisState implements IGenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.models.v1.IGenesisState);

                /** GenesisState models. */
                public models: strata.models.v1.IModelVersion[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                public static create(properties?: strata.models.v1.IGenesisState): strata.models.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.models.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.models.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.models.v1.GenesisState;

                /**
                 * Gets the default type url for GenesisState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace nodes. */
    namespace nodes {

        /** Namespace v1. */
        namespace v1 {

            /** Role enum. */
            enum Role {
                ROLE_UNSPECIFIED = 0,
                ROLE_ROUTER = 1,
                ROLE_EXECUTOR = 2,
                ROLE_GUARD = 3
            }

            /** NodeStatus enum. */
            enum NodeStatus {
                NODE_STATUS_UNSPECIFIED = 0,
                NODE_STATUS_ACTIVE = 1,
                NODE_STATUS_JAILED = 2,
                NODE_STATUS_UNBONDING = 3,
                NODE_STATUS_UNBONDED = 4
            }

            /** Properties of a Hardware. */
            interface IHardware {

                /** Hardware cpu */
                cpu?: (string|null);

                /** Hardware cores */
                cores?: (number|null);

                /** Hardware memoryBytes */
                memoryBytes?: (number|null);

                /** Hardware gpu */
                gpu?: (string|null);
            }

            /** Represents a Hardware. */
            class Hardware implements IHardware {

                /**
                 * Constructs a new Hardware.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IHardware);

                /** Hardware cpu. */
                public cpu: string;

                /** Hardware cores. */
                public cores: number;

                /** Hardware memoryBytes. */
                public memoryBytes: number;

                /** Hardware gpu. */
                public gpu: string;

                /**
                 * Creates a new Hardware instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hardware instance
                 */
                public static create(properties?: strata.nodes.v1.IHardware): strata.nodes.v1.Hardware;

                /**
                 * Encodes the specified Hardware message. Does not implicitly {@link strata.nodes.v1.Hardware.verify|verify} messages.
                 * @param message Hardware message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IHardware, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hardware message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Hardware
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.Hardware;

                /**
                 * Gets the default type url for Hardware
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Node. */
            interface INode {

                /** Node operator */
                operator?: (string|null);

                /** Node roles */
                roles?: (strata.nodes.v1.Role[]|null);

                /** Node pubkey */
                pubkey?: (Uint8Array|null);

                /** Node endpoint */
                endpoint?: (string|null);

                /** Node models */
                models?: (string[]|null);

                /** Node capacity */
                capacity?: (number|null);

                /** Node pricePer_1k */
                pricePer_1k?: (string|null);

                /** Node hardware */
                hardware?: (strata.nodes.v1.IHardware|null);

                /** Node stake */
                stake?: (string|null);

                /** Node reputation */
                reputation?: (number|null);

                /** Node status */
                status?: (strata.nodes.v1.NodeStatus|null);

                /** Node registeredHeight */
                registeredHeight?: (number|null);

                /** Node jailedUntilHeight */
                jailedUntilHeight?: (number|null);

                /** Node unbondingHeight */
                unbondingHeight?: (number|null);

                /** Node tasksSettled */
                tasksSettled?: (number|null);

                /** Node tasksFaulted */
                tasksFaulted?: (number|null);

                /** Node slashedTotal */
                slashedTotal?: (string|null);
            }

            /** Represents a Node. */
            class Node implements INode {

                /**
                 * Constructs a new Node.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.INode);

                /** Node operator. */
                public operator: string;

                /** Node roles. */
                public roles: strata.nodes.v1.Role[];

                /** Node pubkey. */
                public pubkey: Uint8Array;

                /** Node endpoint. */
                public endpoint: string;

                /** Node models. */
                public models: string[];

                /** Node capacity. */
                public capacity: number;

                /** Node pricePer_1k. */
                public pricePer_1k: string;

                /** Node hardware. */
                public hardware?: (strata.nodes.v1.IHardware|null);

                /** Node stake. */
                public stake: string;

                /** Node reputation. */
                public reputation: number;

                /** Node status. */
                public status: strata.nodes.v1.NodeStatus;

                /** Node registeredHeight. */
                public registeredHeight: number;

                /** Node jailedUntilHeight. */
                public jailedUntilHeight: number;

                /** Node unbondingHeight. */
                public unbondingHeight: number;

                /** Node tasksSettled. */
                public tasksSettled: number;

                /** Node tasksFaulted. */
                public tasksFaulted: number;

                /** Node slashedTotal. */
                public slashedTotal: string;

                /**
                 * Creates a new Node instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Node instance
                 */
                public static create(properties?: strata.nodes.v1.INode): strata.nodes.v1.Node;

                /**
                 * Encodes the specified Node message. Does not implicitly {@link strata.nodes.v1.Node.verify|verify} messages.
                 * @param message Node message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.INode, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Node message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Node
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.Node;

                /**
                 * Gets the default type url for Node
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params minStake */
                minStake?: (string|null);

                /** Params unbondingBlocks */
                unbondingBlocks?: (number|null);

                /** Params initialReputation */
                initialReputation?: (number|null);

                /** Params reputationAlpha */
                reputationAlpha?: (number|null);

                /** Params jailBlocks */
                jailBlocks?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IParams);

                /** Params minStake. */
                public minStake: string;

                /** Params unbondingBlocks. */
                public unbondingBlocks: number;

                /** Params initialReputation. */
                public initialReputation: number;

                /** Params reputationAlpha. */
                public reputationAlpha: number;

                /** Params jailBlocks. */
                public jailBlocks: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: strata.nodes.v1.IParams): strata.nodes.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.nodes.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRegisterNode. */
            interface IMsgRegisterNode {

                /** MsgRegisterNode operator */
                operator?: (string|null);

                /** MsgRegisterNode roles */
                roles?: (strata.nodes.v1.Role[]|null);

                /** MsgRegisterNode pubkey */
                pubkey?: (Uint8Array|null);

                /** MsgRegisterNode endpoint */
                endpoint?: (string|null);

                /** MsgRegisterNode models */
                models?: (string[]|null);

                /** MsgRegisterNode capacity */
                capacity?: (number|null);

                /** MsgRegisterNode pricePer_1k */
                pricePer_1k?: (string|null);

                /** MsgRegisterNode hardware */
                hardware?: (strata.nodes.v1.IHardware|null);

                /** MsgRegisterNode stake */
                stake?: (string|null);
            }

            /** Represents a MsgRegisterNode. */
            class MsgRegisterNode implements IMsgRegisterNode {

                /**
                 * Constructs a new MsgRegisterNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IMsgRegisterNode);

                /** MsgRegisterNode operator. */
                public operator: string;

                /** MsgRegisterNode roles. */
                public roles: strata.nodes.v1.Role[];

                /** MsgRegisterNode pubkey. */
                public pubkey: Uint8Array;

                /** MsgRegisterNode endpoint. */
                public endpoint: string;

                /** MsgRegisterNode models. */
                public models: string[];

                /** MsgRegisterNode capacity. */
                public capacity: number;

                /** MsgRegisterNode pricePer_1k. */
                public pricePer_1k: string;

                /** MsgRegisterNode hardware. */
                public hardware?: (strata.nodes.v1.IHardware|null);

                /** MsgRegisterNode stake. */
                public stake: string;

                /**
                 * Creates a new MsgRegisterNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterNode instance
                 */
                public static create(properties?: strata.nodes.v1.IMsgRegisterNode): strata.nodes.v1.MsgRegisterNode;

                /**
                 * Encodes the specified MsgRegisterNode message. Does not implicitly {@link strata.nodes.v1.MsgRegisterNode.verify|verify} messages.
                 * @param message MsgRegisterNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IMsgRegisterNode, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRegisterNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.MsgRegisterNode;

                /**
                 * Gets the default type url for MsgRegisterNode
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRegisterNodeResponse. */
            interface IMsgRegisterNodeResponse {
            }

            /** Represents a MsgRegisterNodeResponse. */
            class MsgRegisterNodeResponse implements IMsgRegisterNodeResponse {

                /**
                 * Constructs a new MsgRegisterNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IMsgRegisterNodeResponse);

                /**
                 * Creates a new MsgRegisterNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRegisterNodeResponse instance
                 */
                public static create(properties?: strata.nodes.v1.IMsgRegisterNodeResponse): strata.nodes.v1.MsgRegisterNodeResponse;

                /**
                 * Encodes the specified MsgRegisterNodeResponse message. Does not implicitly {@link strata.nodes.v1.MsgRegisterNodeResponse.verify|verify} messages.
                 * @param message MsgRegisterNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IMsgRegisterNodeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRegisterNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRegisterNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.MsgRegisterNodeResponse;

                /**
                 * Gets the default type url for MsgRegisterNodeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgUpdateNode. */
            interface IMsgUpdateNode {

                /** MsgUpdateNode operator */
                operator?: (string|null);

                /** MsgUpdateNode endpoint */
                endpoint?: (string|null);

                /** MsgUpdateNode setModels */
                setModels?: (boolean|null);

                /** MsgUpdateNode models */
                models?: (string[]|null);

                /** MsgUpdateNode capacity */
                capacity?: (number|null);

                /** MsgUpdateNode pricePer_1k */
                pricePer_1k?: (string|null);

                /** MsgUpdateNode hardware */
                hardware?: (strata.nodes.v1.IHardware|null);

                /** MsgUpdateNode addStake */
                addStake?: (string|null);

                /** MsgUpdateNode setRoles */
                setRoles?: (boolean|null);

                /** MsgUpdateNode roles */
                roles?: (strata.nodes.v1.Role[]|null);
            }

            /** Represents a MsgUpdateNode. */
            class MsgUpdateNode implements IMsgUpdateNode {

                /**
                 * Constructs a new MsgUpdateNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IMsgUpdateNode);

                /** MsgUpdateNode operator. */
                public operator: string;

                /** MsgUpdateNode endpoint. */
                public endpoint?: (string|null);

                /** MsgUpdateNode setModels. */
                public setModels: boolean;

                /** MsgUpdateNode models. */
                public models: string[];

                /** MsgUpdateNode capacity. */
                public capacity?: (number|null);

                /** MsgUpdateNode pricePer_1k. */
                public pricePer_1k?: (string|null);

                /** MsgUpdateNode hardware. */
                public hardware?: (strata.nodes.v1.IHardware|null);

                /** MsgUpdateNode addStake. */
                public addStake: string;

                /** MsgUpdateNode setRoles. */
                public setRoles: boolean;

                /** MsgUpdateNode roles. */
                public roles: strata.nodes.v1.Role[];

                /** MsgUpdateNode _endpoint. */
                public _endpoint?: "endpoint";

                /** MsgUpdateNode _capacity. */
                public _capacity?: "capacity";

                /** MsgUpdateNode _pricePer_1k. */
                public _pricePer_1k?: "pricePer_1k";

                /**
                 * Creates a new MsgUpdateNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateNode instance
                 */
                public static create(properties?: strata.nodes.v1.IMsgUpdateNode): strata.nodes.v1.MsgUpdateNode;

                /**
                 * Encodes the specified MsgUpdateNode message. Does not implicitly {@link strata.nodes.v1.MsgUpdateNode.verify|verify} messages.
                 * @param message MsgUpdateNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IMsgUpdateNode, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgUpdateNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.MsgUpdateNode;

                /**
                 * Gets the default type url for MsgUpdateNode
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgUpdateNodeResponse. */
            interface IMsgUpdateNodeResponse {
            }

            /** Represents a MsgUpdateNodeResponse. */
            class MsgUpdateNodeResponse implements IMsgUpdateNodeResponse {

                /**
                 * Constructs a new MsgUpdateNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IMsgUpdateNodeResponse);

                /**
                 * Creates a new MsgUpdateNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUpdateNodeResponse instance
                 */
                public static create(properties?: strata.nodes.v1.IMsgUpdateNodeResponse): strata.nodes.v1.MsgUpdateNodeResponse;

                /**
                 * Encodes the specified MsgUpdateNodeResponse message. Does not implicitly {@link strata.nodes.v1.MsgUpdateNodeResponse.verify|verify} messages.
                 * @param message MsgUpdateNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IMsgUpdateNodeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUpdateNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgUpdateNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.MsgUpdateNodeResponse;

                /**
                 * Gets the default type url for MsgUpdateNodeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgUnbondNode. */
            interface IMsgUnbondNode {

                /** MsgUnbondNode operator */
                operator?: (string|null);
            }

            /** Represents a MsgUnbondNode. */
            class MsgUnbondNode implements IMsgUnbondNode {

                /**
                 * Constructs a new MsgUnbondNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IMsgUnbondNode);

                /** MsgUnbondNode operator. */
                public operator: string;

                /**
                 * Creates a new MsgUnbondNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUnbondNode instance
                 */
                public static create(properties?: strata.nodes.v1.IMsgUnbondNode): strata.nodes.v1.MsgUnbondNode;

                /**
                 * Encodes the specified MsgUnbondNode message. Does not implicitly {@link strata.nodes.v1.MsgUnbondNode.verify|verify} messages.
                 * @param message MsgUnbondNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IMsgUnbondNode, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUnbondNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgUnbondNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.MsgUnbondNode;

                /**
                 * Gets the default type url for MsgUnbondNode
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgUnbondNodeResponse. */
            interface IMsgUnbondNodeResponse {

                /** MsgUnbondNodeResponse unbondingHeight */
                unbondingHeight?: (number|null);
            }

            /** Represents a MsgUnbondNodeResponse. */
            class MsgUnbondNodeResponse implements IMsgUnbondNodeResponse {

                /**
                 * Constructs a new MsgUnbondNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IMsgUnbondNodeResponse);

                /** MsgUnbondNodeResponse unbondingHeight. */
                public unbondingHeight: number;

                /**
                 * Creates a new MsgUnbondNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUnbondNodeResponse instance
                 */
                public static create(properties?: strata.nodes.v1.IMsgUnbondNodeResponse): strata.nodes.v1.MsgUnbondNodeResponse;

                /**
                 * Encodes the specified MsgUnbondNodeResponse message. Does not implicitly {@link strata.nodes.v1.MsgUnbondNodeResponse.verify|verify} messages.
                 * @param message MsgUnbondNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IMsgUnbondNodeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUnbondNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgUnbondNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.MsgUnbondNodeResponse;

                /**
                 * Gets the default type url for MsgUnbondNodeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgUnjailNode. */
            interface IMsgUnjailNode {

                /** MsgUnjailNode operator */
                operator?: (string|null);
            }

            /** Represents a MsgUnjailNode. */
            class MsgUnjailNode implements IMsgUnjailNode {

                /**
                 * Constructs a new MsgUnjailNode.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IMsgUnjailNode);

                /** MsgUnjailNode operator. */
                public operator: string;

                /**
                 * Creates a new MsgUnjailNode instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUnjailNode instance
                 */
                public static create(properties?: strata.nodes.v1.IMsgUnjailNode): strata.nodes.v1.MsgUnjailNode;

                /**
                 * Encodes the specified MsgUnjailNode message. Does not implicitly {@link strata.nodes.v1.MsgUnjailNode.verify|verify} messages.
                 * @param message MsgUnjailNode message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IMsgUnjailNode, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUnjailNode message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgUnjailNode
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.MsgUnjailNode;

                /**
                 * Gets the default type url for MsgUnjailNode
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgUnjailNodeResponse. */
            interface IMsgUnjailNodeResponse {
            }

            /** Represents a MsgUnjailNodeResponse. */
            class MsgUnjailNodeResponse implements IMsgUnjailNodeResponse {

                /**
                 * Constructs a new MsgUnjailNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IMsgUnjailNodeResponse);

                /**
                 * Creates a new MsgUnjailNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgUnjailNodeResponse instance
                 */
                public static create(properties?: strata.nodes.v1.IMsgUnjailNodeResponse): strata.nodes.v1.MsgUnjailNodeResponse;

                /**
                 * Encodes the specified MsgUnjailNodeResponse message. Does not implicitly {@link strata.nodes.v1.MsgUnjailNodeResponse.verify|verify} messages.
                 * @param message MsgUnjailNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IMsgUnjailNodeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgUnjailNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgUnjailNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.MsgUnjailNodeResponse;

                /**
                 * Gets the default type url for MsgUnjailNodeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /**
                 * Calls RegisterNode.
                 * @param request MsgRegisterNode message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgRegisterNodeResponse
                 */
                public registerNode(request: strata.nodes.v1.IMsgRegisterNode, callback: strata.nodes.v1.Msg.RegisterNodeCallback): void;

                /**
                 * Calls RegisterNode.
                 * @param request MsgRegisterNode message or plain object
                 * @returns Promise
                 */
                public registerNode(request: strata.nodes.v1.IMsgRegisterNode): Promise<strata.nodes.v1.MsgRegisterNodeResponse>;

                /**
                 * Calls UpdateNode.
                 * @param request MsgUpdateNode message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgUpdateNodeResponse
                 */
                public updateNode(request: strata.nodes.v1.IMsgUpdateNode, callback: strata.nodes.v1.Msg.UpdateNodeCallback): void;

                /**
                 * Calls UpdateNode.
                 * @param request MsgUpdateNode message or plain object
                 * @returns Promise
                 */
                public updateNode(request: strata.nodes.v1.IMsgUpdateNode): Promise<strata.nodes.v1.MsgUpdateNodeResponse>;

                /**
                 * Calls UnbondNode.
                 * @param request MsgUnbondNode message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgUnbondNodeResponse
                 */
                public unbondNode(request: strata.nodes.v1.IMsgUnbondNode, callback: strata.nodes.v1.Msg.UnbondNodeCallback): void;

                /**
                 * Calls UnbondNode.
                 * @param request MsgUnbondNode message or plain object
                 * @returns Promise
                 */
                public unbondNode(request: strata.nodes.v1.IMsgUnbondNode): Promise<strata.nodes.v1.MsgUnbondNodeResponse>;

                /**
                 * Calls UnjailNode.
                 * @param request MsgUnjailNode message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgUnjailNodeResponse
                 */
                public unjailNode(request: strata.nodes.v1.IMsgUnjailNode, callback: strata.nodes.v1.Msg.UnjailNodeCallback): void;

                /**
                 * Calls UnjailNode.
                 * @param request MsgUnjailNode message or plain object
                 * @returns Promise
                 */
                public unjailNode(request: strata.nodes.v1.IMsgUnjailNode): Promise<strata.nodes.v1.MsgUnjailNodeResponse>;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link strata.nodes.v1.Msg#registerNode}.
                 * @param error Error, if any
                 * @param [response] MsgRegisterNodeResponse
                 */
                type RegisterNodeCallback = (error: (Error|null), response?: strata.nodes.v1.MsgRegisterNodeResponse) => void;

                /**
                 * Callback as used by {@link strata.nodes.v1.Msg#updateNode}.
                 * @param error Error, if any
                 * @param [response] MsgUpdateNodeResponse
                 */
                type UpdateNodeCallback = (error: (Error|null), response?: strata.nodes.v1.MsgUpdateNodeResponse) => void;

                /**
                 * Callback as used by {@link strata.nodes.v1.Msg#unbondNode}.
                 * @param error Error, if any
                 * @param [response] MsgUnbondNodeResponse
                 */
                type UnbondNodeCallback = (error: (Error|null), response?: strata.nodes.v1.MsgUnbondNodeResponse) => void;

                /**
                 * Callback as used by {@link strata.nodes.v1.Msg#unjailNode}.
                 * @param error Error, if any
                 * @param [response] MsgUnjailNodeResponse
                 */
                type UnjailNodeCallback = (error: (Error|null), response?: strata.nodes.v1.MsgUnjailNodeResponse) => void;
            }

            /** Properties of a QueryNodeRequest. */
            interface IQueryNodeRequest {

                /** QueryNodeRequest operator */
                operator?: (string|null);
            }

            /** Represents a QueryNodeRequest. */
            class QueryNodeRequest implements IQueryNodeRequest {

                /**
                 * Constructs a new QueryNodeRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IQueryNodeRequest);

                /** QueryNodeRequest operator. */
                public operator: string;

                /**
                 * Creates a new QueryNodeRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryNodeRequest instance
                 */
                public static create(properties?: strata.nodes.v1.IQueryNodeRequest): strata.nodes.v1.QueryNodeRequest;

                /**
                 * Encodes the specified QueryNodeRequest message. Does not implicitly {@link strata.nodes.v1.QueryNodeRequest.verify|verify} messages.
                 * @param message QueryNodeRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IQueryNodeRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryNodeRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryNodeRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.QueryNodeRequest;

                /**
                 * Gets the default type url for QueryNodeRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryNodeResponse. */
            interface IQueryNodeResponse {

                /** QueryNodeResponse node */
                node?: (strata.nodes.v1.INode|null);
            }

            /** Represents a QueryNodeResponse. */
            class QueryNodeResponse implements IQueryNodeResponse {

                /**
                 * Constructs a new QueryNodeResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IQueryNodeResponse);

                /** QueryNodeResponse node. */
                public node?: (strata.nodes.v1.INode|null);

                /**
                 * Creates a new QueryNodeResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryNodeResponse instance
                 */
                public static create(properties?: strata.nodes.v1.IQueryNodeResponse): strata.nodes.v1.QueryNodeResponse;

                /**
                 * Encodes the specified QueryNodeResponse message. Does not implicitly {@link strata.nodes.v1.QueryNodeResponse.verify|verify} messages.
                 * @param message QueryNodeResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IQueryNodeResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryNodeResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryNodeResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.QueryNodeResponse;

                /**
                 * Gets the default type url for QueryNodeResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryNodesRequest. */
            interface IQueryNodesRequest {

                /** QueryNodesRequest role */
                role?: (strata.nodes.v1.Role|null);

                /** QueryNodesRequest model */
                model?: (string|null);

                /** QueryNodesRequest status */
                status?: (strata.nodes.v1.NodeStatus|null);

                /** QueryNodesRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryNodesRequest. */
            class QueryNodesRequest implements IQueryNodesRequest {

                /**
                 * Constructs a new QueryNodesRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IQueryNodesRequest);

                /** QueryNodesRequest role. */
                public role: strata.nodes.v1.Role;

                /** QueryNodesRequest model. */
                public model: string;

                /** QueryNodesRequest status. */
                public status: strata.nodes.v1.NodeStatus;

                /** QueryNodesRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryNodesRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryNodesRequest instance
                 */
                public static create(properties?: strata.nodes.v1.IQueryNodesRequest): strata.nodes.v1.QueryNodesRequest;

                /**
                 * Encodes the specified QueryNodesRequest message. Does not implicitly {@link strata.nodes.v1.QueryNodesRequest.verify|verify} messages.
                 * @param message QueryNodesRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IQueryNodesRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryNodesRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryNodesRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.QueryNodesRequest;

                /**
                 * Gets the default type url for QueryNodesRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryNodesResponse. */
            interface IQueryNodesResponse {

                /** QueryNodesResponse nodes */
                nodes?: (strata.nodes.v1.INode[]|null);

                /** QueryNodesResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryNodesResponse. */
            class QueryNodesResponse implements IQueryNodesResponse {

                /**
                 * Constructs a new QueryNodesResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IQueryNodesResponse);

                /** QueryNodesResponse nodes. */
                public nodes: strata.nodes.v1.INode[];

                /** QueryNodesResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryNodesResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryNodesResponse instance
                 */
                public static create(properties?: strata.nodes.v1.IQueryNodesResponse): strata.nodes.v1.QueryNodesResponse;

                /**
                 * Encodes the specified QueryNodesResponse message. Does not implicitly {@link strata.nodes.v1.QueryNodesResponse.verify|verify} messages.
                 * @param message QueryNodesResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IQueryNodesResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryNodesResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryNodesResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.QueryNodesResponse;

                /**
                 * Gets the default type url for QueryNodesResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: strata.nodes.v1.IQueryParamsRequest): strata.nodes.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.nodes.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (strata.nodes.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (strata.nodes.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: strata.nodes.v1.IQueryParamsResponse): strata.nodes.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.nodes.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls Node.
                 * @param request QueryNodeRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryNodeResponse
                 */
                public node(request: strata.nodes.v1.IQueryNodeRequest, callback: strata.nodes.v1.Query.NodeCallback): void;

                /**
                 * Calls Node.
                 * @param request QueryNodeRequest message or plain object
                 * @returns Promise
                 */
                public node(request: strata.nodes.v1.IQueryNodeRequest): Promise<strata.nodes.v1.QueryNodeResponse>;

                /**
                 * Calls Nodes.
                 * @param request QueryNodesRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryNodesResponse
                 */
                public nodes(request: strata.nodes.v1.IQueryNodesRequest, callback: strata.nodes.v1.Query.NodesCallback): void;

                /**
                 * Calls Nodes.
                 * @param request QueryNodesRequest message or plain object
                 * @returns Promise
                 */
                public nodes(request: strata.nodes.v1.IQueryNodesRequest): Promise<strata.nodes.v1.QueryNodesResponse>;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryParamsResponse
                 */
                public params(request: strata.nodes.v1.IQueryParamsRequest, callback: strata.nodes.v1.Query.ParamsCallback): void;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @returns Promise
                 */
                public params(request: strata.nodes.v1.IQueryParamsRequest): Promise<strata.nodes.v1.QueryParamsResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.nodes.v1.Query#node}.
                 * @param error Error, if any
                 * @param [response] QueryNodeResponse
                 */
                type NodeCallback = (error: (Error|null), response?: strata.nodes.v1.QueryNodeResponse) => void;

                /**
                 * Callback as used by {@link strata.nodes.v1.Query#nodes}.
                 * @param error Error, if any
                 * @param [response] QueryNodesResponse
                 */
                type NodesCallback = (error: (Error|null), response?: strata.nodes.v1.QueryNodesResponse) => void;

                /**
                 * Callback as used by {@link strata.nodes.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: strata.nodes.v1.QueryParamsResponse) => void;
            }

            /** Properties of a GenesisState. */
            interface IGenesisState {

                /** GenesisState params */
                params?: (strata.nodes.v1.IParams|null);

                /** GenesisState nodes */
                nodes?: (strata.nodes.v1.INode[]|null);
            }

            /** Represents a GenesisState. */
            class GenesisState implements IGenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.nodes.v1.IGenesisState);

                /** GenesisState params. */
                public params?: (strata.nodes.v1.IParams|null);

                /** GenesisState nodes. */
                public nodes: strata.nodes.v1.INode[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                public static create(properties?: strata.nodes.v1.IGenesisState): strata.nodes.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.nodes.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.nodes.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.nodes.v1.GenesisState;

                /**
                 * Gets the default type url for GenesisState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace scores. */
    namespace scores {

        /** Namespace v1. */
        namespace v1 {

            /** Method enum. */
            enum Method {
                METHOD_UNSPECIFIED = 0,
                METHOD_EXACT_MATCH = 1,
                METHOD_SIMILARITY = 2,
                METHOD_REEXECUTION = 3,
                METHOD_DIGEST_CHECK = 4
            }

            /** Verdict enum. */
            enum Verdict {
                VERDICT_UNSPECIFIED = 0,
                VERDICT_ACCEPTED = 1,
                VERDICT_REJECTED = 2,
                VERDICT_UNVERIFIED = 3,
                VERDICT_EXPIRED = 4
            }

            /** Properties of an ExecutorScore. */
            interface IExecutorScore {

                /** ExecutorScore executor */
                executor?: (string|null);

                /** ExecutorScore score */
                score?: (number|null);
            }

            /** Represents an ExecutorScore. */
            class ExecutorScore implements IExecutorScore {

                /**
                 * Constructs a new ExecutorScore.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IExecutorScore);

                /** ExecutorScore executor. */
                public executor: string;

                /** ExecutorScore score. */
                public score: number;

                /**
                 * Creates a new ExecutorScore instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExecutorScore instance
                 */
                public static create(properties?: strata.scores.v1.IExecutorScore): strata.scores.v1.ExecutorScore;

                /**
                 * Encodes the specified ExecutorScore message. Does not implicitly {@link strata.scores.v1.ExecutorScore.verify|verify} messages.
                 * @param message ExecutorScore message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IExecutorScore, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExecutorScore message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns ExecutorScore
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.ExecutorScore;

                /**
                 * Gets the default type url for ExecutorScore
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TaskScore. */
            interface ITaskScore {

                /** TaskScore taskId */
                taskId?: (string|null);

                /** TaskScore method */
                method?: (strata.scores.v1.Method|null);

                /** TaskScore scores */
                scores?: (strata.scores.v1.IExecutorScore[]|null);

                /** TaskScore note */
                note?: (string|null);
            }

            /** Represents a TaskScore. */
            class TaskScore implements ITaskScore {

                /**
                 * Constructs a new TaskScore.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.ITaskScore);

                /** TaskScore taskId. */
                public taskId: string;

                /** TaskScore method. */
                public method: strata.scores.v1.Method;

                /** TaskScore scores. */
                public scores: strata.scores.v1.IExecutorScore[];

                /** TaskScore note. */
                public note: string;

                /**
                 * Creates a new TaskScore instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaskScore instance
                 */
                public static create(properties?: strata.scores.v1.ITaskScore): strata.scores.v1.TaskScore;

                /**
                 * Encodes the specified TaskScore message. Does not implicitly {@link strata.scores.v1.TaskScore.verify|verify} messages.
                 * @param message TaskScore message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.ITaskScore, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaskScore message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TaskScore
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.TaskScore;

                /**
                 * Gets the default type url for TaskScore
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a GuardScore. */
            interface IGuardScore {

                /** GuardScore guard */
                guard?: (string|null);

                /** GuardScore score */
                score?: (strata.scores.v1.ITaskScore|null);

                /** GuardScore height */
                height?: (number|null);
            }

            /** Represents a GuardScore. */
            class GuardScore implements IGuardScore {

                /**
                 * Constructs a new GuardScore.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IGuardScore);

                /** GuardScore guard. */
                public guard: string;

                /** GuardScore score. */
                public score?: (strata.scores.v1.ITaskScore|null);

                /** GuardScore height. */
                public height: number;

                /**
                 * Creates a new GuardScore instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GuardScore instance
                 */
                public static create(properties?: strata.scores.v1.IGuardScore): strata.scores.v1.GuardScore;

                /**
                 * Encodes the specified GuardScore message. Does not implicitly {@link strata.scores.v1.GuardScore.verify|verify} messages.
                 * @param message GuardScore message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IGuardScore, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GuardScore message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GuardScore
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.GuardScore;

                /**
                 * Gets the default type url for GuardScore
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TaskScoring. */
            interface ITaskScoring {

                /** TaskScoring taskId */
                taskId?: (string|null);

                /** TaskScoring assigned */
                assigned?: (string[]|null);

                /** TaskScoring assignedHeight */
                assignedHeight?: (number|null);

                /** TaskScoring deadline */
                deadline?: (number|null);

                /** TaskScoring quorum */
                quorum?: (number|null);

                /** TaskScoring scores */
                scores?: (strata.scores.v1.IGuardScore[]|null);

                /** TaskScoring verdict */
                verdict?: (strata.scores.v1.Verdict|null);

                /** TaskScoring finalScores */
                finalScores?: (strata.scores.v1.IExecutorScore[]|null);

                /** TaskScoring faulty */
                faulty?: (string[]|null);

                /** TaskScoring verdictHeight */
                verdictHeight?: (number|null);
            }

            /** Represents a TaskScoring. */
            class TaskScoring implements ITaskScoring {

                /**
                 * Constructs a new TaskScoring.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.ITaskScoring);

                /** TaskScoring taskId. */
                public taskId: string;

                /** TaskScoring assigned. */
                public assigned: string[];

                /** TaskScoring assignedHeight. */
                public assignedHeight: number;

                /** TaskScoring deadline. */
                public deadline: number;

                /** TaskScoring quorum. */
                public quorum: number;

                /** TaskScoring scores. */
                public scores: strata.scores.v1.IGuardScore[];

                /** TaskScoring verdict. */
                public verdict: strata.scores.v1.Verdict;

                /** TaskScoring finalScores. */
                public finalScores: strata.scores.v1.IExecutorScore[];

                /** TaskScoring faulty. */
                public faulty: string[];

                /** TaskScoring verdictHeight. */
                public verdictHeight: number;

                /**
                 * Creates a new TaskScoring instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaskScoring instance
                 */
                public static create(properties?: strata.scores.v1.ITaskScoring): strata.scores.v1.TaskScoring;

                /**
                 * Encodes the specified TaskScoring message. Does not implicitly {@link strata.scores.v1.TaskScoring.verify|verify} messages.
                 * @param message TaskScoring message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.ITaskScoring, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaskScoring message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TaskScoring
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.TaskScoring;

                /**
                 * Gets the default type url for TaskScoring
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params guardsPerTask */
                guardsPerTask?: (number|null);

                /** Params quorum */
                quorum?: (number|null);

                /** Params scoreBlocks */
                scoreBlocks?: (number|null);

                /** Params fraudThreshold */
                fraudThreshold?: (number|null);

                /** Params maxScoresPerMsg */
                maxScoresPerMsg?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IParams);

                /** Params guardsPerTask. */
                public guardsPerTask: number;

                /** Params quorum. */
                public quorum: number;

                /** Params scoreBlocks. */
                public scoreBlocks: number;

                /** Params fraudThreshold. */
                public fraudThreshold: number;

                /** Params maxScoresPerMsg. */
                public maxScoresPerMsg: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: strata.scores.v1.IParams): strata.scores.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.scores.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitScores. */
            interface IMsgSubmitScores {

                /** MsgSubmitScores guard */
                guard?: (string|null);

                /** MsgSubmitScores scores */
                scores?: (strata.scores.v1.ITaskScore[]|null);
            }

            /** Represents a MsgSubmitScores. */
            class MsgSubmitScores implements IMsgSubmitScores {

                /**
                 * Constructs a new MsgSubmitScores.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IMsgSubmitScores);

                /** MsgSubmitScores guard. */
                public guard: string;

                /** MsgSubmitScores scores. */
                public scores: strata.scores.v1.ITaskScore[];

                /**
                 * Creates a new MsgSubmitScores instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitScores instance
                 */
                public static create(properties?: strata.scores.v1.IMsgSubmitScores): strata.scores.v1.MsgSubmitScores;

                /**
                 * Encodes the specified MsgSubmitScores message. Does not implicitly {@link strata.scores.v1.MsgSubmitScores.verify|verify} messages.
                 * @param message MsgSubmitScores message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IMsgSubmitScores, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitScores message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitScores
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.MsgSubmitScores;

                /**
                 * Gets the default type url for MsgSubmitScores
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgSubmitScoresResponse. */
            interface IMsgSubmitScoresResponse {

                /** MsgSubmitScoresResponse decided */
                decided?: (string[]|null);
            }

            /** Represents a MsgSubmitScoresResponse. */
            class MsgSubmitScoresResponse implements IMsgSubmitScoresResponse {

                /**
                 * Constructs a new MsgSubmitScoresResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IMsgSubmitScoresResponse);

                /** MsgSubmitScoresResponse decided. */
                public decided: string[];

                /**
                 * Creates a new MsgSubmitScoresResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgSubmitScoresResponse instance
                 */
                public static create(properties?: strata.scores.v1.IMsgSubmitScoresResponse): strata.scores.v1.MsgSubmitScoresResponse;

                /**
                 * Encodes the specified MsgSubmitScoresResponse message. Does not implicitly {@link strata.scores.v1.MsgSubmitScoresResponse.verify|verify} messages.
                 * @param message MsgSubmitScoresResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IMsgSubmitScoresResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgSubmitScoresResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgSubmitScoresResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.MsgSubmitScoresResponse;

                /**
                 * Gets the default type url for MsgSubmitScoresResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /**
                 * Calls SubmitScores.
                 * @param request MsgSubmitScores message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgSubmitScoresResponse
                 */
                public submitScores(request: strata.scores.v1.IMsgSubmitScores, callback: strata.scores.v1.Msg.SubmitScoresCallback): void;

                /**
                 * Calls SubmitScores.
                 * @param request MsgSubmitScores message or plain object
                 * @returns Promise
                 */
                public submitScores(request: strata.scores.v1.IMsgSubmitScores): Promise<strata.scores.v1.MsgSubmitScoresResponse>;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link strata.scores.v1.Msg#submitScores}.
                 * @param error Error, if any
                 * @param [response] MsgSubmitScoresResponse
                 */
                type SubmitScoresCallback = (error: (Error|null), response?: strata.scores.v1.MsgSubmitScoresResponse) => void;
            }

            /** Properties of a QueryTaskScoringRequest. */
            interface IQueryTaskScoringRequest {

                /** QueryTaskScoringRequest taskId */
                taskId?: (string|null);
            }

            /** Represents a QueryTaskScoringRequest. */
            class QueryTaskScoringRequest implements IQueryTaskScoringRequest {

                /**
                 * Constructs a new QueryTaskScoringRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IQueryTaskScoringRequest);

                /** QueryTaskScoringRequest taskId. */
                public taskId: string;

                /**
                 * Creates a new QueryTaskScoringRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTaskScoringRequest instance
                 */
                public static create(properties?: strata.scores.v1.IQueryTaskScoringRequest): strata.scores.v1.QueryTaskScoringRequest;

                /**
                 * Encodes the specified QueryTaskScoringRequest message. Does not implicitly {@link strata.scores.v1.QueryTaskScoringRequest.verify|verify} messages.
                 * @param message QueryTaskScoringRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IQueryTaskScoringRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTaskScoringRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTaskScoringRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.QueryTaskScoringRequest;

                /**
                 * Gets the default type url for QueryTaskScoringRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryTaskScoringResponse. */
            interface IQueryTaskScoringResponse {

                /** QueryTaskScoringResponse scoring */
                scoring?: (strata.scores.v1.ITaskScoring|null);
            }

            /** Represents a QueryTaskScoringResponse. */
            class QueryTaskScoringResponse implements IQueryTaskScoringResponse {

                /**
                 * Constructs a new QueryTaskScoringResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IQueryTaskScoringResponse);

                /** QueryTaskScoringResponse scoring. */
                public scoring?: (strata.scores.v1.ITaskScoring|null);

                /**
                 * Creates a new QueryTaskScoringResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTaskScoringResponse instance
                 */
                public static create(properties?: strata.scores.v1.IQueryTaskScoringResponse): strata.scores.v1.QueryTaskScoringResponse;

                /**
                 * Encodes the specified QueryTaskScoringResponse message. Does not implicitly {@link strata.scores.v1.QueryTaskScoringResponse.verify|verify} messages.
                 * @param message QueryTaskScoringResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IQueryTaskScoringResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTaskScoringResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTaskScoringResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.QueryTaskScoringResponse;

                /**
                 * Gets the default type url for QueryTaskScoringResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryGuardAssignmentsRequest. */
            interface IQueryGuardAssignmentsRequest {

                /** QueryGuardAssignmentsRequest guard */
                guard?: (string|null);
            }

            /** Represents a QueryGuardAssignmentsRequest. */
            class QueryGuardAssignmentsRequest implements IQueryGuardAssignmentsRequest {

                /**
                 * Constructs a new QueryGuardAssignmentsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IQueryGuardAssignmentsRequest);

                /** QueryGuardAssignmentsRequest guard. */
                public guard: string;

                /**
                 * Creates a new QueryGuardAssignmentsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryGuardAssignmentsRequest instance
                 */
                public static create(properties?: strata.scores.v1.IQueryGuardAssignmentsRequest): strata.scores.v1.QueryGuardAssignmentsRequest;

                /**
                 * Encodes the specified QueryGuardAssignmentsRequest message. Does not implicitly {@link strata.scores.v1.QueryGuardAssignmentsRequest.verify|verify} messages.
                 * @param message QueryGuardAssignmentsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IQueryGuardAssignmentsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryGuardAssignmentsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryGuardAssignmentsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.QueryGuardAssignmentsRequest;

                /**
                 * Gets the default type url for QueryGuardAssignmentsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryGuardAssignmentsResponse. */
            interface IQueryGuardAssignmentsResponse {

                /** QueryGuardAssignmentsResponse taskIds */
                taskIds?: (string[]|null);
            }

            /** Represents a QueryGuardAssignmentsResponse. */
            class QueryGuardAssignmentsResponse implements IQueryGuardAssignmentsResponse {

                /**
                 * Constructs a new QueryGuardAssignmentsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IQueryGuardAssignmentsResponse);

                /** QueryGuardAssignmentsResponse taskIds. */
                public taskIds: string[];

                /**
                 * Creates a new QueryGuardAssignmentsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryGuardAssignmentsResponse instance
                 */
                public static create(properties?: strata.scores.v1.IQueryGuardAssignmentsResponse): strata.scores.v1.QueryGuardAssignmentsResponse;

                /**
                 * Encodes the specified QueryGuardAssignmentsResponse message. Does not implicitly {@link strata.scores.v1.QueryGuardAssignmentsResponse.verify|verify} messages.
                 * @param message QueryGuardAssignmentsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IQueryGuardAssignmentsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryGuardAssignmentsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryGuardAssignmentsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.QueryGuardAssignmentsResponse;

                /**
                 * Gets the default type url for QueryGuardAssignmentsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: strata.scores.v1.IQueryParamsRequest): strata.scores.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.scores.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (strata.scores.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (strata.scores.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: strata.scores.v1.IQueryParamsResponse): strata.scores.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.scores.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls TaskScoring.
                 * @param request QueryTaskScoringRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryTaskScoringResponse
                 */
                public taskScoring(request: strata.scores.v1.IQueryTaskScoringRequest, callback: strata.scores.v1.Query.TaskScoringCallback): void;

                /**
                 * Calls TaskScoring.
                 * @param request QueryTaskScoringRequest message or plain object
                 * @returns Promise
                 */
                public taskScoring(request: strata.scores.v1.IQueryTaskScoringRequest): Promise<strata.scores.v1.QueryTaskScoringResponse>;

                /**
                 * Calls GuardAssignments.
                 * @param request QueryGuardAssignmentsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryGuardAssignmentsResponse
                 */
                public guardAssignments(request: strata.scores.v1.IQueryGuardAssignmentsRequest, callback: strata.scores.v1.Query.GuardAssignmentsCallback): void;

                /**
                 * Calls GuardAssignments.
                 * @param request QueryGuardAssignmentsRequest message or plain object
                 * @returns Promise
                 */
                public guardAssignments(request: strata.scores.v1.IQueryGuardAssignmentsRequest): Promise<strata.scores.v1.QueryGuardAssignmentsResponse>;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryParamsResponse
                 */
                public params(request: strata.scores.v1.IQueryParamsRequest, callback: strata.scores.v1.Query.ParamsCallback): void;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @returns Promise
                 */
                public params(request: strata.scores.v1.IQueryParamsRequest): Promise<strata.scores.v1.QueryParamsResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.scores.v1.Query#taskScoring}.
                 * @param error Error, if any
                 * @param [response] QueryTaskScoringResponse
                 */
                type TaskScoringCallback = (error: (Error|null), response?: strata.scores.v1.QueryTaskScoringResponse) => void;

                /**
                 * Callback as used by {@link strata.scores.v1.Query#guardAssignments}.
                 * @param error Error, if any
                 * @param [response] QueryGuardAssignmentsResponse
                 */
                type GuardAssignmentsCallback = (error: (Error|null), response?: strata.scores.v1.QueryGuardAssignmentsResponse) => void;

                /**
                 * Callback as used by {@link strata.scores.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: strata.scores.v1.QueryParamsResponse) => void;
            }

            /** Properties of a GenesisState. */
            interface IGenesisState {

                /** GenesisState params */
                params?: (strata.scores.v1.IParams|null);

                /** GenesisState scorings */
                scorings?: (strata.scores.v1.ITaskScoring[]|null);
            }

            /** Represents a GenesisState. */
            class GenesisState implements IGenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.scores.v1.IGenesisState);

                /** GenesisState params. */
                public params?: (strata.scores.v1.IParams|null);

                /** GenesisState scorings. */
                public scorings: strata.scores.v1.ITaskScoring[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                public static create(properties?: strata.scores.v1.IGenesisState): strata.scores.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.scores.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.scores.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.scores.v1.GenesisState;

                /**
                 * Gets the default type url for GenesisState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace sessions. */
    namespace sessions {

        /** Namespace v1. */
        namespace v1 {

            /** SessionStatus enum. */
            enum SessionStatus {
                SESSION_STATUS_UNSPECIFIED = 0,
                SESSION_STATUS_OPEN = 1,
                SESSION_STATUS_CLOSED = 2
            }

            /** Properties of a Session. */
            interface ISession {

                /** Session id */
                id?: (number|null);

                /** Session owner */
                owner?: (string|null);

                /** Session model */
                model?: (string|null);

                /** Session redundancy */
                redundancy?: (number|null);

                /** Session maxPricePer_1k */
                maxPricePer_1k?: (string|null);

                /** Session apiKeySha256 */
                apiKeySha256?: (string|null);

                /** Session routers */
                routers?: (string[]|null);

                /** Session l3ChainId */
                l3ChainId?: (string|null);

                /** Session balance */
                balance?: (string|null);

                /** Session reserved */
                reserved?: (string|null);

                /** Session spent */
                spent?: (string|null);

                /** Session deposited */
                deposited?: (string|null);

                /** Session openedHeight */
                openedHeight?: (number|null);

                /** Session expiresHeight */
                expiresHeight?: (number|null);

                /** Session status */
                status?: (strata.sessions.v1.SessionStatus|null);

                /** Session openTasks */
                openTasks?: (number|null);

                /** Session settledTasks */
                settledTasks?: (number|null);

                /** Session closedHeight */
                closedHeight?: (number|null);
            }

            /** Represents a Session. */
            class Session implements ISession {

                /**
                 * Constructs a new Session.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.ISession);

                /** Session id. */
                public id: number;

                /** Session owner. */
                public owner: string;

                /** Session model. */
                public model: string;

                /** Session redundancy. */
                public redundancy: number;

                /** Session maxPricePer_1k. */
                public maxPricePer_1k: string;

                /** Session apiKeySha256. */
                public apiKeySha256: string;

                /** Session routers. */
                public routers: string[];

                /** Session l3ChainId. */
                public l3ChainId: string;

                /** Session balance. */
                public balance: string;

                /** Session reserved. */
                public reserved: string;

                /** Session spent. */
                public spent: string;

                /** Session deposited. */
                public deposited: string;

                /** Session openedHeight. */
                public openedHeight: number;

                /** Session expiresHeight. */
                public expiresHeight: number;

                /** Session status. */
                public status: strata.sessions.v1.SessionStatus;

                /** Session openTasks. */
                public openTasks: number;

                /** Session settledTasks. */
                public settledTasks: number;

                /** Session closedHeight. */
                public closedHeight: number;

                /**
                 * Creates a new Session instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Session instance
                 */
                public static create(properties?: strata.sessions.v1.ISession): strata.sessions.v1.Session;

                /**
                 * Encodes the specified Session message. Does not implicitly {@link strata.sessions.v1.Session.verify|verify} messages.
                 * @param message Session message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.ISession, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Session message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Session
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.Session;

                /**
                 * Gets the default type url for Session
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params maxDurationBlocks */
                maxDurationBlocks?: (number|null);

                /** Params maxRedundancy */
                maxRedundancy?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IParams);

                /** Params maxDurationBlocks. */
                public maxDurationBlocks: number;

                /** Params maxRedundancy. */
                public maxRedundancy: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: strata.sessions.v1.IParams): strata.sessions.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.sessions.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgOpenSession. */
            interface IMsgOpenSession {

                /** MsgOpenSession owner */
                owner?: (string|null);

                /** MsgOpenSession model */
                model?: (string|null);

                /** MsgOpenSession redundancy */
                redundancy?: (number|null);

                /** MsgOpenSession maxPricePer_1k */
                maxPricePer_1k?: (string|null);

                /** MsgOpenSession deposit */
                deposit?: (string|null);

                /** MsgOpenSession apiKeySha256 */
                apiKeySha256?: (string|null);

                /** MsgOpenSession durationBlocks */
                durationBlocks?: (number|null);

                /** MsgOpenSession routers */
                routers?: (string[]|null);

                /** MsgOpenSession l3ChainId */
                l3ChainId?: (string|null);
            }

            /** Represents a MsgOpenSession. */
            class MsgOpenSession implements IMsgOpenSession {

                /**
                 * Constructs a new MsgOpenSession.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IMsgOpenSession);

                /** MsgOpenSession owner. */
                public owner: string;

                /** MsgOpenSession model. */
                public model: string;

                /** MsgOpenSession redundancy. */
                public redundancy: number;

                /** MsgOpenSession maxPricePer_1k. */
                public maxPricePer_1k: string;

                /** MsgOpenSession deposit. */
                public deposit: string;

                /** MsgOpenSession apiKeySha256. */
                public apiKeySha256: string;

                /** MsgOpenSession durationBlocks. */
                public durationBlocks: number;

                /** MsgOpenSession routers. */
                public routers: string[];

                /** MsgOpenSession l3ChainId. */
                public l3ChainId: string;

                /**
                 * Creates a new MsgOpenSession instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgOpenSession instance
                 */
                public static create(properties?: strata.sessions.v1.IMsgOpenSession): strata.sessions.v1.MsgOpenSession;

                /**
                 * Encodes the specified MsgOpenSession message. Does not implicitly {@link strata.sessions.v1.MsgOpenSession.verify|verify} messages.
                 * @param message MsgOpenSession message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IMsgOpenSession, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgOpenSession message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgOpenSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.MsgOpenSession;

                /**
                 * Gets the default type url for MsgOpenSession
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgOpenSessionResponse. */
            interface IMsgOpenSessionResponse {

                /** MsgOpenSessionResponse id */
                id?: (number|null);

                /** MsgOpenSessionResponse expiresHeight */
                expiresHeight?: (number|null);
            }

            /** Represents a MsgOpenSessionResponse. */
            class MsgOpenSessionResponse implements IMsgOpenSessionResponse {

                /**
                 * Constructs a new MsgOpenSessionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IMsgOpenSessionResponse);

                /** MsgOpenSessionResponse id. */
                public id: number;

                /** MsgOpenSessionResponse expiresHeight. */
                public expiresHeight: number;

                /**
                 * Creates a new MsgOpenSessionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgOpenSessionResponse instance
                 */
                public static create(properties?: strata.sessions.v1.IMsgOpenSessionResponse): strata.sessions.v1.MsgOpenSessionResponse;

                /**
                 * Encodes the specified MsgOpenSessionResponse message. Does not implicitly {@link strata.sessions.v1.MsgOpenSessionResponse.verify|verify} messages.
                 * @param message MsgOpenSessionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IMsgOpenSessionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgOpenSessionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgOpenSessionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.MsgOpenSessionResponse;

                /**
                 * Gets the default type url for MsgOpenSessionResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgTopUpSession. */
            interface IMsgTopUpSession {

                /** MsgTopUpSession sender */
                sender?: (string|null);

                /** MsgTopUpSession id */
                id?: (number|null);

                /** MsgTopUpSession amount */
                amount?: (string|null);
            }

            /** Represents a MsgTopUpSession. */
            class MsgTopUpSession implements IMsgTopUpSession {

                /**
                 * Constructs a new MsgTopUpSession.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IMsgTopUpSession);

                /** MsgTopUpSession sender. */
                public sender: string;

                /** MsgTopUpSession id. */
                public id: number;

                /** MsgTopUpSession amount. */
                public amount: string;

                /**
                 * Creates a new MsgTopUpSession instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgTopUpSession instance
                 */
                public static create(properties?: strata.sessions.v1.IMsgTopUpSession): strata.sessions.v1.MsgTopUpSession;

                /**
                 * Encodes the specified MsgTopUpSession message. Does not implicitly {@link strata.sessions.v1.MsgTopUpSession.verify|verify} messages.
                 * @param message MsgTopUpSession message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IMsgTopUpSession, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgTopUpSession message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgTopUpSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.MsgTopUpSession;

                /**
                 * Gets the default type url for MsgTopUpSession
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgTopUpSessionResponse. */
            interface IMsgTopUpSessionResponse {
            }

            /** Represents a MsgTopUpSessionResponse. */
            class MsgTopUpSessionResponse implements IMsgTopUpSessionResponse {

                /**
                 * Constructs a new MsgTopUpSessionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IMsgTopUpSessionResponse);

                /**
                 * Creates a new MsgTopUpSessionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgTopUpSessionResponse instance
                 */
                public static create(properties?: strata.sessions.v1.IMsgTopUpSessionResponse): strata.sessions.v1.MsgTopUpSessionResponse;

                /**
                 * Encodes the specified MsgTopUpSessionResponse message. Does not implicitly {@link strata.sessions.v1.MsgTopUpSessionResponse.verify|verify} messages.
                 * @param message MsgTopUpSessionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IMsgTopUpSessionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgTopUpSessionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgTopUpSessionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.MsgTopUpSessionResponse;

                /**
                 * Gets the default type url for MsgTopUpSessionResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgCloseSession. */
            interface IMsgCloseSession {

                /** MsgCloseSession owner */
                owner?: (string|null);

                /** MsgCloseSession id */
                id?: (number|null);
            }

            /** Represents a MsgCloseSession. */
            class MsgCloseSession implements IMsgCloseSession {

                /**
                 * Constructs a new MsgCloseSession.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IMsgCloseSession);

                /** MsgCloseSession owner. */
                public owner: string;

                /** MsgCloseSession id. */
                public id: number;

                /**
                 * Creates a new MsgCloseSession instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCloseSession instance
                 */
                public static create(properties?: strata.sessions.v1.IMsgCloseSession): strata.sessions.v1.MsgCloseSession;

                /**
                 * Encodes the specified MsgCloseSession message. Does not implicitly {@link strata.sessions.v1.MsgCloseSession.verify|verify} messages.
                 * @param message MsgCloseSession message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IMsgCloseSession, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCloseSession message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgCloseSession
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.MsgCloseSession;

                /**
                 * Gets the default type url for MsgCloseSession
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgCloseSessionResponse. */
            interface IMsgCloseSessionResponse {

                /** MsgCloseSessionResponse refunded */
                refunded?: (string|null);
            }

            /** Represents a MsgCloseSessionResponse. */
            class MsgCloseSessionResponse implements IMsgCloseSessionResponse {

                /**
                 * Constructs a new MsgCloseSessionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IMsgCloseSessionResponse);

                /** MsgCloseSessionResponse refunded. */
                public refunded: string;

                /**
                 * Creates a new MsgCloseSessionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgCloseSessionResponse instance
                 */
                public static create(properties?: strata.sessions.v1.IMsgCloseSessionResponse): strata.sessions.v1.MsgCloseSessionResponse;

                /**
                 * Encodes the specified MsgCloseSessionResponse message. Does not implicitly {@link strata.sessions.v1.MsgCloseSessionResponse.verify|verify} messages.
                 * @param message MsgCloseSessionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IMsgCloseSessionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgCloseSessionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgCloseSessionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.MsgCloseSessionResponse;

                /**
                 * Gets the default type url for MsgCloseSessionResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /**
                 * Calls OpenSession.
                 * @param request MsgOpenSession message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgOpenSessionResponse
                 */
                public openSession(request: strata.sessions.v1.IMsgOpenSession, callback: strata.sessions.v1.Msg.OpenSessionCallback): void;

                /**
                 * Calls OpenSession.
                 * @param request MsgOpenSession message or plain object
                 * @returns Promise
                 */
                public openSession(request: strata.sessions.v1.IMsgOpenSession): Promise<strata.sessions.v1.MsgOpenSessionResponse>;

                /**
                 * Calls TopUpSession.
                 * @param request MsgTopUpSession message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgTopUpSessionResponse
                 */
                public topUpSession(request: strata.sessions.v1.IMsgTopUpSession, callback: strata.sessions.v1.Msg.TopUpSessionCallback): void;

                /**
                 * Calls TopUpSession.
                 * @param request MsgTopUpSession message or plain object
                 * @returns Promise
                 */
                public topUpSession(request: strata.sessions.v1.IMsgTopUpSession): Promise<strata.sessions.v1.MsgTopUpSessionResponse>;

                /**
                 * Calls CloseSession.
                 * @param request MsgCloseSession message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgCloseSessionResponse
                 */
                public closeSession(request: strata.sessions.v1.IMsgCloseSession, callback: strata.sessions.v1.Msg.CloseSessionCallback): void;

                /**
                 * Calls CloseSession.
                 * @param request MsgCloseSession message or plain object
                 * @returns Promise
                 */
                public closeSession(request: strata.sessions.v1.IMsgCloseSession): Promise<strata.sessions.v1.MsgCloseSessionResponse>;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link strata.sessions.v1.Msg#openSession}.
                 * @param error Error, if any
                 * @param [response] MsgOpenSessionResponse
                 */
                type OpenSessionCallback = (error: (Error|null), response?: strata.sessions.v1.MsgOpenSessionResponse) => void;

                /**
                 * Callback as used by {@link strata.sessions.v1.Msg#topUpSession}.
                 * @param error Error, if any
                 * @param [response] MsgTopUpSessionResponse
                 */
                type TopUpSessionCallback = (error: (Error|null), response?: strata.sessions.v1.MsgTopUpSessionResponse) => void;

                /**
                 * Callback as used by {@link strata.sessions.v1.Msg#closeSession}.
                 * @param error Error, if any
                 * @param [response] MsgCloseSessionResponse
                 */
                type CloseSessionCallback = (error: (Error|null), response?: strata.sessions.v1.MsgCloseSessionResponse) => void;
            }

            /** Properties of a QuerySessionRequest. */
            interface IQuerySessionRequest {

                /** QuerySessionRequest id */
                id?: (number|null);
            }

            /** Represents a QuerySessionRequest. */
            class QuerySessionRequest implements IQuerySessionRequest {

                /**
                 * Constructs a new QuerySessionRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IQuerySessionRequest);

                /** QuerySessionRequest id. */
                public id: number;

                /**
                 * Creates a new QuerySessionRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySessionRequest instance
                 */
                public static create(properties?: strata.sessions.v1.IQuerySessionRequest): strata.sessions.v1.QuerySessionRequest;

                /**
                 * Encodes the specified QuerySessionRequest message. Does not implicitly {@link strata.sessions.v1.QuerySessionRequest.verify|verify} messages.
                 * @param message QuerySessionRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IQuerySessionRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySessionRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuerySessionRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.QuerySessionRequest;

                /**
                 * Gets the default type url for QuerySessionRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QuerySessionResponse. */
            interface IQuerySessionResponse {

                /** QuerySessionResponse session */
                session?: (strata.sessions.v1.ISession|null);
            }

            /** Represents a QuerySessionResponse. */
            class QuerySessionResponse implements IQuerySessionResponse {

                /**
                 * Constructs a new QuerySessionResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IQuerySessionResponse);

                /** QuerySessionResponse session. */
                public session?: (strata.sessions.v1.ISession|null);

                /**
                 * Creates a new QuerySessionResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySessionResponse instance
                 */
                public static create(properties?: strata.sessions.v1.IQuerySessionResponse): strata.sessions.v1.QuerySessionResponse;

                /**
                 * Encodes the specified QuerySessionResponse message. Does not implicitly {@link strata.sessions.v1.QuerySessionResponse.verify|verify} messages.
                 * @param message QuerySessionResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IQuerySessionResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySessionResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuerySessionResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.QuerySessionResponse;

                /**
                 * Gets the default type url for QuerySessionResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QuerySessionsRequest. */
            interface IQuerySessionsRequest {

                /** QuerySessionsRequest owner */
                owner?: (string|null);

                /** QuerySessionsRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QuerySessionsRequest. */
            class QuerySessionsRequest implements IQuerySessionsRequest {

                /**
                 * Constructs a new QuerySessionsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IQuerySessionsRequest);

                /** QuerySessionsRequest owner. */
                public owner: string;

                /** QuerySessionsRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QuerySessionsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySessionsRequest instance
                 */
                public static create(properties?: strata.sessions.v1.IQuerySessionsRequest): strata.sessions.v1.QuerySessionsRequest;

                /**
                 * Encodes the specified QuerySessionsRequest message. Does not implicitly {@link strata.sessions.v1.QuerySessionsRequest.verify|verify} messages.
                 * @param message QuerySessionsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IQuerySessionsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySessionsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuerySessionsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.QuerySessionsRequest;

                /**
                 * Gets the default type url for QuerySessionsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QuerySessionsResponse. */
            interface IQuerySessionsResponse {

                /** QuerySessionsResponse sessions */
                sessions?: (strata.sessions.v1.ISession[]|null);

                /** QuerySessionsResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QuerySessionsResponse. */
            class QuerySessionsResponse implements IQuerySessionsResponse {

                /**
                 * Constructs a new QuerySessionsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IQuerySessionsResponse);

                /** QuerySessionsResponse sessions. */
                public sessions: strata.sessions.v1.ISession[];

                /** QuerySessionsResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QuerySessionsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySessionsResponse instance
                 */
                public static create(properties?: strata.sessions.v1.IQuerySessionsResponse): strata.sessions.v1.QuerySessionsResponse;

                /**
                 * Encodes the specified QuerySessionsResponse message. Does not implicitly {@link strata.sessions.v1.QuerySessionsResponse.verify|verify} messages.
                 * @param message QuerySessionsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IQuerySessionsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySessionsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuerySessionsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.QuerySessionsResponse;

                /**
                 * Gets the default type url for QuerySessionsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: strata.sessions.v1.IQueryParamsRequest): strata.sessions.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.sessions.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (strata.sessions.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (strata.sessions.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: strata.sessions.v1.IQueryParamsResponse): strata.sessions.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.sessions.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls Session.
                 * @param request QuerySessionRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QuerySessionResponse
                 */
                public session(request: strata.sessions.v1.IQuerySessionRequest, callback: strata.sessions.v1.Query.SessionCallback): void;

                /**
                 * Calls Session.
                 * @param request QuerySessionRequest message or plain object
                 * @returns Promise
                 */
                public session(request: strata.sessions.v1.IQuerySessionRequest): Promise<strata.sessions.v1.QuerySessionResponse>;

                /**
                 * Calls Sessions.
                 * @param request QuerySessionsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QuerySessionsResponse
                 */
                public sessions(request: strata.sessions.v1.IQuerySessionsRequest, callback: strata.sessions.v1.Query.SessionsCallback): void;

                /**
                 * Calls Sessions.
                 * @param request QuerySessionsRequest message or plain object
                 * @returns Promise
                 */
                public sessions(request: strata.sessions.v1.IQuerySessionsRequest): Promise<strata.sessions.v1.QuerySessionsResponse>;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryParamsResponse
                 */
                public params(request: strata.sessions.v1.IQueryParamsRequest, callback: strata.sessions.v1.Query.ParamsCallback): void;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @returns Promise
                 */
                public params(request: strata.sessions.v1.IQueryParamsRequest): Promise<strata.sessions.v1.QueryParamsResponse>;

                /**
                 * Calls SessionByApiKey.
                 * @param request QuerySessionByApiKeyRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QuerySessionByApiKeyResponse
                 */
                public sessionByApiKey(request: strata.sessions.v1.IQuerySessionByApiKeyRequest, callback: strata.sessions.v1.Query.SessionByApiKeyCallback): void;

                /**
                 * Calls SessionByApiKey.
                 * @param request QuerySessionByApiKeyRequest message or plain object
                 * @returns Promise
                 */
                public sessionByApiKey(request: strata.sessions.v1.IQuerySessionByApiKeyRequest): Promise<strata.sessions.v1.QuerySessionByApiKeyResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.sessions.v1.Query#session}.
                 * @param error Error, if any
                 * @param [response] QuerySessionResponse
                 */
                type SessionCallback = (error: (Error|null), response?: strata.sessions.v1.QuerySessionResponse) => void;

                /**
                 * Callback as used by {@link strata.sessions.v1.Query#sessions}.
                 * @param error Error, if any
                 * @param [response] QuerySessionsResponse
                 */
                type SessionsCallback = (error: (Error|null), response?: strata.sessions.v1.QuerySessionsResponse) => void;

                /**
                 * Callback as used by {@link strata.sessions.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: strata.sessions.v1.QueryParamsResponse) => void;

                /**
                 * Callback as used by {@link strata.sessions.v1.Query#sessionByApiKey}.
                 * @param error Error, if any
                 * @param [response] QuerySessionByApiKeyResponse
                 */
                type SessionByApiKeyCallback = (error: (Error|null), response?: strata.sessions.v1.QuerySessionByApiKeyResponse) => void;
            }

            /** Properties of a GenesisState. */
            interface IGenesisState {

                /** GenesisState params */
                params?: (strata.sessions.v1.IParams|null);

                /** GenesisState sessions */
                sessions?: (strata.sessions.v1.ISession[]|null);

                /** GenesisState nextId */
                nextId?: (number|null);
            }

            /** Represents a GenesisState. */
            class GenesisState implements IGenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IGenesisState);

                /** GenesisState params. */
                public params?: (strata.sessions.v1.IParams|null);

                /** GenesisState sessions. */
                public sessions: strata.sessions.v1.ISession[];

                /** GenesisState nextId. */
                public nextId: number;

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                public static create(properties?: strata.sessions.v1.IGenesisState): strata.sessions.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.sessions.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.GenesisState;

                /**
                 * Gets the default type url for GenesisState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QuerySessionByApiKeyRequest. */
            interface IQuerySessionByApiKeyRequest {

                /** QuerySessionByApiKeyRequest apiKeySha256 */
                apiKeySha256?: (string|null);
            }

            /** Represents a QuerySessionByApiKeyRequest. */
            class QuerySessionByApiKeyRequest implements IQuerySessionByApiKeyRequest {

                /**
                 * Constructs a new QuerySessionByApiKeyRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IQuerySessionByApiKeyRequest);

                /** QuerySessionByApiKeyRequest apiKeySha256. */
                public apiKeySha256: string;

                /**
                 * Creates a new QuerySessionByApiKeyRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySessionByApiKeyRequest instance
                 */
                public static create(properties?: strata.sessions.v1.IQuerySessionByApiKeyRequest): strata.sessions.v1.QuerySessionByApiKeyRequest;

                /**
                 * Encodes the specified QuerySessionByApiKeyRequest message. Does not implicitly {@link strata.sessions.v1.QuerySessionByApiKeyRequest.verify|verify} messages.
                 * @param message QuerySessionByApiKeyRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IQuerySessionByApiKeyRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySessionByApiKeyRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuerySessionByApiKeyRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.QuerySessionByApiKeyRequest;

                /**
                 * Gets the default type url for QuerySessionByApiKeyRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QuerySessionByApiKeyResponse. */
            interface IQuerySessionByApiKeyResponse {

                /** QuerySessionByApiKeyResponse session */
                session?: (strata.sessions.v1.ISession|null);
            }

            /** Represents a QuerySessionByApiKeyResponse. */
            class QuerySessionByApiKeyResponse implements IQuerySessionByApiKeyResponse {

                /**
                 * Constructs a new QuerySessionByApiKeyResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.sessions.v1.IQuerySessionByApiKeyResponse);

                /** QuerySessionByApiKeyResponse session. */
                public session?: (strata.sessions.v1.ISession|null);

                /**
                 * Creates a new QuerySessionByApiKeyResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySessionByApiKeyResponse instance
                 */
                public static create(properties?: strata.sessions.v1.IQuerySessionByApiKeyResponse): strata.sessions.v1.QuerySessionByApiKeyResponse;

                /**
                 * Encodes the specified QuerySessionByApiKeyResponse message. Does not implicitly {@link strata.sessions.v1.QuerySessionByApiKeyResponse.verify|verify} messages.
                 * @param message QuerySessionByApiKeyResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.sessions.v1.IQuerySessionByApiKeyResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySessionByApiKeyResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuerySessionByApiKeyResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.sessions.v1.QuerySessionByApiKeyResponse;

                /**
                 * Gets the default type url for QuerySessionByApiKeyResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace settlement. */
    namespace settlement {

        /** Namespace v1. */
        namespace v1 {

            /** PaymentRole enum. */
            enum PaymentRole {
                PAYMENT_ROLE_UNSPECIFIED = 0,
                PAYMENT_ROLE_EXECUTOR = 1,
                PAYMENT_ROLE_ROUTER = 2,
                PAYMENT_ROLE_GUARD = 3,
                PAYMENT_ROLE_MODEL_OWNER = 4,
                PAYMENT_ROLE_TREASURY = 5
            }

            /** Properties of a Payment. */
            interface IPayment {

                /** Payment recipient */
                recipient?: (string|null);

                /** Payment role */
                role?: (strata.settlement.v1.PaymentRole|null);

                /** Payment amount */
                amount?: (string|null);

                /** Payment reason */
                reason?: (string|null);
            }

            /** Represents a Payment. */
            class Payment implements IPayment {

                /**
                 * Constructs a new Payment.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.IPayment);

                /** Payment recipient. */
                public recipient: string;

                /** Payment role. */
                public role: strata.settlement.v1.PaymentRole;

                /** Payment amount. */
                public amount: string;

                /** Payment reason. */
                public reason: string;

                /**
                 * Creates a new Payment instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Payment instance
                 */
                public static create(properties?: strata.settlement.v1.IPayment): strata.settlement.v1.Payment;

                /**
                 * Encodes the specified Payment message. Does not implicitly {@link strata.settlement.v1.Payment.verify|verify} messages.
                 * @param message Payment message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.IPayment, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Payment message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Payment
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.Payment;

                /**
                 * Gets the default type url for Payment
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Slash. */
            interface ISlash {

                /** Slash node */
                node?: (string|null);

                /** Slash amount */
                amount?: (string|null);

                /** Slash reason */
                reason?: (string|null);

                /** Slash jailed */
                jailed?: (boolean|null);
            }

            /** Represents a Slash. */
            class Slash implements ISlash {

                /**
                 * Constructs a new Slash.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.ISlash);

                /** Slash node. */
                public node: string;

                /** Slash amount. */
                public amount: string;

                /** Slash reason. */
                public reason: string;

                /** Slash jailed. */
                public jailed: boolean;

                /**
                 * Creates a new Slash instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Slash instance
                 */
                public static create(properties?: strata.settlement.v1.ISlash): strata.settlement.v1.Slash;

                /**
                 * Encodes the specified Slash message. Does not implicitly {@link strata.settlement.v1.Slash.verify|verify} messages.
                 * @param message Slash message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.ISlash, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Slash message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Slash
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.Slash;

                /**
                 * Gets the default type url for Slash
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Settlement. */
            interface ISettlement {

                /** Settlement taskId */
                taskId?: (string|null);

                /** Settlement sessionId */
                sessionId?: (number|null);

                /** Settlement charge */
                charge?: (string|null);

                /** Settlement refunded */
                refunded?: (string|null);

                /** Settlement inputTokens */
                inputTokens?: (number|null);

                /** Settlement outputTokens */
                outputTokens?: (number|null);

                /** Settlement priceInputPer_1k */
                priceInputPer_1k?: (string|null);

                /** Settlement priceOutputPer_1k */
                priceOutputPer_1k?: (string|null);

                /** Settlement payments */
                payments?: (strata.settlement.v1.IPayment[]|null);

                /** Settlement slashes */
                slashes?: (strata.settlement.v1.ISlash[]|null);

                /** Settlement height */
                height?: (number|null);
            }

            /** Represents a Settlement. */
            class Settlement implements ISettlement {

                /**
                 * Constructs a new Settlement.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.ISettlement);

                /** Settlement taskId. */
                public taskId: string;

                /** Settlement sessionId. */
                public sessionId: number;

                /** Settlement charge. */
                public charge: string;

                /** Settlement refunded. */
                public refunded: string;

                /** Settlement inputTokens. */
                public inputTokens: number;

                /** Settlement outputTokens. */
                public outputTokens: number;

                /** Settlement priceInputPer_1k. */
                public priceInputPer_1k: string;

                /** Settlement priceOutputPer_1k. */
                public priceOutputPer_1k: string;

                /** Settlement payments. */
                public payments: strata.settlement.v1.IPayment[];

                /** Settlement slashes. */
                public slashes: strata.settlement.v1.ISlash[];

                /** Settlement height. */
                public height: number;

                /**
                 * Creates a new Settlement instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Settlement instance
                 */
                public static create(properties?: strata.settlement.v1.ISettlement): strata.settlement.v1.Settlement;

                /**
                 * Encodes the specified Settlement message. Does not implicitly {@link strata.settlement.v1.Settlement.verify|verify} messages.
                 * @param message Settlement message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.ISettlement, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Settlement message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Settlement
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.Settlement;

                /**
                 * Gets the default type url for Settlement
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params executorsBps */
                executorsBps?: (number|null);

                /** Params routerBps */
                routerBps?: (number|null);

                /** Params guardsBps */
                guardsBps?: (number|null);

                /** Params modelOwnerBps */
                modelOwnerBps?: (number|null);

                /** Params treasuryBps */
                treasuryBps?: (number|null);

                /** Params fraudSlash */
                fraudSlash?: (number|null);

                /** Params missedRevealSlash */
                missedRevealSlash?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.IParams);

                /** Params executorsBps. */
                public executorsBps: number;

                /** Params routerBps. */
                public routerBps: number;

                /** Params guardsBps. */
                public guardsBps: number;

                /** Params modelOwnerBps. */
                public modelOwnerBps: number;

                /** Params treasuryBps. */
                public treasuryBps: number;

                /** Params fraudSlash. */
                public fraudSlash: number;

                /** Params missedRevealSlash. */
                public missedRevealSlash: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: strata.settlement.v1.IParams): strata.settlement.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.settlement.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QuerySettlementRequest. */
            interface IQuerySettlementRequest {

                /** QuerySettlementRequest taskId */
                taskId?: (string|null);
            }

            /** Represents a QuerySettlementRequest. */
            class QuerySettlementRequest implements IQuerySettlementRequest {

                /**
                 * Constructs a new QuerySettlementRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.IQuerySettlementRequest);

                /** QuerySettlementRequest taskId. */
                public taskId: string;

                /**
                 * Creates a new QuerySettlementRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySettlementRequest instance
                 */
                public static create(properties?: strata.settlement.v1.IQuerySettlementRequest): strata.settlement.v1.QuerySettlementRequest;

                /**
                 * Encodes the specified QuerySettlementRequest message. Does not implicitly {@link strata.settlement.v1.QuerySettlementRequest.verify|verify} messages.
                 * @param message QuerySettlementRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.IQuerySettlementRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySettlementRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuerySettlementRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.QuerySettlementRequest;

                /**
                 * Gets the default type url for QuerySettlementRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QuerySettlementResponse. */
            interface IQuerySettlementResponse {

                /** QuerySettlementResponse settlement */
                settlement?: (strata.settlement.v1.ISettlement|null);
            }

            /** Represents a QuerySettlementResponse. */
            class QuerySettlementResponse implements IQuerySettlementResponse {

                /**
                 * Constructs a new QuerySettlementResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.IQuerySettlementResponse);

                /** QuerySettlementResponse settlement. */
                public settlement?: (strata.settlement.v1.ISettlement|null);

                /**
                 * Creates a new QuerySettlementResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QuerySettlementResponse instance
                 */
                public static create(properties?: strata.settlement.v1.IQuerySettlementResponse): strata.settlement.v1.QuerySettlementResponse;

                /**
                 * Encodes the specified QuerySettlementResponse message. Does not implicitly {@link strata.settlement.v1.QuerySettlementResponse.verify|verify} messages.
                 * @param message QuerySettlementResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.IQuerySettlementResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QuerySettlementResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QuerySettlementResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.QuerySettlementResponse;

                /**
                 * Gets the default type url for QuerySettlementResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryTreasuryRequest. */
            interface IQueryTreasuryRequest {
            }

            /** Represents a QueryTreasuryRequest. */
            class QueryTreasuryRequest implements IQueryTreasuryRequest {

                /**
                 * Constructs a new QueryTreasuryRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.IQueryTreasuryRequest);

                /**
                 * Creates a new QueryTreasuryRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTreasuryRequest instance
                 */
                public static create(properties?: strata.settlement.v1.IQueryTreasuryRequest): strata.settlement.v1.QueryTreasuryRequest;

                /**
                 * Encodes the specified QueryTreasuryRequest message. Does not implicitly {@link strata.settlement.v1.QueryTreasuryRequest.verify|verify} messages.
                 * @param message QueryTreasuryRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.IQueryTreasuryRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTreasuryRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTreasuryRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.QueryTreasuryRequest;

                /**
                 * Gets the default type url for QueryTreasuryRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryTreasuryResponse. */
            interface IQueryTreasuryResponse {

                /** QueryTreasuryResponse address */
                address?: (string|null);

                /** QueryTreasuryResponse balance */
                balance?: (string|null);
            }

            /** Represents a QueryTreasuryResponse. */
            class QueryTreasuryResponse implements IQueryTreasuryResponse {

                /**
                 * Constructs a new QueryTreasuryResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.IQueryTreasuryResponse);

                /** QueryTreasuryResponse address. */
                public address: string;

                /** QueryTreasuryResponse balance. */
                public balance: string;

                /**
                 * Creates a new QueryTreasuryResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTreasuryResponse instance
                 */
                public static create(properties?: strata.settlement.v1.IQueryTreasuryResponse): strata.settlement.v1.QueryTreasuryResponse;

                /**
                 * Encodes the specified QueryTreasuryResponse message. Does not implicitly {@link strata.settlement.v1.QueryTreasuryResponse.verify|verify} messages.
                 * @param message QueryTreasuryResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.IQueryTreasuryResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTreasuryResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTreasuryResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.QueryTreasuryResponse;

                /**
                 * Gets the default type url for QueryTreasuryResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: strata.settlement.v1.IQueryParamsRequest): strata.settlement.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.settlement.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (strata.settlement.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (strata.settlement.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: strata.settlement.v1.IQueryParamsResponse): strata.settlement.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.settlement.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls Settlement.
                 * @param request QuerySettlementRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QuerySettlementResponse
                 */
                public settlement(request: strata.settlement.v1.IQuerySettlementRequest, callback: strata.settlement.v1.Query.SettlementCallback): void;

                /**
                 * Calls Settlement.
                 * @param request QuerySettlementRequest message or plain object
                 * @returns Promise
                 */
                public settlement(request: strata.settlement.v1.IQuerySettlementRequest): Promise<strata.settlement.v1.QuerySettlementResponse>;

                /**
                 * Calls Treasury.
                 * @param request QueryTreasuryRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryTreasuryResponse
                 */
                public treasury(request: strata.settlement.v1.IQueryTreasuryRequest, callback: strata.settlement.v1.Query.TreasuryCallback): void;

                /**
                 * Calls Treasury.
                 * @param request QueryTreasuryRequest message or plain object
                 * @returns Promise
                 */
                public treasury(request: strata.settlement.v1.IQueryTreasuryRequest): Promise<strata.settlement.v1.QueryTreasuryResponse>;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryParamsResponse
                 */
                public params(request: strata.settlement.v1.IQueryParamsRequest, callback: strata.settlement.v1.Query.ParamsCallback): void;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @returns Promise
                 */
                public params(request: strata.settlement.v1.IQueryParamsRequest): Promise<strata.settlement.v1.QueryParamsResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.settlement.v1.Query#settlement}.
                 * @param error Error, if any
                 * @param [response] QuerySettlementResponse
                 */
                type SettlementCallback = (error: (Error|null), response?: strata.settlement.v1.QuerySettlementResponse) => void;

                /**
                 * Callback as used by {@link strata.settlement.v1.Query#treasury}.
                 * @param error Error, if any
                 * @param [response] QueryTreasuryResponse
                 */
                type TreasuryCallback = (error: (Error|null), response?: strata.settlement.v1.QueryTreasuryResponse) => void;

                /**
                 * Callback as used by {@link strata.settlement.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: strata.settlement.v1.QueryParamsResponse) => void;
            }

            /** Properties of a GenesisState. */
            interface IGenesisState {

                /** GenesisState params */
                params?: (strata.settlement.v1.IParams|null);

                /** GenesisState settlements */
                settlements?: (strata.settlement.v1.ISettlement[]|null);
            }

            /** Represents a GenesisState. */
            class GenesisState implements IGenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.settlement.v1.IGenesisState);

                /** GenesisState params. */
                public params?: (strata.settlement.v1.IParams|null);

                /** GenesisState settlements. */
                public settlements: strata.settlement.v1.ISettlement[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                public static create(properties?: strata.settlement.v1.IGenesisState): strata.settlement.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.settlement.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.settlement.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.settlement.v1.GenesisState;

                /**
                 * Gets the default type url for GenesisState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }

    /** Namespace tasks. */
    namespace tasks {

        /** Namespace v1. */
        namespace v1 {

            /** TaskStatus enum. */
            enum TaskStatus {
                TASK_STATUS_UNSPECIFIED = 0,
                TASK_STATUS_COMMITTED = 1,
                TASK_STATUS_SCORING = 2,
                TASK_STATUS_SETTLED = 3
            }

            /** Properties of a Receipt. */
            interface IReceipt {

                /** Receipt taskId */
                taskId?: (string|null);

                /** Receipt sessionId */
                sessionId?: (number|null);

                /** Receipt executor */
                executor?: (string|null);

                /** Receipt modelSha256 */
                modelSha256?: (string|null);

                /** Receipt promptSha256 */
                promptSha256?: (string|null);

                /** Receipt commitment */
                commitment?: (string|null);

                /** Receipt inputTokens */
                inputTokens?: (number|null);

                /** Receipt outputTokens */
                outputTokens?: (number|null);

                /** Receipt signature */
                signature?: (Uint8Array|null);
            }

            /** Represents a Receipt. */
            class Receipt implements IReceipt {

                /**
                 * Constructs a new Receipt.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IReceipt);

                /** Receipt taskId. */
                public taskId: string;

                /** Receipt sessionId. */
                public sessionId: number;

                /** Receipt executor. */
                public executor: string;

                /** Receipt modelSha256. */
                public modelSha256: string;

                /** Receipt promptSha256. */
                public promptSha256: string;

                /** Receipt commitment. */
                public commitment: string;

                /** Receipt inputTokens. */
                public inputTokens: number;

                /** Receipt outputTokens. */
                public outputTokens: number;

                /** Receipt signature. */
                public signature: Uint8Array;

                /**
                 * Creates a new Receipt instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Receipt instance
                 */
                public static create(properties?: strata.tasks.v1.IReceipt): strata.tasks.v1.Receipt;

                /**
                 * Encodes the specified Receipt message. Does not implicitly {@link strata.tasks.v1.Receipt.verify|verify} messages.
                 * @param message Receipt message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IReceipt, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Receipt message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Receipt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.Receipt;

                /**
                 * Gets the default type url for Receipt
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a TaskRecord. */
            interface ITaskRecord {

                /** TaskRecord taskId */
                taskId?: (string|null);

                /** TaskRecord sessionId */
                sessionId?: (number|null);

                /** TaskRecord receipts */
                receipts?: (strata.tasks.v1.IReceipt[]|null);
            }

            /** Represents a TaskRecord. */
            class TaskRecord implements ITaskRecord {

                /**
                 * Constructs a new TaskRecord.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.ITaskRecord);

                /** TaskRecord taskId. */
                public taskId: string;

                /** TaskRecord sessionId. */
                public sessionId: number;

                /** TaskRecord receipts. */
                public receipts: strata.tasks.v1.IReceipt[];

                /**
                 * Creates a new TaskRecord instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaskRecord instance
                 */
                public static create(properties?: strata.tasks.v1.ITaskRecord): strata.tasks.v1.TaskRecord;

                /**
                 * Encodes the specified TaskRecord message. Does not implicitly {@link strata.tasks.v1.TaskRecord.verify|verify} messages.
                 * @param message TaskRecord message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.ITaskRecord, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaskRecord message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns TaskRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.TaskRecord;

                /**
                 * Gets the default type url for TaskRecord
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Reveal. */
            interface IReveal {

                /** Reveal taskId */
                taskId?: (string|null);

                /** Reveal executor */
                executor?: (string|null);

                /** Reveal output */
                output?: (string|null);

                /** Reveal salt */
                salt?: (string|null);

                /** Reveal prompt */
                prompt?: (string|null);
            }

            /** Represents a Reveal. */
            class Reveal implements IReveal {

                /**
                 * Constructs a new Reveal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IReveal);

                /** Reveal taskId. */
                public taskId: string;

                /** Reveal executor. */
                public executor: string;

                /** Reveal output. */
                public output: string;

                /** Reveal salt. */
                public salt: string;

                /** Reveal prompt. */
                public prompt: string;

                /**
                 * Creates a new Reveal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Reveal instance
                 */
                public static create(properties?: strata.tasks.v1.IReveal): strata.tasks.v1.Reveal;

                /**
                 * Encodes the specified Reveal message. Does not implicitly {@link strata.tasks.v1.Reveal.verify|verify} messages.
                 * @param message Reveal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IReveal, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Reveal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Reveal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.Reveal;

                /**
                 * Gets the default type url for Reveal
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Task. */
            interface ITask {

                /** Task id */
                id?: (string|null);

                /** Task sessionId */
                sessionId?: (number|null);

                /** Task router */
                router?: (string|null);

                /** Task model */
                model?: (string|null);

                /** Task receipts */
                receipts?: (strata.tasks.v1.IReceipt[]|null);

                /** Task reveals */
                reveals?: (strata.tasks.v1.IReveal[]|null);

                /** Task status */
                status?: (strata.tasks.v1.TaskStatus|null);

                /** Task recordedHeight */
                recordedHeight?: (number|null);

                /** Task revealDeadline */
                revealDeadline?: (number|null);

                /** Task reserved */
                reserved?: (string|null);

                /** Task missedReveals */
                missedReveals?: (string[]|null);

                /** Task settledHeight */
                settledHeight?: (number|null);
            }

            /** Represents a Task. */
            class Task implements ITask {

                /**
                 * Constructs a new Task.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.ITask);

                /** Task id. */
                public id: string;

                /** Task sessionId. */
                public sessionId: number;

                /** Task router. */
                public router: string;

                /** Task model. */
                public model: string;

                /** Task receipts. */
                public receipts: strata.tasks.v1.IReceipt[];

                /** Task reveals. */
                public reveals: strata.tasks.v1.IReveal[];

                /** Task status. */
                public status: strata.tasks.v1.TaskStatus;

                /** Task recordedHeight. */
                public recordedHeight: number;

                /** Task revealDeadline. */
                public revealDeadline: number;

                /** Task reserved. */
                public reserved: string;

                /** Task missedReveals. */
                public missedReveals: string[];

                /** Task settledHeight. */
                public settledHeight: number;

                /**
                 * Creates a new Task instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Task instance
                 */
                public static create(properties?: strata.tasks.v1.ITask): strata.tasks.v1.Task;

                /**
                 * Encodes the specified Task message. Does not implicitly {@link strata.tasks.v1.Task.verify|verify} messages.
                 * @param message Task message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.ITask, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Task message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Task
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.Task;

                /**
                 * Gets the default type url for Task
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a Params. */
            interface IParams {

                /** Params revealBlocks */
                revealBlocks?: (number|null);

                /** Params maxTasksPerMsg */
                maxTasksPerMsg?: (number|null);

                /** Params maxOutputBytes */
                maxOutputBytes?: (number|null);

                /** Params maxPromptBytes */
                maxPromptBytes?: (number|null);
            }

            /** Represents a Params. */
            class Params implements IParams {

                /**
                 * Constructs a new Params.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IParams);

                /** Params revealBlocks. */
                public revealBlocks: number;

                /** Params maxTasksPerMsg. */
                public maxTasksPerMsg: number;

                /** Params maxOutputBytes. */
                public maxOutputBytes: number;

                /** Params maxPromptBytes. */
                public maxPromptBytes: number;

                /**
                 * Creates a new Params instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Params instance
                 */
                public static create(properties?: strata.tasks.v1.IParams): strata.tasks.v1.Params;

                /**
                 * Encodes the specified Params message. Does not implicitly {@link strata.tasks.v1.Params.verify|verify} messages.
                 * @param message Params message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IParams, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Params message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns Params
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.Params;

                /**
                 * Gets the default type url for Params
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRecordTasks. */
            interface IMsgRecordTasks {

                /** MsgRecordTasks router */
                router?: (string|null);

                /** MsgRecordTasks tasks */
                tasks?: (strata.tasks.v1.ITaskRecord[]|null);
            }

            /** Represents a MsgRecordTasks. */
            class MsgRecordTasks implements IMsgRecordTasks {

                /**
                 * Constructs a new MsgRecordTasks.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IMsgRecordTasks);

                /** MsgRecordTasks router. */
                public router: string;

                /** MsgRecordTasks tasks. */
                public tasks: strata.tasks.v1.ITaskRecord[];

                /**
                 * Creates a new MsgRecordTasks instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRecordTasks instance
                 */
                public static create(properties?: strata.tasks.v1.IMsgRecordTasks): strata.tasks.v1.MsgRecordTasks;

                /**
                 * Encodes the specified MsgRecordTasks message. Does not implicitly {@link strata.tasks.v1.MsgRecordTasks.verify|verify} messages.
                 * @param message MsgRecordTasks message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IMsgRecordTasks, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRecordTasks message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRecordTasks
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.MsgRecordTasks;

                /**
                 * Gets the default type url for MsgRecordTasks
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRecordTasksResponse. */
            interface IMsgRecordTasksResponse {

                /** MsgRecordTasksResponse recorded */
                recorded?: (number|null);
            }

            /** Represents a MsgRecordTasksResponse. */
            class MsgRecordTasksResponse implements IMsgRecordTasksResponse {

                /**
                 * Constructs a new MsgRecordTasksResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IMsgRecordTasksResponse);

                /** MsgRecordTasksResponse recorded. */
                public recorded: number;

                /**
                 * Creates a new MsgRecordTasksResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRecordTasksResponse instance
                 */
                public static create(properties?: strata.tasks.v1.IMsgRecordTasksResponse): strata.tasks.v1.MsgRecordTasksResponse;

                /**
                 * Encodes the specified MsgRecordTasksResponse message. Does not implicitly {@link strata.tasks.v1.MsgRecordTasksResponse.verify|verify} messages.
                 * @param message MsgRecordTasksResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IMsgRecordTasksResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRecordTasksResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRecordTasksResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.MsgRecordTasksResponse;

                /**
                 * Gets the default type url for MsgRecordTasksResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRevealResults. */
            interface IMsgRevealResults {

                /** MsgRevealResults sender */
                sender?: (string|null);

                /** MsgRevealResults reveals */
                reveals?: (strata.tasks.v1.IReveal[]|null);
            }

            /** Represents a MsgRevealResults. */
            class MsgRevealResults implements IMsgRevealResults {

                /**
                 * Constructs a new MsgRevealResults.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IMsgRevealResults);

                /** MsgRevealResults sender. */
                public sender: string;

                /** MsgRevealResults reveals. */
                public reveals: strata.tasks.v1.IReveal[];

                /**
                 * Creates a new MsgRevealResults instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRevealResults instance
                 */
                public static create(properties?: strata.tasks.v1.IMsgRevealResults): strata.tasks.v1.MsgRevealResults;

                /**
                 * Encodes the specified MsgRevealResults message. Does not implicitly {@link strata.tasks.v1.MsgRevealResults.verify|verify} messages.
                 * @param message MsgRevealResults message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IMsgRevealResults, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRevealResults message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRevealResults
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.MsgRevealResults;

                /**
                 * Gets the default type url for MsgRevealResults
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a MsgRevealResultsResponse. */
            interface IMsgRevealResultsResponse {
            }

            /** Represents a MsgRevealResultsResponse. */
            class MsgRevealResultsResponse implements IMsgRevealResultsResponse {

                /**
                 * Constructs a new MsgRevealResultsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IMsgRevealResultsResponse);

                /**
                 * Creates a new MsgRevealResultsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns MsgRevealResultsResponse instance
                 */
                public static create(properties?: strata.tasks.v1.IMsgRevealResultsResponse): strata.tasks.v1.MsgRevealResultsResponse;

                /**
                 * Encodes the specified MsgRevealResultsResponse message. Does not implicitly {@link strata.tasks.v1.MsgRevealResultsResponse.verify|verify} messages.
                 * @param message MsgRevealResultsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IMsgRevealResultsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a MsgRevealResultsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns MsgRevealResultsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.MsgRevealResultsResponse;

                /**
                 * Gets the default type url for MsgRevealResultsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Msg */
            class Msg extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Msg service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Msg service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Msg;

                /**
                 * Calls RecordTasks.
                 * @param request MsgRecordTasks message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgRecordTasksResponse
                 */
                public recordTasks(request: strata.tasks.v1.IMsgRecordTasks, callback: strata.tasks.v1.Msg.RecordTasksCallback): void;

                /**
                 * Calls RecordTasks.
                 * @param request MsgRecordTasks message or plain object
                 * @returns Promise
                 */
                public recordTasks(request: strata.tasks.v1.IMsgRecordTasks): Promise<strata.tasks.v1.MsgRecordTasksResponse>;

                /**
                 * Calls RevealResults.
                 * @param request MsgRevealResults message or plain object
                 * @param callback Node-style callback called with the error, if any, and MsgRevealResultsResponse
                 */
                public revealResults(request: strata.tasks.v1.IMsgRevealResults, callback: strata.tasks.v1.Msg.RevealResultsCallback): void;

                /**
                 * Calls RevealResults.
                 * @param request MsgRevealResults message or plain object
                 * @returns Promise
                 */
                public revealResults(request: strata.tasks.v1.IMsgRevealResults): Promise<strata.tasks.v1.MsgRevealResultsResponse>;
            }

            namespace Msg {

                /**
                 * Callback as used by {@link strata.tasks.v1.Msg#recordTasks}.
                 * @param error Error, if any
                 * @param [response] MsgRecordTasksResponse
                 */
                type RecordTasksCallback = (error: (Error|null), response?: strata.tasks.v1.MsgRecordTasksResponse) => void;

                /**
                 * Callback as used by {@link strata.tasks.v1.Msg#revealResults}.
                 * @param error Error, if any
                 * @param [response] MsgRevealResultsResponse
                 */
                type RevealResultsCallback = (error: (Error|null), response?: strata.tasks.v1.MsgRevealResultsResponse) => void;
            }

            /** Properties of a QueryTaskRequest. */
            interface IQueryTaskRequest {

                /** QueryTaskRequest id */
                id?: (string|null);
            }

            /** Represents a QueryTaskRequest. */
            class QueryTaskRequest implements IQueryTaskRequest {

                /**
                 * Constructs a new QueryTaskRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IQueryTaskRequest);

                /** QueryTaskRequest id. */
                public id: string;

                /**
                 * Creates a new QueryTaskRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTaskRequest instance
                 */
                public static create(properties?: strata.tasks.v1.IQueryTaskRequest): strata.tasks.v1.QueryTaskRequest;

                /**
                 * Encodes the specified QueryTaskRequest message. Does not implicitly {@link strata.tasks.v1.QueryTaskRequest.verify|verify} messages.
                 * @param message QueryTaskRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IQueryTaskRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTaskRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTaskRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.QueryTaskRequest;

                /**
                 * Gets the default type url for QueryTaskRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryTaskResponse. */
            interface IQueryTaskResponse {

                /** QueryTaskResponse task */
                task?: (strata.tasks.v1.ITask|null);
            }

            /** Represents a QueryTaskResponse. */
            class QueryTaskResponse implements IQueryTaskResponse {

                /**
                 * Constructs a new QueryTaskResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IQueryTaskResponse);

                /** QueryTaskResponse task. */
                public task?: (strata.tasks.v1.ITask|null);

                /**
                 * Creates a new QueryTaskResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTaskResponse instance
                 */
                public static create(properties?: strata.tasks.v1.IQueryTaskResponse): strata.tasks.v1.QueryTaskResponse;

                /**
                 * Encodes the specified QueryTaskResponse message. Does not implicitly {@link strata.tasks.v1.QueryTaskResponse.verify|verify} messages.
                 * @param message QueryTaskResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IQueryTaskResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTaskResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTaskResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.QueryTaskResponse;

                /**
                 * Gets the default type url for QueryTaskResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryTasksRequest. */
            interface IQueryTasksRequest {

                /** QueryTasksRequest sessionId */
                sessionId?: (number|null);

                /** QueryTasksRequest status */
                status?: (strata.tasks.v1.TaskStatus|null);

                /** QueryTasksRequest pagination */
                pagination?: (strata.base.v1.IPageRequest|null);
            }

            /** Represents a QueryTasksRequest. */
            class QueryTasksRequest implements IQueryTasksRequest {

                /**
                 * Constructs a new QueryTasksRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IQueryTasksRequest);

                /** QueryTasksRequest sessionId. */
                public sessionId: number;

                /** QueryTasksRequest status. */
                public status: strata.tasks.v1.TaskStatus;

                /** QueryTasksRequest pagination. */
                public pagination?: (strata.base.v1.IPageRequest|null);

                /**
                 * Creates a new QueryTasksRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTasksRequest instance
                 */
                public static create(properties?: strata.tasks.v1.IQueryTasksRequest): strata.tasks.v1.QueryTasksRequest;

                /**
                 * Encodes the specified QueryTasksRequest message. Does not implicitly {@link strata.tasks.v1.QueryTasksRequest.verify|verify} messages.
                 * @param message QueryTasksRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IQueryTasksRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTasksRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTasksRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.QueryTasksRequest;

                /**
                 * Gets the default type url for QueryTasksRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryTasksResponse. */
            interface IQueryTasksResponse {

                /** QueryTasksResponse tasks */
                tasks?: (strata.tasks.v1.ITask[]|null);

                /** QueryTasksResponse pagination */
                pagination?: (strata.base.v1.IPageResponse|null);
            }

            /** Represents a QueryTasksResponse. */
            class QueryTasksResponse implements IQueryTasksResponse {

                /**
                 * Constructs a new QueryTasksResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IQueryTasksResponse);

                /** QueryTasksResponse tasks. */
                public tasks: strata.tasks.v1.ITask[];

                /** QueryTasksResponse pagination. */
                public pagination?: (strata.base.v1.IPageResponse|null);

                /**
                 * Creates a new QueryTasksResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryTasksResponse instance
                 */
                public static create(properties?: strata.tasks.v1.IQueryTasksResponse): strata.tasks.v1.QueryTasksResponse;

                /**
                 * Encodes the specified QueryTasksResponse message. Does not implicitly {@link strata.tasks.v1.QueryTasksResponse.verify|verify} messages.
                 * @param message QueryTasksResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IQueryTasksResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryTasksResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryTasksResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.QueryTasksResponse;

                /**
                 * Gets the default type url for QueryTasksResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsRequest. */
            interface IQueryParamsRequest {
            }

            /** Represents a QueryParamsRequest. */
            class QueryParamsRequest implements IQueryParamsRequest {

                /**
                 * Constructs a new QueryParamsRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IQueryParamsRequest);

                /**
                 * Creates a new QueryParamsRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsRequest instance
                 */
                public static create(properties?: strata.tasks.v1.IQueryParamsRequest): strata.tasks.v1.QueryParamsRequest;

                /**
                 * Encodes the specified QueryParamsRequest message. Does not implicitly {@link strata.tasks.v1.QueryParamsRequest.verify|verify} messages.
                 * @param message QueryParamsRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IQueryParamsRequest, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.QueryParamsRequest;

                /**
                 * Gets the default type url for QueryParamsRequest
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Properties of a QueryParamsResponse. */
            interface IQueryParamsResponse {

                /** QueryParamsResponse params */
                params?: (strata.tasks.v1.IParams|null);
            }

            /** Represents a QueryParamsResponse. */
            class QueryParamsResponse implements IQueryParamsResponse {

                /**
                 * Constructs a new QueryParamsResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IQueryParamsResponse);

                /** QueryParamsResponse params. */
                public params?: (strata.tasks.v1.IParams|null);

                /**
                 * Creates a new QueryParamsResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns QueryParamsResponse instance
                 */
                public static create(properties?: strata.tasks.v1.IQueryParamsResponse): strata.tasks.v1.QueryParamsResponse;

                /**
                 * Encodes the specified QueryParamsResponse message. Does not implicitly {@link strata.tasks.v1.QueryParamsResponse.verify|verify} messages.
                 * @param message QueryParamsResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IQueryParamsResponse, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a QueryParamsResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns QueryParamsResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.QueryParamsResponse;

                /**
                 * Gets the default type url for QueryParamsResponse
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }

            /** Represents a Query */
            class Query extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Query service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Query service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                public static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Query;

                /**
                 * Calls Task.
                 * @param request QueryTaskRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryTaskResponse
                 */
                public task(request: strata.tasks.v1.IQueryTaskRequest, callback: strata.tasks.v1.Query.TaskCallback): void;

                /**
                 * Calls Task.
                 * @param request QueryTaskRequest message or plain object
                 * @returns Promise
                 */
                public task(request: strata.tasks.v1.IQueryTaskRequest): Promise<strata.tasks.v1.QueryTaskResponse>;

                /**
                 * Calls Tasks.
                 * @param request QueryTasksRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryTasksResponse
                 */
                public tasks(request: strata.tasks.v1.IQueryTasksRequest, callback: strata.tasks.v1.Query.TasksCallback): void;

                /**
                 * Calls Tasks.
                 * @param request QueryTasksRequest message or plain object
                 * @returns Promise
                 */
                public tasks(request: strata.tasks.v1.IQueryTasksRequest): Promise<strata.tasks.v1.QueryTasksResponse>;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @param callback Node-style callback called with the error, if any, and QueryParamsResponse
                 */
                public params(request: strata.tasks.v1.IQueryParamsRequest, callback: strata.tasks.v1.Query.ParamsCallback): void;

                /**
                 * Calls Params.
                 * @param request QueryParamsRequest message or plain object
                 * @returns Promise
                 */
                public params(request: strata.tasks.v1.IQueryParamsRequest): Promise<strata.tasks.v1.QueryParamsResponse>;
            }

            namespace Query {

                /**
                 * Callback as used by {@link strata.tasks.v1.Query#task}.
                 * @param error Error, if any
                 * @param [response] QueryTaskResponse
                 */
                type TaskCallback = (error: (Error|null), response?: strata.tasks.v1.QueryTaskResponse) => void;

                /**
                 * Callback as used by {@link strata.tasks.v1.Query#tasks}.
                 * @param error Error, if any
                 * @param [response] QueryTasksResponse
                 */
                type TasksCallback = (error: (Error|null), response?: strata.tasks.v1.QueryTasksResponse) => void;

                /**
                 * Callback as used by {@link strata.tasks.v1.Query#params}.
                 * @param error Error, if any
                 * @param [response] QueryParamsResponse
                 */
                type ParamsCallback = (error: (Error|null), response?: strata.tasks.v1.QueryParamsResponse) => void;
            }

            /** Properties of a GenesisState. */
            interface IGenesisState {

                /** GenesisState params */
                params?: (strata.tasks.v1.IParams|null);

                /** GenesisState tasks */
                tasks?: (strata.tasks.v1.ITask[]|null);
            }

            /** Represents a GenesisState. */
            class GenesisState implements IGenesisState {

                /**
                 * Constructs a new GenesisState.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: strata.tasks.v1.IGenesisState);

                /** GenesisState params. */
                public params?: (strata.tasks.v1.IParams|null);

                /** GenesisState tasks. */
                public tasks: strata.tasks.v1.ITask[];

                /**
                 * Creates a new GenesisState instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GenesisState instance
                 */
                public static create(properties?: strata.tasks.v1.IGenesisState): strata.tasks.v1.GenesisState;

                /**
                 * Encodes the specified GenesisState message. Does not implicitly {@link strata.tasks.v1.GenesisState.verify|verify} messages.
                 * @param message GenesisState message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                public static encode(message: strata.tasks.v1.IGenesisState, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GenesisState message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns GenesisState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): strata.tasks.v1.GenesisState;

                /**
                 * Gets the default type url for GenesisState
                 * @param [typeUrlPrefix] your custom typeUrlPrefix(default "type.googleapis.com")
                 * @returns The default type url
                 */
                public static getTypeUrl(typeUrlPrefix?: string): string;
            }
        }
    }
}
