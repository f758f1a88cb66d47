//! The browser entry point. It must call into `app`: that link is what brings the islands'
//! exported hydration functions into the WebAssembly.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    app::hydrate();
}
