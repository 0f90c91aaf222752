import { strata } from "../../../../proto/gen/strata.js";
import { grpcInvalidArgument, grpcNotFound } from "../../../core/app/grpcErrors.js";
import type { QueryHandler } from "../../../core/app/module.js";
import { isCanonicalAddress, paginateL2, withNumbers } from "../../../l2-orchestration/shared/index.js";
import { membershipStore } from "./store.js";

const v1 = strata.l3.v1;
const P = "/strata.l3.v1.Query/";

/** Query handlers of the membership module by gRPC path. */
export const membershipQueries: Record<string, QueryHandler> = {
  [`${P}Members`]: (ctx, req) => {
    const { pagination } = withNumbers(v1.QueryMembersRequest.decode(req));
    const { items, page } = paginateL2(membershipStore.parties(ctx), pagination);
    return v1.QueryMembersResponse.encode({ members: items, pagination: page }).finish();
  },
  [`${P}Member`]: (ctx, req) => {
    const { address } = v1.QueryMemberRequest.decode(req);
    if (!isCanonicalAddress(address)) throw grpcInvalidArgument(`invalid address ${JSON.stringify(address)}`);
    const member = membershipStore.getParty(ctx, address);
    if (!member) throw grpcNotFound(`${address} is not a party`);
    return v1.QueryMemberResponse.encode({ member }).finish();
  },
  [`${P}Audit`]: (ctx, req) => {
    const { after, limit } = withNumbers(v1.QueryAuditRequest.decode(req));
    if (!Number.isSafeInteger(after) || after < 0) throw grpcInvalidArgument("after must be a u64");
    const n = limit === 0 ? 100 : Math.min(limit, 1000);
    return v1.QueryAuditResponse.encode({
      records: membershipStore.audit(ctx, after, n),
      lastSeq: membershipStore.lastAuditSeq(ctx),
    }).finish();
  },
  [`${P}Proposal`]: (ctx, req) => {
    const { id } = withNumbers(v1.QueryProposalRequest.decode(req));
    const proposal = membershipStore.getProposal(ctx, id);
    if (!proposal) throw grpcNotFound(`proposal ${id} not found`);
    return v1.QueryProposalResponse.encode({ proposal }).finish();
  },
  [`${P}Proposals`]: (ctx, req) => {
    const { pendingOnly, pagination } = withNumbers(v1.QueryProposalsRequest.decode(req));
    const { items, page } = paginateL2(membershipStore.proposals(ctx, pendingOnly), pagination);
    return v1.QueryProposalsResponse.encode({ proposals: items, pagination: page }).finish();
  },
  [`${P}MembershipParams`]: (ctx) =>
    v1.QueryMembershipParamsResponse.encode({ params: membershipStore.getParams(ctx) }).finish(),
};
