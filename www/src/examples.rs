//! The examples gallery: every code example of the seed document and one per loop rule, each
//! a conformance-corpus snippet (generated from `www/gallery.json` by build.rs).

/// One gallery example.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// Stable id (`?example=ID`).
    pub id: &'static str,
    /// Title.
    pub title: &'static str,
    /// One line on what to look at.
    pub about: &'static str,
    /// `Seed document` or `Loop rules`.
    pub group: &'static str,
    /// DESIGN.md §3 rule number.
    pub rule: Option<u32>,
    /// Corpus path.
    pub file: &'static str,
    /// The code.
    pub code: &'static str,
    /// UV_THREADPOOL_SIZE it wants.
    pub threadpool: Option<u32>,
    /// Loop-entry latency it wants.
    pub latency: Option<u32>,
    /// Clock mode it wants.
    pub clock: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// The example with this id.
pub fn find(id: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.id == id)
}

/// The example the playground opens on (nextTick vs setImmediate).
pub fn default_example() -> &'static Example {
    find("ordering").unwrap_or(&EXAMPLES[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gallery_opens_on_the_ordering_example_and_ids_are_unique() {
        assert!(
            EXAMPLES.len() >= 14,
            "seed examples and rules: {}",
            EXAMPLES.len()
        );
        assert_eq!(default_example().id, "ordering");
        assert!(default_example().code.contains("setImmediate"));
        let mut ids: Vec<_> = EXAMPLES.iter().map(|e| e.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), EXAMPLES.len());
        for e in EXAMPLES {
            assert!(!e.title.is_empty() && !e.about.is_empty(), "{}", e.id);
        }
        // Every DESIGN.md §3 rule has an example.
        for rule in 1..=13 {
            assert!(
                EXAMPLES.iter().any(|e| e.rule == Some(rule)),
                "no example for rule {rule}"
            );
        }
    }
}
