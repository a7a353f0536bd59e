//! The embedded JavaScript half of the runtime (core/js, embedded by build.rs): Node's
//! builtin modules written in JavaScript on top of the `binding` natives. `require('x')` and
//! `require('node:x')` resolve here; `internal/*` modules are visible only to other builtins.
//!
//! The native build embeds every module. With the `lazy-modules` feature (the browser
//! package) only the boot set is embedded; the others come from a bundle the host supplies
//! through [`ModuleBundle`] the first time a program requires one of them (core/build_modules.rs).

use std::cell::RefCell;
use std::collections::HashMap;

use boa_engine::object::FunctionObjectBuilder;
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction,
};

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

/// Where the builtin modules that are not compiled in come from: the host's fetch of the
/// bundle (a JSON object from module id to source), done at most once per thread.
pub trait ModuleBundle {
    /// The bundle's JSON text, or why it cannot be had.
    fn load(&self) -> Result<String, String>;
}

enum Bundle {
    /// Nothing asked for it yet.
    Unloaded(Option<Box<dyn ModuleBundle>>),
    Loaded(HashMap<String, String>),
    Failed(String),
}

thread_local! {
    static BUNDLE: RefCell<Bundle> = const { RefCell::new(Bundle::Unloaded(None)) };
    static NON_BOOT_LOADS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// Installs the host's source of the modules that are not compiled in (see the module docs);
/// every runtime on this thread uses it.
pub fn set_module_bundle(bundle: Box<dyn ModuleBundle>) {
    BUNDLE.with(|b| *b.borrow_mut() = Bundle::Unloaded(Some(bundle)));
}

/// The modules outside the boot set loaded on this thread so far (compiled in or not), in
/// order, once per load: a plain event-loop program loads at most `internal/inspect`.
pub fn non_boot_loads() -> Vec<&'static str> {
    NON_BOOT_LOADS.with(|l| l.borrow().clone())
}

/// Source of the bootstrap script.
pub(crate) fn bootstrap_source() -> &'static str {
    MODULES
        .iter()
        .find(|(id, _)| *id == "internal/bootstrap")
        .map_or("return {};", |(_, s)| s)
}

/// The source of a module that is not compiled in, from the host's bundle.
fn from_bundle(id: &str) -> Result<String, String> {
    BUNDLE.with(|cell| {
        let mut b = cell.borrow_mut();
        if let Bundle::Unloaded(loader) = &mut *b {
            *b = match loader.take() {
                None => Bundle::Failed("this build has no module bundle".into()),
                Some(loader) => match loader.load().and_then(|text| {
                    serde_json::from_str::<HashMap<String, String>>(&text)
                        .map_err(|e| format!("the module bundle is not valid: {e}"))
                }) {
                    Ok(map) => Bundle::Loaded(map),
                    Err(e) => Bundle::Failed(e),
                },
            };
        }
        match &*b {
            Bundle::Loaded(map) => map
                .get(id)
                .cloned()
                .ok_or_else(|| "the module bundle does not hold it".to_string()),
            Bundle::Failed(e) => Err(e.clone()),
            Bundle::Unloaded(_) => Err("the module bundle is not loaded".into()),
        }
    })
}

/// `builtins(id)`: the source of the builtin module `id` (undefined when there is none),
/// handed to the bootstrap. Sources become JS strings only when a module is first required.
pub(crate) fn builtins_function(ctx: &mut Context) -> JsObject {
    fn source(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
        let id = args
            .first()
            .cloned()
            .unwrap_or_default()
            .to_string(ctx)?
            .to_std_string_escaped();
        if !BOOT_IDS.contains(&id.as_str()) {
            if let Some(known) = MODULE_IDS.iter().find(|m| **m == id) {
                NON_BOOT_LOADS.with(|l| l.borrow_mut().push(known));
            }
        }
        if let Some((_, src)) = MODULES.iter().find(|(m, _)| *m == id) {
            return Ok(JsString::from(*src).into());
        }
        if !MODULE_IDS.contains(&id.as_str()) {
            return Ok(JsValue::undefined());
        }
        match from_bundle(&id) {
            Ok(src) => Ok(JsString::from(src.as_str()).into()),
            Err(e) => Err(JsNativeError::error()
                .with_message(format!(
                    "loopscope: cannot load the builtin module '{id}': {e}"
                ))
                .into()),
        }
    }
    FunctionObjectBuilder::new(ctx.realm(), NativeFunction::from_fn_ptr(source))
        .name(js_string!("builtins"))
        .length(1)
        .build()
        .into()
}

/// Ids of all builtin modules.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    MODULE_IDS.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed(Result<String, String>);

    impl ModuleBundle for Fixed {
        fn load(&self) -> Result<String, String> {
            self.0.clone()
        }
    }

    // Each test runs on its own thread, so each starts with its own unloaded bundle.

    #[test]
    fn the_bundle_is_loaded_once_and_looked_up_by_id() {
        assert!(from_bundle("stream").is_err(), "no bundle installed yet");
        set_module_bundle(Box::new(Fixed(Ok(r#"{"stream":"exports.x = 1;"}"#.into()))));
        assert_eq!(from_bundle("stream").as_deref(), Ok("exports.x = 1;"));
        assert_eq!(
            from_bundle("zlib"),
            Err("the module bundle does not hold it".to_string())
        );
    }

    #[test]
    fn a_failed_or_invalid_bundle_is_an_error_with_the_reason() {
        set_module_bundle(Box::new(Fixed(Err("HTTP status 404".into()))));
        assert_eq!(from_bundle("fs"), Err("HTTP status 404".to_string()));
        set_module_bundle(Box::new(Fixed(Ok("not json".into()))));
        let e = from_bundle("fs").unwrap_err();
        assert!(e.starts_with("the module bundle is not valid"), "{e}");
    }
}
