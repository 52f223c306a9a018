// mimalloc: about a fifth less CPU than the system allocator in `portfolio` and
// `history --commits`, where allocation was a third of the time (docs/performance.md).
// Built without transparent huge pages (feature `no_thp`): with them, the peak memory of a
// portfolio doubles.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's option `mi_option_purge_delay` (`mi_option_e` in mimalloc.h: the same number
/// in its versions 2 and 3): how long freed memory is kept before it is given back.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // Freed memory is given back at once: `history --commits` peaks about a seventh lower
    // for the same CPU time. mimalloc reads this option each time it purges; its own
    // variable MIMALLOC_PURGE_DELAY, when set, is left to decide.
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: setting an option is a plain store in mimalloc's option table; no thread
        // has been started yet.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
    }
    hoshi::cli::main()
}
