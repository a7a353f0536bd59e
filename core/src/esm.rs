//! ES modules (`.mjs` main modules). Node evaluates an ES main module from inside a microtask,
//! so promise reactions queued by its body run before `process.nextTick` callbacks (DESIGN.md
//! rule 5). Imports resolve to builtins only (`node:events`, `events`, …), exposed as synthetic
//! modules with a `default` export and one named export per own enumerable property.

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

use boa_engine::module::{ModuleLoader, ModuleRequest, Referrer, SyntheticModuleInitializer};
use boa_engine::object::builtins::JsFunction;
use boa_engine::property::PropertyKey;
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue, Module,
};

/// Resolves `import` specifiers to builtin modules through the bootstrap's loader.
#[derive(Default)]
pub(crate) struct BuiltinModuleLoader {
    /// `hooks.importBuiltin(specifier)` → exports object (throws for unknown modules).
    pub import_builtin: RefCell<Option<JsFunction>>,
    /// Path of the main module (for `import.meta`).
    pub main_path: RefCell<String>,
}

fn synthetic_from_exports(exports: JsObject, ctx: &mut Context) -> JsResult<Module> {
    let mut names: Vec<JsString> = vec![js_string!("default")];
    for key in exports.own_property_keys(ctx)? {
        if let PropertyKey::String(s) = key {
            if s.to_std_string_escaped() != "default" {
                names.push(s);
            }
        }
    }
    let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
        |m, exports: &JsObject, ctx| {
            for key in exports.own_property_keys(ctx)? {
                if let PropertyKey::String(s) = key {
                    if s.to_std_string_escaped() != "default" {
                        let v = exports.get(s.clone(), ctx)?;
                        m.set_export(&s, v)?;
                    }
                }
            }
            m.set_export(&js_string!("default"), exports.clone().into())?;
            Ok(())
        },
        exports,
    );
    Ok(Module::synthetic(&names, init, None, None, ctx))
}

impl ModuleLoader for BuiltinModuleLoader {
    async fn load_imported_module(
        self: Rc<Self>,
        _referrer: Referrer,
        request: ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> JsResult<Module> {
        let hook = self.import_builtin.borrow().clone();
        let Some(hook) = hook else {
            return Err(JsNativeError::typ()
                .with_message("module loading is not ready")
                .into());
        };
        let ctx = &mut **context.borrow_mut();
        let spec = request.specifier().clone();
        let exports = hook.call(&JsValue::undefined(), &[spec.into()], ctx)?;
        let Some(exports) = exports.as_object() else {
            return Err(JsNativeError::typ()
                .with_message("builtin module has no exports object")
                .into());
        };
        synthetic_from_exports(exports, ctx)
    }

    fn init_import_meta(
        self: Rc<Self>,
        import_meta: &JsObject,
        _module: &Module,
        context: &mut Context,
    ) {
        let path = self.main_path.borrow().clone();
        let dir = PathBuf::from(&path)
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let props = [
            ("url", format!("file://{path}")),
            ("filename", path.clone()),
            ("dirname", dir),
        ];
        for (k, v) in props {
            let _ = import_meta.set(
                JsString::from(k),
                JsValue::from(JsString::from(v.as_str())),
                false,
                context,
            );
        }
    }
}
