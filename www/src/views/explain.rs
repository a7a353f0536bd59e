//! Explain: why the current step runs now (its phase and the loop rule), how the run ended,
//! and, where real Node may print another order, a button that shows it.

use yew::prelude::*;

use crate::explain::Explanation;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The current step's explanation.
    pub explanation: Option<Explanation>,
    /// How the run ended, when abnormal.
    pub ending: Option<String>,
    /// "step k / n".
    pub step_text: String,
    /// Re-run with the other legal order.
    pub on_other_order: Callback<()>,
}

/// The explanation bar.
#[function_component(ExplainView)]
pub fn explain(p: &Props) -> Html {
    let other = p.on_other_order.clone();
    html! {
        <div class="panel explain" data-testid="explain" aria-live="polite">
            <div class="ex-head"><b>{p.step_text.clone()}</b>
                if let Some(e) = &p.explanation { <span class="ex-what">{e.title.clone()}</span> }
            </div>
            { match &p.explanation {
                Some(e) => html! {
                    <>
                        <p>{e.why.clone()}</p>
                        if let Some(n) = &e.not_guaranteed {
                            <p class="warn">{n.clone()}{" "}
                                <button class="link" data-testid="other-order" onclick={move |_| other.emit(())}>{"Show the other order"}</button>
                            </p>
                        }
                    </>
                },
                None => html! { <p class="hint">{"Press Run (Ctrl+Enter), or ▶ to step through the program one callback at a time."}</p> },
            } }
            if let Some(end) = &p.ending { <p class="warn">{end.clone()}</p> }
        </div>
    }
}
