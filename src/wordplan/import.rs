//! (import: written next)
