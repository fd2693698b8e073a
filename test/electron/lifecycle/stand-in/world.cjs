'use strict';

/**
 * What the stand-in Electron has seen, shared by its modules: a journal of every call worth
 * asserting on, in order, and every rule of Electron's the app broke.
 *
 * A broken rule throws, as Electron does, and is also recorded: the app catches errors in
 * places (start-up failures end in app.exit), and a throw it swallowed must still fail the
 * test that reads `violations`.
 */
function createWorld() {
  const world = {
    ready: false,
    quit: false,
    exitCode: null,
    seq: 0,
    /** `{ seq, what, ...details }`, details plain data only: the journal crosses to the test process. */
    journal: [],
    violations: [],
    note(what, details = {}) {
      world.seq += 1;
      world.journal.push({ seq: world.seq, what, ...details });
    },
    rule(ok, message) {
      if (ok) return;
      world.violations.push(message);
      throw new Error(message);
    },
    /** Electron throws this for any method of a window or web contents that is gone. */
    alive(target, what) {
      world.rule(!target.isDestroyed(), `${what}: Object has been destroyed`);
    },
  };
  return world;
}

/** An event whose default action the listener may cancel (before-quit, will-quit, close, will-navigate…). */
function preventable(extra = {}) {
  return {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

module.exports = { createWorld, preventable };
