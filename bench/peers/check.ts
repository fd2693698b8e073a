import type { PeerResult } from './peer-input';

/*
 * A peer's figures against Gapwise's: the same holders per required skill, and every fit
 * the same to 0.1. Gapwise shows fits rounded, so a peer's unrounded fit must lie within
 * half a tenth of Gapwise's (a hair more, for sums added in another order at a .x5 tie).
 */
const TIE = 1e-9;

export function checkPeer(name: string, peer: PeerResult, gapwise: PeerResult): void {
  if (peer.holders.length !== gapwise.holders.length) {
    throw new Error(`${name}: ${peer.holders.length} required skills, Gapwise has ${gapwise.holders.length}`);
  }
  peer.holders.forEach((holders, i) => {
    if (holders !== gapwise.holders[i]) {
      throw new Error(`${name}: required skill ${i + 1} has ${holders} holders, Gapwise ${gapwise.holders[i]}`);
    }
  });
  if (peer.fits.length !== gapwise.fits.length) {
    throw new Error(`${name}: ${peer.fits.length} members, Gapwise has ${gapwise.fits.length}`);
  }
  peer.fits.forEach((fit, m) => {
    const expected = gapwise.fits[m]!;
    const same =
      fit === null || expected === null
        ? fit === expected
        : Math.abs(fit - Math.round(expected * 10) / 10) <= 0.05 + TIE;
    if (!same) throw new Error(`${name}: member ${m + 1} fits ${fit} to their role, Gapwise ${expected}`);
  });
}
