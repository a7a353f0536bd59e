//! The embedded JavaScript half of the runtime (core/js, embedded by build.rs): Node's
//! builtin modules written in JavaScript on top of the `binding` natives. `require('x')` and
//! `require('node:x')` resolve here; `internal/*` modules are visible only to other builtins.

use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{Context, JsObject, JsString};

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

/// Source of the bootstrap script.
pub(crate) fn bootstrap_source() -> &'static str {
    MODULES
        .iter()
        .find(|(id, _)| *id == "internal/bootstrap")
        .map_or("return {};", |(_, s)| s)
}

/// An object mapping module id → source text, handed to the bootstrap.
pub(crate) fn builtins_object(ctx: &mut Context) -> JsObject {
    let mut init = ObjectInitializer::new(ctx);
    for (id, src) in MODULES {
        init.property(JsString::from(*id), JsString::from(*src), Attribute::all());
    }
    init.build()
}

/// Ids of all embedded modules.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(id, _)| *id)
}
