// `sqlx::migrate!` embeds the migrations folder; a new file there must rebuild the server.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
