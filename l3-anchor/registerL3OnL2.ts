import { sha256 } from "../chain/core/crypto/index.js";
import { type GenesisDoc, validateGenesis } from "../chain/core/node/genesis.js";
import type { StrataClient } from "../client/index.js";
import { REGISTER_L3_TYPE_URL, registerL3RegistryTypes } from "./l3registryParent.js";

/** What {@link registerL3OnL2} registers. */
export interface RegisterL3Input {
  /** The L2 account that signs (and pays). */
  creator: string;
  /** The L3's exact genesis.json text: the validators and the hash are taken from it. */
  genesisText: string;
  /** Unique name on L2 (e.g. "acme"). */
  name: string;
  /** The enterprise's admins on L2 (default: the creator). */
  admins?: string[];
}

/**
 * Registers a launched L3 on L2 (`MsgRegisterL3`, L2 RULES.md [l3r-1]..[l3r-4]): its chain id,
 * name, genesis validators (ed25519 keys and powers) and the sha256 of its genesis bytes (the
 * genesis itself is not posted). Returns the L2 height.
 * @throws NodeError(invalidGenesis) for a genesis that does not parse; TxRefusedError when L2 refuses.
 */
export async function registerL3OnL2(
  client: StrataClient,
  input: RegisterL3Input,
): Promise<{ chainId: string; height: number }> {
  const doc: GenesisDoc = validateGenesis(JSON.parse(input.genesisText) as GenesisDoc);
  registerL3RegistryTypes(client);
  const value = {
    creator: input.creator,
    chainId: doc.chainId,
    name: input.name,
    validators: doc.validators.map((v) => ({
      pubKey: new Uint8Array(Buffer.from(v.pubKey, "base64")),
      power: Number(v.power),
    })),
    admins: input.admins ?? [input.creator],
    genesisSha256: sha256(new TextEncoder().encode(input.genesisText)),
  };
  const out = await client.submit(input.creator, [{ typeUrl: REGISTER_L3_TYPE_URL, value }]);
  return { chainId: doc.chainId, height: out.height };
}
