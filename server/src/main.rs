//! `server` — runs the Vägval portal. Configuration comes from `VAGVAL_*` environment
//! variables (see README).
use server::config::Config;
use server::Portal;

const HELP: &str = "Usage: server [serve | migrate | backup FILE | restore FILE | seed-demo | add-participant LOGIN NAME [COACH] | add-coach LOGIN NAME | vapid-keys | help]

  serve             start the portal (default); the database's schema is brought up to
                    date first, and a schema newer than this server knows stops it
  migrate           bring the database's schema up to date, then exit
  backup FILE       copy the database to FILE while the portal serves, with a manifest
                    (FILE.manifest.json: checksum, schema version, rows per table)
  restore FILE      replace the database with the backup FILE after checking it; refused
                    while a server uses the database. The old file is moved aside.
  seed-demo         create or reset the demo accounts, then exit
  add-participant   create (or reset) a participant with a login, for the coach with login
                    COACH if given; the password is read from VAGVAL_NEW_PASSWORD, never
                    from the command line. Prints the account's id.
  add-coach         create (or reset) a coach with a login; the password as above.
  vapid-keys        print a new key pair for reminders on the phone (Web Push): set
                    VAGVAL_VAPID_KEY to the private key on every instance. Unset, a key
                    derived from the secret key is used.

Configuration is read from VAGVAL_* environment variables; see README.md.";

fn init_logging(json: bool) {
    let level = std::env::var("VAGVAL_LOG")
        .ok()
        .and_then(|l| l.parse::<tracing::Level>().ok())
        .unwrap_or(tracing::Level::INFO);
    let builder = tracing_subscriber::fmt()
        .with_max_level(level)
        .with_target(false);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// Password hashes take 19 MiB each. glibc serves blocks that large from its arenas once
/// its adaptive mmap threshold has grown, and keeps them after they are freed: a burst of
/// sign-ins left the server at ~700 MB for good. A fixed threshold has every such block
/// mapped on its own and returned when freed.
fn return_large_blocks_to_the_system() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; called before any thread starts.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 256 * 1024);
    }
}

/// Each connection is a file descriptor: the soft limit (often 1,024) goes up to the hard
/// one, so that the connection cap, not the limit, decides.
fn raise_open_file_limit() {
    #[cfg(target_os = "linux")]
    // SAFETY: getrlimit/setrlimit with a valid, initialised struct.
    unsafe {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            limit.rlim_cur = limit.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
    }
}

fn main() -> std::process::ExitCode {
    return_large_blocks_to_the_system();
    raise_open_file_limit();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(serve_or_run()),
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn serve_or_run() -> std::process::ExitCode {
    let command = std::env::args().nth(1).unwrap_or_else(|| "serve".into());
    if matches!(command.as_str(), "help" | "-h" | "--help") {
        println!("{HELP}");
        return std::process::ExitCode::SUCCESS;
    }
    if command == "vapid-keys" {
        let (private, public) = server::push::new_keys();
        println!("VAGVAL_VAPID_KEY={private}\n# public key (browsers subscribe with it): {public}");
        return std::process::ExitCode::SUCCESS;
    }
    let config = match Config::from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("configuration error: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    init_logging(config.log_json);
    match run(&command, config).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "stopped");
            std::process::ExitCode::FAILURE
        }
    }
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

async fn run(command: &str, mut config: Config) -> Result<(), server::StartError> {
    let engine = server::store::Kind::of(&config.database_url)
        .map_err(|e| server::StartError(e.to_string()))?;
    let on_sqlite = engine == server::store::Kind::Sqlite;
    if matches!(command, "backup" | "restore") && !on_sqlite {
        return Err(server::StartError(format!(
            "{command} copies a SQLite database; on PostgreSQL use pg_dump -Fc and pg_restore \
             (README: Running on PostgreSQL)"
        )));
    }
    if matches!(command, "backup" | "restore") {
        let Some(file) = std::env::args().nth(2) else {
            eprintln!("{HELP}");
            return Err(server::StartError(format!("{command} needs FILE")));
        };
        let file = std::path::Path::new(&file);
        if command == "backup" {
            let manifest = server::backup::backup(&config.database_url, file, unix_now()).await?;
            println!(
                "Backup written: {} (schema version {}, {} tables, sha256 {}).\n\
                 Keep the secret key with it: it is not in the backup.",
                server::backup::shown(file),
                manifest.schema_version,
                manifest.tables.len(),
                manifest.sha256
            );
        } else {
            let restored = server::backup::restore(&config.database_url, file, unix_now()).await?;
            println!(
                "Restored {} into {} (schema version {}).",
                server::backup::shown(file),
                server::backup::shown(&server::backup::database_file(&config.database_url)?),
                restored.schema_version
            );
            if let Some(aside) = restored.moved_aside {
                println!("The database it replaced is at {}.", aside.display());
            }
        }
        return Ok(());
    }
    // A serving process, and a migration, hold the database, so that a restore cannot
    // replace it under them, and a migration never runs under a serving server.
    // On PostgreSQL, several instances share the database by design, and restores are
    // the engine's own (pg_restore).
    let _serving = if on_sqlite && matches!(command, "migrate" | "serve") {
        Some(server::backup::ServingLock::take(&config.database_url)?)
    } else {
        None
    };
    if command == "serve" && config.secret_key.is_none() {
        config.secret_key =
            Some(server::config::secret_key_file().map_err(|e| server::StartError(e.to_string()))?);
    }
    let addr = config.addr;
    let demo = config.demo;
    let portal = Portal::new(config).await?;
    match command {
        "seed-demo" => {
            portal.seed_demo().await?;
            println!("Demo accounts ready: admin, coach, deltagare (passwords in README.md).");
            return Ok(());
        }
        "add-participant" | "add-coach" => {
            let args: Vec<String> = std::env::args().skip(2).collect();
            let (Some(login), Some(name)) = (args.first(), args.get(1)) else {
                eprintln!("{HELP}");
                return Err(server::StartError(format!(
                    "{command} needs LOGIN and NAME"
                )));
            };
            let password = std::env::var("VAGVAL_NEW_PASSWORD")
                .map_err(|_| server::StartError("VAGVAL_NEW_PASSWORD is not set".into()))?;
            let id = if command == "add-coach" {
                portal.add_coach(login, name, &password).await?
            } else {
                portal
                    .add_participant(login, name, &password, args.get(2).map(String::as_str))
                    .await?
            };
            println!("{id}");
            return Ok(());
        }
        "migrate" => {
            println!(
                "Schema up to date (version {}).",
                server::store::known_version_of(engine)
            );
            return Ok(());
        }
        "serve" => {}
        other => {
            eprintln!("unknown command {other:?}\n\n{HELP}");
            return Err(server::StartError("unknown command".into()));
        }
    }
    if demo {
        portal.seed_demo().await?;
        tracing::info!("demo accounts ready");
    }
    if let Some((link, code)) = portal.first_admin_invitation().await? {
        // Printed, not logged: it is a one-time secret for the person starting the server.
        println!("\nNo administrator yet. Create the first one here (valid for a limited time):\n  {link}\n  (or enter the code {code} at /invite)\n");
    }
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| server::StartError(format!("cannot listen on {addr}: {e}")))?;
    tracing::info!(%addr, "Vägval is listening");
    println!("Vägval is running at http://{addr}");
    portal.serve(listener).await
}
