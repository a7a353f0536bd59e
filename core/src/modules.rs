//! The embedded JavaScript half of the runtime (core/js, embedded by build.rs): Node's
//! builtin modules written in JavaScript on top of the `binding` natives. `require('x')` and
//! `require('node:x')` resolve here; `internal/*` modules are visible only to other builtins.

use boa_engine::object::FunctionObjectBuilder;
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue, NativeFunction};

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

/// Source of the bootstrap script.
pub(crate) fn bootstrap_source() -> &'static str {
    MODULES
        .iter()
        .find(|(id, _)| *id == "internal/bootstrap")
        .map_or("return {};", |(_, s)| s)
}

/// `builtins(id)`: the source of the embedded module `id` (undefined when there is none),
/// handed to the bootstrap. Sources become JS strings only when a module is first required.
pub(crate) fn builtins_function(ctx: &mut Context) -> JsObject {
    fn source(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
        let id = args
            .first()
            .cloned()
            .unwrap_or_default()
            .to_string(ctx)?
            .to_std_string_escaped();
        Ok(MODULES
            .iter()
            .find(|(m, _)| *m == id)
            .map_or(JsValue::undefined(), |(_, src)| JsString::from(*src).into()))
    }
    FunctionObjectBuilder::new(ctx.realm(), NativeFunction::from_fn_ptr(source))
        .name(js_string!("builtins"))
        .length(1)
        .build()
        .into()
}

/// Ids of all embedded modules.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    MODULES.iter().map(|(id, _)| *id)
}
