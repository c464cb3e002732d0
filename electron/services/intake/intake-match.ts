import type { PartyMatch } from '@shared/contract/intake';
import type { KnownBody } from '@shared/extract';
import { fold } from '@shared/text/fold';
import { listBodies } from '../../db/repositories/bodies-repository';
import type { ServiceContext } from '../context';
import { matchBodies } from '../directory/bodies-service';
import { matchUnits } from '../directory/directory-service';

/**
 * Names read from a document → directory entries. A unit or body is linked only when the match is
 * certain (its name, an alias or the abbreviation, with the agency's own name trailing or not);
 * otherwise the best candidates go to the clerk. Collective phrases name no single unit.
 */

/** Score from which a match is taken without asking (names equal once canonicalised). */
const CERTAIN = 0.95;

/** "các đơn vị liên quan", "UBND các huyện", "những đơn vị …", "Thủ trưởng các sở, ngành": no single unit. */
export function isCollectiveParty(text: string): boolean {
  const words = ` ${fold(text).replace(/[^a-z0-9]+/g, ' ')} `;
  return / (cac|nhung|moi) /.test(words) || / lien quan /.test(words) || / nhu tren /.test(words);
}

export function matchUnitParty(ctx: ServiceContext, text: string): PartyMatch {
  if (isCollectiveParty(text)) return { text, id: null, name: null, isCollective: true, candidates: [] };
  const candidates = matchUnits(ctx, { name: text, limit: 3 });
  const best = candidates[0];
  const certain = best !== undefined && best.score >= CERTAIN;
  return { text, id: certain ? best.id : null, name: certain ? best.name : null, isCollective: false, candidates };
}

export function matchIssuer(ctx: ServiceContext, text: string | null): PartyMatch | null {
  if (!text) return null;
  const candidates = matchBodies(ctx, { name: text, limit: 3 });
  const best = candidates[0];
  const certain = best !== undefined && best.score >= CERTAIN;
  return { text, id: certain ? best.id : null, name: certain ? best.name : null, isCollective: false, candidates };
}

/**
 * The directory's bodies for the extractor to resolve an issuer against. The agency's own profile is
 * left out: it holds the short name ("Sở Y tế"), while the register wants the issuer normalised with
 * its province ("Sở Y tế tỉnh Đồng Nai"), which the extractor infers by itself.
 */
export function knownIssuers(ctx: ServiceContext): KnownBody[] {
  return listBodies(ctx.db, false).map((b) => ({
    name: b.name,
    ...(b.shortName ? { abbreviation: b.shortName } : {}),
    aliases: b.aliases,
  }));
}
