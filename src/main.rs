fn main() -> std::process::ExitCode {
    hoshi::cli::main()
}
