//! "Copy" buttons for a just-issued code and link, so a coach can paste them into a message
//! of their own. They exist with JavaScript only: the server renders them `hidden`, and
//! this island shows them and wires them to the clipboard. Like autosave it has no props
//! (they would bring a JSON parser): each button names the element whose text it copies
//! (`data-copy-from`), and the page's status panel carries the "copied" texts
//! (`data-copied`, `data-not-copied`) and the line they go in (`.copy-status`).
use leptos::prelude::*;

#[island]
pub fn CopyButtons() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    client::attach();
}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    pub fn attach() {
        let doc = document();
        let Ok(buttons) = doc.query_selector_all("button[data-copy-from]") else {
            return;
        };
        for i in 0..buttons.length() {
            let Some(button) = buttons
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            button.set_hidden(false);
            let from = button.get_attribute("data-copy-from").unwrap_or_default();
            let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
                let text = document()
                    .get_element_by_id(&from)
                    .and_then(|el| el.text_content())
                    .unwrap_or_default();
                leptos::task::spawn_local(copy(text));
            });
            let _ =
                button.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
            // The buttons live as long as the page.
            on_click.forget();
        }
    }

    async fn copy(text: String) {
        let promise = window().navigator().clipboard().write_text(text.trim());
        let copied = JsFuture::from(promise).await.is_ok();
        let Some(panel) = document().query_selector("[data-copied]").ok().flatten() else {
            return;
        };
        let say = if copied {
            "data-copied"
        } else {
            "data-not-copied"
        };
        if let Some(line) = panel.query_selector(".copy-status").ok().flatten() {
            line.set_text_content(panel.get_attribute(say).as_deref());
        }
    }
}
