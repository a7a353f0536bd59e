//! The scrubber: jump to any recorded step.

use yew::prelude::*;

/// Props.
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Steps recorded.
    pub n: usize,
    /// The current step.
    pub current: Option<usize>,
    /// Select a step.
    pub on_select: Callback<usize>,
}

/// The scrubber.
#[function_component(Scrubber)]
pub fn scrubber(p: &Props) -> Html {
    let on_select = p.on_select.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        if let Ok(v) = v.parse::<usize>() {
            on_select.emit(v);
        }
    });
    html! {
        <div class="scrubber">
            <input type="range" min="0" max={p.n.saturating_sub(1).to_string()} step="1"
                value={p.current.unwrap_or(0).to_string()} disabled={p.n == 0}
                aria-label="Step" data-testid="scrubber" oninput={oninput} />
        </div>
    }
}
